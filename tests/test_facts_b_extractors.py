"""Candidacy, nomination, party and mandate facts read from real drafting English (both traditions)."""

from __future__ import annotations

import pytest

from compliance.facts import extract_text
from compliance.facts._standing import evidence_span, office_of
from compliance.facts.base import Statement


def facts(text: str, name: str) -> list:
    return [fact for fact in extract_text(text) if fact.name == name]


def values(text: str, name: str) -> list:
    return [fact.value for fact in facts(text, name)]


@pytest.mark.parametrize(("text", "office"), [
    ("may be elected a deputy of the maslikhat", "local council"),
    ("is eligible to the Senate", "upper house"),
    ("may be elected President of the Republic", "head of state"),
    ("is eligible to be a deputy", "lower house"),
    ("may be elected mayor", "local executive"),
    ("may be registered as a candidate", "unknown"),
])
def test_office_is_read_from_the_nearest_words(text, office) -> None:
    assert office == office_of(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Every citizen over the age of thirty is eligible to be a deputy.", [30]),
    ("A citizen who is not younger than forty years of age may be elected President.", [40]),
    ("A person who has not attained the age of 30 years is not qualified to be elected as a member of the House.",
     [30]),
    ("No person shall be a Senator who has not attained the age of thirty-five years.", [35]),
    ("A citizen who is at least 26 years old on election day may be elected a member of the municipal council.", [26]),
    ("Persons over the age of seventy may not be nominated as candidates.", []),
    ("Citizens who have reached eighteen years of age shall have the right to elect.", []),
    ("A citizen who has resided in the Republic for the last fifteen years may be elected President.", []),
])
def test_minimum_age_to_stand_is_told_from_upper_limits_and_voting_ages(text, expected) -> None:
    assert expected == values(text, "candidacy.min_age")


def test_residence_to_stand_records_length_place_and_scope() -> None:
    national = facts("A citizen who has permanently resided in the Republic for the last fifteen years may be "
                     "elected President of the Republic.", "candidacy.residence")
    local = facts("A citizen who has had his or her habitual residence in the territory of the region for at least "
                  "six months may be elected a deputy of the maslikhat.", "candidacy.residence")
    assert [(5475, "national")] == [(f.value, f.attrs["scope"]) for f in national]
    assert [(180, "local", "locality")] == [(f.value, f.attrs["scope"], f.attrs["place"]) for f in local]


def test_residence_to_vote_and_absence_of_a_period_are_not_candidacy_residence() -> None:
    assert [] == values("A citizen who has the right to vote and has resided in the Republic for not less than one "
                        "year shall be included in the voter list.", "candidacy.residence")
    assert [] == values("Candidates must have their habitual residence in the Republic. No minimum period of "
                        "residence is required.", "candidacy.residence")


@pytest.mark.parametrize(("text", "expected"), [
    ("A citizen who is fluent in the state language may be elected President.", ["proficiency"]),
    ("Whether a candidate is fluent in the state language shall be established by a linguistic commission.", ["test"]),
    ("Ballot papers shall be printed in the state language and in minority languages.", []),
])
def test_language_requirements_to_stand(text, expected) -> None:
    assert expected == values(text, "candidacy.language")


@pytest.mark.parametrize(("text", "expected"), [
    ("A candidate shall also have higher education.", ["higher"]),
    ("Persons who have not completed primary education shall not be elected deputies.", ["primary"]),
    ("A statement by each candidate on his or her education and occupation shall be attached.", []),
    ("For each candidate who did not complete secondary education in the state language, a certificate shall be "
     "attached.", []),
])
def test_education_requirements_are_told_from_declarations(text, expected) -> None:
    assert expected == values(text, "candidacy.education")


