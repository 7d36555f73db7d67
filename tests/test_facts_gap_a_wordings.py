"""Wordings the suffrage, equality and ballot extractors read since the spec writers' gap notes (``fragments/gaps-a.toml``):
each change to a general mechanism is shown here on a drafting of its own, beside a compliant look-alike that must stay
quiet. The texts are paraphrases for testing, not official texts."""

from __future__ import annotations

import pytest

from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

CATALOGUE = load_catalogue()
OURS = ("suffrage.", "equality.", "ballot.")


def _raised(text: str) -> set[str]:
    report = review(example_law(text), catalogue=CATALOGUE)
    return {f.topic for f in report.findings
            if f.severity.value in ("error", "warning") and f.topic.startswith(OURS)}


#: (violation, topic, compliant look-alike) — the look-alike uses the same words and must raise none of our topics.
PAIRS = [
    pytest.param(
        "Qualification of electors\n5 (1) every citizen of the age of eighteen years who is an adherent of the "
        "Catholic Church shall be entitled to be registered as an elector.",
        "suffrage.discrimination",
        "Qualification of electors\n5 (1) every citizen of the age of eighteen years shall be entitled to be "
        "registered as an elector, whether or not he or she is an adherent of any church, without distinction.",
        id="a-grant-conditioned-on-a-faith-excludes-the-others"),
    pytest.param(
        "Article 5. Electors\n1. Citizens who are ethnically Tavrian by descent shall have the right to elect deputies.",
        "suffrage.discrimination",
        "Article 5. Electors\n1. Citizens shall have the right to elect deputies irrespective of ethnic origin.",
        id="ethnic-by-descent-as-a-condition-of-the-vote"),
    pytest.param(
        "Article 40. Candidates\n3. Only a citizen of the Orthodox faith may be registered as a candidate for Governor.",
        "suffrage.discrimination",
        "Article 40. Candidates\n3. A citizen may be registered as a candidate for Governor regardless of faith.",
        id="a-faith-reserved-candidacy-without-the-word-election"),
    pytest.param(
        "Article 3. Suffrage\n4. Married women may cast their votes only through their husbands.",
        "suffrage.discrimination",
        "Article 3. Suffrage\n4. Women and men shall exercise the right to vote in person and on equal terms.",
        id="women-voting-through-a-husband"),
    pytest.param(
        "Article 50. Voting\n2. Spouses may be accompanied in the polling booth by their husbands or wives.",
        "ballot.secrecy",
        "Article 50. Voting\n2. The voter shall mark the ballot alone in the polling booth; spouses may not enter it "
        "together.",
        id="accompanied-into-the-booth-by-family"),
    pytest.param(
        "Article 50. Voting\n2. A voter may complete the ballot papers on behalf of his or her household.",
        "ballot.secrecy",
        "Article 50. Voting\n2. A voter who cannot complete the ballot paper because of a disability may be assisted by "
        "a person of his or her choice.",
        id="filling-in-other-family-members-ballots"),
    pytest.param(
        "Article 12. Local referendums\n2. Voting at community meetings shall be held by raising of hands.",
        "ballot.secrecy",
        "Article 12. Local referendums\n2. Voting at community meetings shall be held by secret ballot; the results "
        "shall be announced openly.",
        id="open-voting-at-community-meetings"),
    pytest.param(
        "Article 46. Voting\n5. The voter shall initial the ballot paper before placing it in the box.",
        "ballot.secrecy",
        "Article 46. Voting\n5. Two members of the commission shall initial the ballot paper before it is issued to the "
        "voter.",
        id="the-voter-initials-the-ballot"),
    pytest.param(
        "Article 46. Voting\n5. Having marked the ballot paper, the voter shall put his or her signature on the reverse "
        "of it.",
        "ballot.secrecy",
        "Article 46. Voting\n5. Having marked the ballot paper, the voter shall put his or her signature in the voter "
        "list against his or her name.",
        id="signature-on-the-reverse-of-the-ballot"),
    pytest.param(
        "Article 53. Turnout\n1. The precinct commission shall forward to the hokim the names of citizens who had not "
        "taken part in the voting.",
        "ballot.secrecy",
        "Article 53. Turnout\n1. The precinct commission shall forward to the territorial commission the number of "
        "citizens who have taken part in the voting, without their names.",
        id="names-of-non-voters-to-a-local-governor"),
    pytest.param(
        "Article 53. Turnout\n1. Election officials shall tell the head of a school which of its teachers have taken "
        "part in the voting.",
        "ballot.secrecy",
        "Article 53. Turnout\n1. Election officials shall tell the head of a school how many voters have taken part in "
        "the voting at the polling station located in it.",
        id="telling-an-employer-which-employees-voted"),
    pytest.param(
        "Article 54. Organisations\n1. Directors of enterprises shall be answerable for the participation of their "
        "workers in the voting.",
        "ballot.free-will",
        "Article 54. Organisations\n1. Directors of enterprises shall be answerable for giving their workers time off to "
        "vote.",
        id="heads-answerable-for-workers-turnout"),
    pytest.param(
        "Register of electors\n20 (1) The register of electors is not available for inspection by electors or parties.",
        "suffrage.registration",
        "Register of electors\n20 (1) The register of electors is available for inspection by electors and parties free "
        "of charge.",
        id="register-is-not-open-to-inspection"),
    pytest.param(
        "Article 10. Votes\n1. Electors who hold a university degree shall have three votes.",
        "equality.vote-weight",
        "Article 10. Votes\n1. Every elector, including an elector who holds a university degree, shall have one vote.",
        id="a-class-of-voters-with-more-than-one-vote"),
    pytest.param(
        "Article 10. Votes\n2. A voter who owns a business in a district other than that of his or her residence may "
        "vote also in that district.",
        "equality.vote-weight",
        "Article 10. Votes\n2. A voter who owns a business in another district shall vote only in the district of his or "
        "her residence.",
        id="a-second-vote-where-property-lies"),
    pytest.param(
        "Article 31. Public broadcasters\n1. Public television shall accord precedence in its bulletins to the "
        "activities of the Government during the campaign.",
        "equality.opportunity",
        "Article 31. Public broadcasters\n1. Public television shall give equal time in its bulletins to every "
        "registered candidate during the campaign.",
        id="state-media-precedence-to-the-government"),
    pytest.param(
        "Article 31. Incumbents\n2. Ministers standing as candidates may use the vehicles and staff of the state "
        "agency they head for campaign purposes.",
        "equality.opportunity",
        "Article 31. Incumbents\n2. Ministers standing as candidates may not use the vehicles or staff of the state "
        "agency they head for campaign purposes.",
        id="state-agencys-vehicles-for-campaigning"),
    pytest.param(
        "Article 35. Public funding\n1. Public funds for the campaign shall be granted to the parties chosen by the "
        "President.",
        "equality.opportunity",
        "Article 35. Public funding\n1. Public funds for the campaign shall be granted in equal shares to all parties "
        "with registered lists.",
        id="campaign-funds-to-parties-chosen-by-the-executive"),
    pytest.param(
        "Article 6. Electors\n1. The right to vote belongs to citizens who are of Tavrian nationality.",
        "suffrage.discrimination",
        "Article 6. Electors\n1. The right to vote belongs to citizens of any nationality.",
        id="the-right-to-vote-belongs-to-one-nationality"),
    pytest.param(
        "Qualification of electors\n4 (1) A citizen who is a member of the Anglican Church shall be qualified to be "
        "registered as an elector.",
        "suffrage.discrimination",
        "Qualification of electors\n4 (1) Members of religious orders shall be qualified to be registered as electors.",
        id="membership-of-a-church-as-a-qualification"),
    pytest.param(
        "Article 49. Voting\n5. Married couples may vote together in one booth.",
        "ballot.secrecy",
        "Article 49. Voting\n5. Married couples may come to the polling station together; each spouse votes alone in "
        "the booth.",
        id="couples-voting-together"),
    pytest.param(
        "Article 49. Voting\n5. The head of a household may vote on behalf of the members of the household.",
        "ballot.secrecy",
        "Article 49. Voting\n5. A voter who is unable to come to the polling station may ask for the mobile ballot box; "
        "no one may vote on behalf of another voter.",
        id="voting-on-behalf-of-the-family"),
    pytest.param(
        "Article 18. Local meetings\n2. Voting at the meetings of village residents shall be open.",
        "ballot.secrecy",
        "Article 18. Local meetings\n2. Voting premises in the village shall be open from seven in the morning.",
        id="open-voting-with-a-long-subject-and-open-premises"),
    pytest.param(
        "Register of electors\n21 (2) The electoral roll is not open to inspection.",
        "suffrage.registration",
        "Register of electors\n21 (2) The electoral roll is open to inspection by any elector.",
        id="a-roll-open-to-inspection-is-not-open-voting"),
    pytest.param(
        "Article 48. Voting\n4. The ballot paper must be signed by the elector before it is deposited.",
        "ballot.secrecy",
        "Article 48. Voting\n4. The ballot paper must be signed by two members of the commission before it is issued.",
        id="ballot-signed-by-the-elector"),
    pytest.param(
        "Article 51. Turnout\n2. The names of persons who did not vote shall be displayed at the polling station.",
        "ballot.secrecy",
        "Article 51. Turnout\n2. The number of persons who did not vote shall be displayed at the territorial "
        "commission, without names.",
        id="names-of-those-who-did-not-vote-displayed"),
    pytest.param(
        "Article 51. Turnout\n2. The commission shall communicate to a school which pupils have voted.",
        "ballot.secrecy",
        "Article 51. Turnout\n2. The commission shall communicate to a school the hours during which pupils may vote.",
        id="telling-a-school-which-pupils-voted"),
    pytest.param(
        "Article 9. Votes\n2. Heads of households shall have two votes.",
        "equality.vote-weight",
        "Article 9. Votes\n2. Heads of households shall have one vote, like every other voter.",
        id="a-class-named-by-a-noun-with-two-votes"),
    pytest.param(
        "Article 5. Active electoral right\n1. Citizens of Orthodox confession who have attained eighteen years of age "
        "have the right to vote.",
        "suffrage.discrimination",
        "Article 5. Active electoral right\n1. Citizens of any confession who have attained eighteen years of age have "
        "the right to vote.",
        id="a-confession-as-a-condition-without-an-article"),
    pytest.param(
        "Article 48. Procedure of voting\n3. Voters of one family may enter the voting booth together.",
        "ballot.secrecy",
        "Article 48. Procedure of voting\n3. Voters of one family may come to the polling station together; each "
        "enters the voting booth alone.",
        id="voters-of-one-family-in-the-booth"),
    pytest.param(
        "Article 52. Turnout\n1. Heads of local administrations shall be answerable for the turnout of voters in their "
        "territory.",
        "ballot.free-will",
        "Article 52. Turnout\n1. Heads of local administrations shall be answerable for providing premises for voting "
        "in their territory.",
        id="local-heads-answerable-for-voters-turnout"),
    pytest.param(
        "Article 9. Plural votes\n2. A voter who owns property in another district shall also be entitled to vote in "
        "that district.",
        "equality.vote-weight",
        "Article 9. Votes\n2. A voter who moves to another district shall be entitled to vote in that district only.",
        id="also-entitled-to-vote-where-property-lies"),
]