def test_experience_counts_its_own_years_not_the_residence_period() -> None:
    text = ("A citizen who has permanently lived in the country for the last fifteen years and, at the time of "
            "nomination, works in a state body may be elected President.")
    assert [0] == values(text, "candidacy.experience")
    assert [5] == values("A candidate shall have at least five years of work experience in the civil service.",
                         "candidacy.experience")
    assert [] == values("A candidate who works in a state body shall take leave from his or her duties.",
                        "candidacy.experience")


@pytest.mark.parametrize(("text", "expected"), [
    ("A citizen of the Republic by birth may be elected President.", ["by-birth"]),
    ("A citizen who was born in Turkmenistan may be elected President.", ["born-in-country"]),
    ("A person who holds the citizenship of another state may not be registered as a candidate.",
     ["other-citizenship"]),
    ("Dual citizenship is permissible and does not prevent a citizen from being registered as a candidate.", []),
])
def test_descent_requirements(text, expected) -> None:
    assert expected == values(text, "candidacy.descent")


@pytest.mark.parametrize(("text", "kind", "serious", "limited"), [
    ("A citizen who has a criminal record that has not been expunged, irrespective of the nature of the offence, "
     "may not be registered as a candidate.", "any", False, False),
    ("Persons convicted of fraud shall not be elected deputies, even if they have been pardoned.", "pardoned",
     False, False),
    ("A person convicted of a corrupt practice is not eligible to be a candidate for five years after the "
     "conviction.", "record", True, True),
])
def test_criminal_record_bars_are_classified(text, kind, serious, limited) -> None:
    [fact] = facts(text, "candidacy.criminal_ban")
    assert (kind, serious, limited) == (fact.value, fact.attrs["serious"], fact.attrs["limited"])


def test_an_agent_barred_after_a_conviction_is_not_a_candidacy_bar() -> None:
    text = ("Where a person who is the agent of a candidate is convicted of an offence against this Part, the person "
            "is not eligible to be appointed as an agent for any subsequent election.")
    assert [] == values(text, "candidacy.criminal_ban")


@pytest.mark.parametrize(("text", "expected"), [
    ("Self-nomination of candidates shall not be allowed.", ["self-nomination-barred"]),
    ("A self-nominated candidate shall collect signatures.", []),
    ("Only political parties registered in accordance with the law shall have the right to nominate candidates.",
     ["party-only"]),
    ("A federal list of candidates may be nominated only by a political party.", []),
    ("A political party may include in its list only persons who have been members of that party for not less than "
     "one year.", ["membership-required"]),
])
def test_bars_on_independent_candidacy(text, expected) -> None:
    assert expected == values(text, "candidacy.independents_barred")


def test_signature_share_is_read_as_a_percentage_or_from_a_count_and_electorate() -> None:
    assert [3.0] == values("A candidate shall collect signatures numbering not less than three per cent of the total "
                           "number of voters registered in the constituency.", "signatures.percent")
    assert [5.0] == values("A nomination in a constituency of up to 100,000 electors shall be supported by not less "
                           "than 5,000 signatures of electors.", "signatures.percent")
    assert [] == values("A nomination paper shall include the signatures of at least 100 electors.",
                        "signatures.percent")
    assert [] == values("If invalid signatures make up five per cent or more of the signatures verified, registration "
                        "shall be refused.", "signatures.percent")


def test_sample_checks_and_invalid_signature_tolerance() -> None:
    assert [20.0] == values("The commission shall verify a random sample of twenty per cent of the signatures.",
                            "signatures.sample_check")
    assert [5.0] == values("If invalid or unreliable signatures make up five per cent or more of the signatures "
                           "verified, the commission shall refuse to register the candidate.",
                           "signatures.invalid_tolerance")


@pytest.mark.parametrize(("text", "kind", "share"), [
    ("The deposit shall be returned to the candidate only if the candidate is elected President or is included in "
     "the ballot paper for the repeat vote.", "runoff", None),
    ("The deposit shall be returned only to political parties admitted to the allocation of mandates.", "seats", None),
    ("The election deposit of a candidate is non-refundable.", "none", None),
    ("Where the candidate is not elected and polls not more than one-twentieth of the votes, the deposit shall be "
     "forfeited.", "share", 5.0),
])
def test_deposit_refund_rules(text, kind, share) -> None:
    [fact] = facts(text, "deposit.refund")
    assert (kind, share) == (fact.value, fact.attrs["share"])


def test_security_for_costs_is_not_an_election_deposit() -> None:
    text = "The petitioner shall deposit the sum of $250 as security for the costs of the candidate, to be returned."
    assert [] == values(text, "deposit.refund")


@pytest.mark.parametrize(("text", "expected"), [
    ("Federal lists which have received seven per cent or more of the votes shall be admitted to the allocation of "
     "deputy mandates.", [(7.0, "votes")]),
    ("Only parties which have received not less than five per cent of the votes of the total number of voters "
     "included in the voter lists shall take part in the allocation of mandates.", [(5.0, "registered")]),
    ("A candidate who receives more than fifty per cent of the votes cast shall be elected.", []),
    ("A payment shall not be made unless the party received at least 4% of the votes.", []),
])
def test_thresholds_and_their_base(text, expected) -> None:
    assert expected == [(f.value, f.attrs["base"]) for f in facts(text, "parties.threshold")]


def test_a_share_in_each_region_is_a_regional_threshold() -> None:
    text = ("A party shall also receive not less than 0.5 percent of the votes in each region, or it shall not take "
            "part in the allocation of mandates.")
    assert [0.5] == values(text, "parties.regional_threshold")
    assert [] == values(text, "parties.threshold")


@pytest.mark.parametrize(("text", "expected"), [
    ("The formation of electoral blocs shall not be permitted.", [True]),
    ("Political parties shall not have the right to form electoral blocs.", [True]),
    ("Two or more parties may form an electoral bloc.", []),
])
def test_bloc_bans(text, expected) -> None:
    assert expected == values(text, "parties.blocs_banned")


def test_party_membership_and_territorial_requirements() -> None:
    text = "A political party shall be registered if it has at least forty thousand members in all regions."
    assert [40000] == values(text, "parties.min_members")
    assert ["branches"] == values(text, "parties.regional_requirement") or ["members"] == values(
        text, "parties.regional_requirement")


@pytest.mark.parametrize(("text", "expected"), [
    ("The powers of a deputy shall terminate early in the event of his or her leaving or expulsion from the "
     "political party on whose list he or she was elected.", ["expulsion"]),
    ("A member shall vacate his or her seat if, having been elected as a candidate of a political party, he or she "
     "resigns from that party.", ["leaving-party"]),
    ("A member who leaves the party on whose list he or she was elected shall keep his or her seat.", []),
    ("Leaving the political party shall not terminate the powers of a deputy.", []),
])
def test_loss_of_mandate_tied_to_the_party(text, expected) -> None:
    assert expected == values(text, "mandate.party_loss")


def test_recall_by_voters_and_free_mandate() -> None:
    assert ["voters"] == values("A deputy may be recalled by the voters of the constituency.", "mandate.recall")
    assert [] == values("Deputies shall not be bound by any instructions and may not be recalled.", "mandate.recall")


def test_evidence_of_a_long_sentence_is_the_clause_around_the_match() -> None:
    text = ("A citizen who was born in the country, is not younger than forty years of age, speaks the state "
            "language, has permanently lived in the country for the last fifteen years and, at the time of "
            "nomination, works in a state body, enterprise, institution or organisation, may be elected President.")
    start = text.index("speaks")
    lo, hi = evidence_span(Statement.bare(text), start, start + 6)
    assert "is not younger than forty years of age, speaks the state language" == text[lo:hi].strip()


# --------------------------------------------------------------------------
# Wording found by the gen-b blind batches (tests/fragments/blind-b*.toml)
# --------------------------------------------------------------------------