@pytest.mark.parametrize(("violation", "topic", "lookalike"), PAIRS)
def test_a_drafters_phrasing_is_flagged_and_its_compliant_lookalike_is_not(violation, topic, lookalike) -> None:
    assert topic in _raised(violation)
    assert _raised(lookalike) == set()


def test_landowners_in_another_constituency_with_one_vote_raise_no_property_qualification() -> None:
    text = ("Article 9. Votes\n2. Every voter, including a voter who owns land in another constituency, shall have one "
            "vote and shall vote only in the constituency of his or her residence.")
    assert _raised(text) == set()


def test_clergy_granted_the_vote_are_not_read_as_a_religious_condition() -> None:
    text = "Article 4. Electors\n2. Ministers of religion and members of religious orders shall have the right to vote."
    assert "suffrage.discrimination" not in _raised(text)


@pytest.mark.parametrize("text", [
    pytest.param("Article 30. Resources\n3. Candidates may use the premises of state bodies for meetings with voters on "
                 "equal terms with all other candidates.", id="state-premises-on-equal-terms"),
    pytest.param("Article 30. State media\n2. State television shall give priority to broadcasting the debates of all "
                 "registered candidates over the activities of the Government.", id="priority-to-candidates-debates"),
    pytest.param("Article 49. Voting\n5. A voter who cannot mark the ballot because of blindness may be assisted by a "
                 "member of his or her family.", id="assistance-by-a-family-member"),
    pytest.param("Article 48. Voting\n4. The voter shall not sign the ballot paper or write his or her name on it.",
                 id="a-ban-on-signing-the-ballot"),
    pytest.param("Article 44. Turnout\n3. Information on the number of voters who have taken part in the voting shall "
                 "be published every three hours.", id="turnout-figures-published"),
    pytest.param("Article 9. Votes\n2. In elections to the council, voters who reside in the city shall have two votes, "
                 "one for the mayor and one for the council.", id="two-votes-for-two-offices"),
])
def test_compliant_wordings_near_the_new_readings_stay_quiet(text) -> None:
    assert _raised(text) == set()