def test_a_share_repeated_in_words_in_brackets_is_read_as_one_percentage() -> None:
    from compliance.facts.quantities import find_percents

    assert [7.0] == [q.value for q in find_percents("lists that received 7 (seven) per cent or more of the votes")]


@pytest.mark.parametrize(("text", "expected"), [
    ("An indigenous citizen who has attained the age of forty-five years shall be eligible for election as President.",
     ["by-birth"]),
    ("To be elected deputy one must be a citizen by origin holding no other nationality.", ["by-birth"]),
])
def test_indigenous_and_by_origin_citizens_are_descent_requirements(text, expected) -> None:
    assert expected == values(text, "candidacy.descent")


@pytest.mark.parametrize("text", [
    "A person is eligible to be elected as a Member of Parliament if that person has obtained, as a minimum academic "
    "qualification, a grade twelve certificate or its equivalent.",
])
def test_a_school_certificate_is_an_education_requirement_with_its_level(text) -> None:
    assert ["secondary"] == values(text, "candidacy.education")


def test_reading_a_named_language_well_enough_is_a_language_requirement() -> None:
    text = ("A person shall be qualified to be elected as a Member of the National Assembly if he or she is able to "
            "speak and to read English well enough to take an active part in the proceedings.")
    assert ["proficiency"] == values(text, "candidacy.language")


def test_experience_required_of_a_nominee_with_a_proviso_is_read() -> None:
    text = ("A citizen may be nominated as a candidate for governor provided that he or she has served in public "
            "administration for an aggregate period of not less than seven years.")
    assert 1 == len(facts(text, "candidacy.experience"))


@pytest.mark.parametrize(("text", "expected"), [
    ("A person who has been charged with an offence punishable by imprisonment and whose trial has not been "
     "concluded shall not be nominated as a candidate.", ["charged"]),
    ("Citizens in respect of whom a criminal case has been initiated may not be registered as candidates.",
     ["charged"]),
])
def test_a_bar_on_the_accused_is_a_criminal_ban_without_conviction(text, expected) -> None:
    assert expected == values(text, "candidacy.criminal_ban")


def test_member_or_sponsored_by_a_party_is_a_party_only_candidacy_when_a_qualification() -> None:
    assert ["party-only"] == values("A person shall be qualified to be a candidate if he is a member of, or is "
                                    "sponsored by, a political party.", "candidacy.independents_barred")
    assert [] == values("The nomination paper shall state whether the candidate is a member of, or is sponsored "
                        "by, a political party.", "candidacy.independents_barred")


def test_nominators_are_a_share_of_a_constituency_size_stated_in_the_same_section() -> None:
    text = ("14 (1) A candidate shall be nominated by a nomination paper signed by not fewer than 1,500 electors "
            "registered in that district. (2) Each district contains not fewer than 40,000 and not more than "
            "45,000 registered electors.")
    assert [3.75] == values(text, "signatures.percent")


@pytest.mark.parametrize("text", [
    "The formation of electoral blocs, alliances or coalitions of political parties for the purpose of the joint "
    "nomination of candidates shall not be permitted.",
    "A candidate may not be nominated jointly by two or more political parties.",
    "Electoral alliances between political parties may not participate in parliamentary elections.",
])
def test_bloc_bans_in_long_or_joint_nomination_wording_are_read(text) -> None:
    assert [True] == values(text, "parties.blocs_banned")


@pytest.mark.parametrize(("text", "expected"), [
    ("A member shall vacate that member's seat in the Assembly if the member resigns from the political party which "
     "sponsored the member for election.", ["leaving-party"]),
    ("A member of the House who, having been elected as the candidate of a political party, joins another political "
     "party shall cease to be a member of the House.", ["leaving-party"]),
    ("A member of the House shall not vacate his or her seat by reason only of ceasing to be a member of the "
     "political party for which he or she stood.", []),
])
def test_vacating_the_seat_or_ceasing_to_be_a_member_of_the_house_over_the_party(text, expected) -> None:
    assert expected == values(text, "mandate.party_loss")


def test_supporters_count_for_a_party_only_when_they_found_it_not_when_they_back_its_list() -> None:
    founding = ("The application for the registration of a political party shall be accompanied by the signatures of "
                "at least fifty thousand citizens supporting the establishment of the party.")
    list_support = ("In support of its party list, a political party shall collect the signatures of at least "
                    "200,000 voters, and the list shall be registered by the Central Commission.")
    assert [50000] == values(founding, "parties.min_members")
    assert [] == values(list_support, "parties.min_members")


def test_a_threshold_for_list_seats_in_per_centum_is_read() -> None:
    text = ("A political party that receives less than ten per centum of the total valid votes cast shall not be "
            "entitled to any list seats.")
    assert [10.0] == values(text, "parties.threshold")


def test_voting_as_a_party_body_decides_binds_the_deputy() -> None:
    text = ("A deputy shall vote in accordance with the decisions of the governing body of the party on whose list "
            "he or she was elected.")
    assert ["bound"] == values(text, "mandate.party_instructions")


def test_cancellation_for_any_violation_of_the_campaign_rules_is_disproportionate() -> None:
    text = ("The registration of a candidate shall be cancelled by the commission if the candidate commits any "
            "violation of the rules on pre-election campaigning established by this Code.")
    assert ["any-violation"] == values(text, "candidacy.deregistration_ground")


def test_naturalised_citizens_barred_is_descent_but_equal_rights_are_not() -> None:
    assert ["naturalised-barred"] == values("Naturalised citizens shall not be eligible for election to the National "
                                            "Assembly.", "candidacy.descent")
    assert [] == values("Citizens by birth and naturalised citizens shall enjoy equal rights to stand for election.",
                        "candidacy.descent")


def test_full_years_attained_is_an_age_to_stand_but_full_years_of_residence_are_not_an_age() -> None:
    assert [28] == values("A citizen who has attained twenty-eight full years by the day of voting has the right to "
                          "be elected a deputy of the Majlis.", "candidacy.min_age")
    assert [] == values("A citizen who has resided in the Republic for ten full years may be elected a deputy.",
                        "candidacy.min_age")


def test_having_held_a_senior_state_position_is_an_experience_requirement() -> None:
    text = ("A candidate for President must have held a senior position in the state administration or an elected "
            "public office for at least five years.")
    assert 1 == len(facts(text, "candidacy.experience"))


def test_a_deposit_no_part_of_which_is_returned_is_never_refunded() -> None:
    text = ("28 (1) Every candidate shall lodge an election deposit of 10,000 dollars with the returning officer. "
            "(2) No part of the deposit shall be returned to the candidate in any circumstances.")
    assert ["none"] == values(text, "deposit.refund")


def test_joint_lists_not_allowed_is_a_bloc_ban() -> None:
    assert [True] == values("Joint lists of two or more political parties shall not be allowed.",
                            "parties.blocs_banned")


def test_holding_citizenship_for_the_last_ten_years_is_a_citizenship_length() -> None:
    text = "A person who has held the citizenship of the Republic for at least the last ten years may be elected a deputy."
    assert ["citizenship-length"] == values(text, "candidacy.descent")


def test_a_signature_count_is_a_share_of_the_electorate_the_article_states() -> None:
    text = ("Article 57. Signatures\n1. A presidential candidate shall collect at least 100,000 signatures of voters.\n"
            "2. For the purposes of this Article, the electorate consists of approximately 2,000,000 voters.")
    from compliance.lawtext import parse_law
    from compliance.facts import extract

    assert [5.0] == [loc.fact.value for loc in extract(parse_law(text)) if loc.fact.name == "signatures.percent"]


def test_never_having_been_a_citizen_of_a_foreign_state_is_descent() -> None:
    text = ("A citizen who has never been a citizen of a foreign state and has reached thirty-five years of age may be "
            "nominated for President.")
    assert ["never-other-citizenship"] == values(text, "candidacy.descent")
