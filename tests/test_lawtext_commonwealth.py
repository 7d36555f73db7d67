"""Section-based (Commonwealth) laws: nesting, marginal notes, definitions, repeals, schedules, notes."""

from __future__ import annotations

from compliance.lawtext import parse_law
from compliance.model import Kind, Tradition


def tree(text: str) -> list[tuple[str, str]]:
    return [(p.eid, p.kind.value) for p in parse_law(text).walk()]


CANADIAN = """Canada Elections Act

Short Title

Short title
1 This Act may be cited as the Canada Elections Act.

Interpretation

Definitions
2 (1) The definitions in this subsection apply in this Act.
  capital asset means any property with a commercial value of more than $200 that
    (a) in the case of a registered party, is normally used outside an election period; and
    (b) in the case of a candidate, is normally used outside a nomination contest. (bien immobilisé)
  polling day, in relation to an election, means the date fixed for voting. (jour du scrutin)
  leadership campaign expense [Repealed, 2018, c. 20, s. 1]
  Commercial value of capital assets
  (1.1) For the purposes of this Act, the commercial value of a capital asset is the lesser of
    (a) the rental value, and
    (b) the purchase value.

PART 1 Electoral Rights

Persons qualified as electors
3 Every person who is a Canadian citizen and who on polling day is 18 years of age or older is qualified as an elector.
4 [Repealed, 2018, c. 31, s. 3]

Place of ordinary residence
8 (1) The place of ordinary residence of a person is the place that has been adopted as their dwelling place.
  Person residing outside Canada
  (2.1) The place of ordinary residence of a person who resides outside Canada is their last place in Canada.
    (a) the first rule;
    (b) the second rule;
    (c) the third rule;
    (d) the fourth rule;
    (e) the fifth rule;
    (f) the sixth rule;
    (g) the seventh rule;
    (h) the eighth rule, namely
      (i) the first part, and
      (ii) the second part;
    (i) the ninth rule.
  and that is the rule.
556 [Repealed, 2014, c. 12, s. 125]
559 to 562 [Repealed, 2014, c. 12, s. 125]

SCHEDULE 1

FORM 1 Writ of Election
(Section 58)
1 To the returning officer
2 Greeting

SCHEDULE 4
(Subsection 304(3))

Persons Who May Be Present

1 Only the following persons may be present:
  (a) the candidates;
  (b) the judge.
14 (1) When all envelopes have been recounted,
  (a) the handler shall count the ballots;
(2) However, if there are no disputed ballots, the handler shall seal the envelope.
"""


def test_canadian_layout_nests_sections_subsections_paragraphs_subparagraphs() -> None:
    law = parse_law(CANADIAN)
    assert Tradition.COMMONWEALTH == law.tradition
    assert "Canada Elections Act" == law.title
    assert [
        ("sec_8", "section"), ("sec_8__subsec_1", "subsection"), ("sec_8__subsec_2.1", "subsection"),
    ] == [(p.eid, p.kind.value) for p in law.get("sec_8").walk()][:3]
    labels = [c.label for c in law.get("sec_8__subsec_2.1").children]
    assert ["a", "b", "c", "d", "e", "f", "g", "h", "i"] == labels
    assert ["i", "ii"] == [c.label for c in law.get("sec_8__subsec_2.1__para_h").children]
    assert Kind.SUBPARAGRAPH == law.get("sec_8__subsec_2.1__para_h__subpara_i").kind
    assert Kind.PARAGRAPH == law.get("sec_8__subsec_2.1__para_i").kind
    assert "and that is the rule." == law.get("sec_8__subsec_2.1").tail


def test_marginal_notes_and_cross_headings_are_attached_not_provisions() -> None:
    law = parse_law(CANADIAN)
    assert ("Interpretation", "Definitions") == (law.get("sec_2").crossheading, law.get("sec_2").heading)
    assert "Short title" == law.get("sec_1").heading
    assert "Person residing outside Canada" == law.get("sec_8__subsec_2.1").heading
    assert "Commercial value of capital assets" == law.get("sec_2__subsec_1.1").heading
    assert "Electoral Rights" == law.get("part_1").heading
    assert not any("Person residing" in p.text for p in law.walk())


def test_definitions_are_children_of_the_interpretation_subsection() -> None:
    law = parse_law(CANADIAN)
    holder = law.get("sec_2__subsec_1")
    assert [("capital asset", 2), ("polling day", 0), ("leadership campaign expense", 0)] == [
        (c.label, len(c.children)) for c in holder.children]
    assert "the definition “polling day” in subsection 2(1)" == law.get("sec_2__subsec_1__def_polling-day").citation
    assert law.get("sec_2__subsec_1__def_leadership-campaign-expense").repealed
    assert ["a", "b"] == [c.label for c in law.get("sec_2__subsec_1.1").children]


def test_repealed_sections_and_ranges_keep_their_place() -> None:
    law = parse_law(CANADIAN)
    repealed = [(p.label, p.note) for p in law.walk() if p.repealed and p.kind is Kind.SECTION]
    assert [("4", "[Repealed, 2018, c. 31, s. 3]"), ("556", "[Repealed, 2014, c. 12, s. 125]"),
            ("559", "[Repealed, 2014, c. 12, s. 125]"), ("560", "[Repealed, 2014, c. 12, s. 125]"),
            ("561", "[Repealed, 2014, c. 12, s. 125]"), ("562", "[Repealed, 2014, c. 12, s. 125]")] == repealed


def test_schedules_number_afresh_and_forms_stay_text() -> None:
    law = parse_law(CANADIAN)
    schedule_1 = law.get("sched_1")
    assert () == schedule_1.children
    assert "FORM 1 Writ of Election\n(Section 58)\n1 To the returning officer\n2 Greeting" == schedule_1.text
    assert ["sched_4__sec_1", "sched_4__sec_14"] == [c.eid for c in law.get("sched_4").children]
    assert "Persons Who May Be Present" == law.get("sched_4__sec_1").crossheading
    assert ["1", "2"] == [c.label for c in law.get("sched_4__sec_14").children]
    assert "section 14 of Schedule 4" == law.get("sched_4__sec_14").citation


NEW_ZEALAND = """Electoral Act 1993

1 Short Title

This Act may be cited as the Electoral Act 1993.

3 Interpretation

(1) In this Act, unless the context otherwise requires,—

adult—

  (a) means a person of or over the age of 18 years; but

  (b) includes a person under 18 years in some cases

bribery has the meaning assigned to that term by section 216

party, in Parts 6AA, 6A, and 6B,—

  (a) means a political party registered under Part 4

(2) Where any person is required to do a thing, it may be done by an agent.

Compare: 1956 No 107 s 2

Section 3(1) adult: amended, on 1 July 2012.

Part 1
Electoral Commission

4 Electoral Commission

[Repealed]

Section 4: repealed, on 1 October 2010, by section 6 of the Electoral (Administration) Amendment Act 2010.

Extraterritorial application

Heading: inserted, on 1 January 2011.

4B Electoral Commission

(1) This section establishes the Electoral Commission.

Section 4B: inserted, on 22 May 2010.

Part 6AA
Election advertising

Subpart 1—General rules

204A Interpretation

In this Part, unless the context otherwise requires,—

promoter means a person who initiates an election advertisement that—

  (a) is published; or

  (b) is to be published

Schedule 1
Provisions relating to Electoral Commission

s 14

1 Conflict of interest rules

[Repealed]

Electoral Amendment Act 2009
Public Act 2009 No 1

Date of assent 24 February 2009

1 Title

This Act is the Electoral Amendment Act 2009.

Part 2
Transitional provisions

17 Continuation of obligations

(1) This section applies to the 2008 general election.
"""


def test_new_zealand_layout_headings_history_notes_and_repeals() -> None:
    law = parse_law(NEW_ZEALAND)
    assert "Electoral Act 1993" == law.title
    assert ("Short Title", "This Act may be cited as the Electoral Act 1993.") == (
        law.get("sec_1").heading, law.get("sec_1").text)
    assert ("Compare: 1956 No 107 s 2", "Section 3(1) adult: amended, on 1 July 2012.") == law.get("sec_3").history
    section_4 = law.get("sec_4")
    assert (True, "[Repealed]", "Electoral Commission") == (section_4.repealed, section_4.note, section_4.heading)
    section_4b = law.get("sec_4B")
    assert "Extraterritorial application" == section_4b.crossheading
    assert ("Heading: inserted, on 1 January 2011.", "Section 4B: inserted, on 22 May 2010.") == section_4b.history
    assert "Electoral Commission" == law.get("part_1").heading


def test_new_zealand_definitions_with_dashes_and_qualifiers() -> None:
    law = parse_law(NEW_ZEALAND)
    holder = law.get("sec_3__subsec_1")
    assert ["adult", "bribery", "party"] == [c.label for c in holder.children]
    assert ["a", "b"] == [c.label for c in law.get("sec_3__subsec_1__def_adult").children]
    assert ["sec_3__subsec_1", "sec_3__subsec_2"] == [c.eid for c in law.get("sec_3").children]
    assert ["promoter"] == [c.label for c in law.get("sec_204A").children]


def test_new_zealand_subparts_schedules_and_appended_acts() -> None:
    law = parse_law(NEW_ZEALAND)
    assert "part_6AA__subpart_1" == law.parent("sec_204A").eid
    assert ["sched_1__sec_1"] == [c.eid for c in law.get("sched_1").children]
    assert law.get("sched_1__sec_1").repealed
    attachment = law.get("att_1")
    assert (Kind.ATTACHMENT, "Electoral Amendment Act 2009") == (attachment.kind, attachment.heading)
    assert ["att_1__sec_1", "att_1__part_2"] == [c.eid for c in attachment.children]
    assert "att_1__sec_17__subsec_1" in {p.eid for p in law.walk()}
    assert "section 17 of the Electoral Amendment Act 2009" == law.get("att_1__sec_17").citation


AUSTRALIAN = """Commonwealth Electoral Act 1918

Part I—Preliminary

4 Interpretation

    (1) In this Act unless the contrary intention appears:

    AFP officer means:

      (a) a member of the Australian Federal Police; or

      (b) a special member.

     includes:

      (a) ;

      (b) the (Keeling) .

    (2) A reference to a Division is a reference to an Electoral Division.

Division 1AA—Interpretation

98AA Evidence of identity requirements

    (1) This section applies to an application.

98 Addition of names to Rolls

    (1) Names may be added to Rolls.

            Note: Names may also be added in other circumstances.

98A to elect 2 members

    (1) The determination is set aside.

345 Leave to vote

    (1) An employer shall allow leave.

      (a) on polling day; and

      (b) for a reasonable time.

        Penalty:

      (a) if the offender is a natural person—$500; or

      (b) if the offender is a body corporate—$2,500.

    (2) This section does not apply to an elector whose absence causes danger.

and time of application

    (1) An application shall be made at the office.

    (2) An application may be made by post.

Schedule 2—Grounds of application

  Sections 183 and 200A

    1. The person will be absent from the State.

    3A. The person will be travelling.

      (a) by sea; or

      (b) by air.
"""


def test_australian_layout_with_defects_of_the_source() -> None:
    law = parse_law(AUSTRALIAN)
    assert ["AFP officer", "(unnamed 1)"] == [c.label for c in law.get("sec_4__subsec_1").children]
    assert ["sec_4__subsec_1", "sec_4__subsec_2"] == [c.eid for c in law.get("sec_4").children]
    assert ["4", "98AA", "98", "98A", "345", "346"] == [
        p.label for p in law.walk() if p.kind is Kind.SECTION and not p.eid.startswith("sched")]
    assert "to elect 2 members" == law.get("sec_98A").heading
    assert ("Note: Names may also be added in other circumstances.",) == law.get("sec_98").history
    restored = law.get("sec_346")
    assert ("and time of application", ["1", "2"]) == (restored.heading, [c.label for c in restored.children])
    assert "omits this section's number" in restored.history[0]


def test_australian_penalty_paragraphs_belong_to_the_subsection() -> None:
    law = parse_law(AUSTRALIAN)
    assert ["a", "b"] == [c.label for c in law.get("sec_345__subsec_1").children]
    assert law.get("sec_345__subsec_1").tail.startswith("Penalty:\n(a) if the offender is a natural person")
    assert ["1", "2"] == [c.label for c in law.get("sec_345").children]


def test_australian_schedule_items_are_units_of_the_schedule() -> None:
    law = parse_law(AUSTRALIAN)
    assert ["sched_2__sec_1", "sched_2__sec_3A"] == [c.eid for c in law.get("sched_2").children]
    assert "Sections 183 and 200A" == law.get("sched_2").text
    assert ["a", "b"] == [c.label for c in law.get("sched_2__sec_3A").children]
    assert "3A." == law.get("sched_2__sec_3A").marker


def test_inserted_labels_of_both_kinds_nest_by_family() -> None:
    text = ("12 Heading\n  (1) One:\n    (a) a;\n    (a.1) inserted;\n    (b) b:\n      (i) one;\n      (iiia) odd;\n"
            "  (2AA) Inserted subsection.\n  (3) Three:\n    (aa) inserted before a;\n    (a) a.\n")
    assert [
        ("sec_12", "section"), ("sec_12__subsec_1", "subsection"), ("sec_12__subsec_1__para_a", "paragraph"),
        ("sec_12__subsec_1__para_a.1", "paragraph"), ("sec_12__subsec_1__para_b", "paragraph"),
        ("sec_12__subsec_1__para_b__subpara_i", "subparagraph"),
        ("sec_12__subsec_1__para_b__subpara_iiia", "subparagraph"), ("sec_12__subsec_2AA", "subsection"),
        ("sec_12__subsec_3", "subsection"), ("sec_12__subsec_3__para_aa", "paragraph"),
        ("sec_12__subsec_3__para_a", "paragraph"),
    ] == tree(text)


def test_clauses_and_subclauses_under_subparagraphs() -> None:
    text = "7 (1) Rule:\n    (a) when:\n      (i) if:\n        (A) one, or\n          (I) deep;\n        (B) two."
    assert ["section", "subsection", "paragraph", "subparagraph", "clause", "subclause", "clause"] == [
        kind for _, kind in tree(text)]


def test_uk_style_fragment_with_marginal_notes() -> None:
    text = ("Disfranchisement of offenders in prison\n3 (1) A convicted person is incapable of voting.\n"
            "  (2) In this section, convicted person does not include a person in default.\n\n"
            "Ballot papers\n19 (1) Every ballot paper shall have a number.\n")
    law = parse_law(text)
    assert ["Disfranchisement of offenders in prison", "Ballot papers"] == [p.heading for p in law.body]
    assert ["sec_3", "sec_3__subsec_1", "sec_3__subsec_2", "sec_19", "sec_19__subsec_1"] == [
        p.eid for p in law.walk()]


def test_word_sections_and_section_signs() -> None:
    law = parse_law("Section 4. Votes\nEach voter has two votes.\n\nSection 6. Seats\n(1) One.\n(2) Two.")
    assert ["sec_4", "sec_6", "sec_6__subsec_1", "sec_6__subsec_2"] == [p.eid for p in law.walk()]
    assert ("Votes", "Each voter has two votes.") == (law.get("sec_4").heading, law.get("sec_4").text)
    law = parse_law("§ 4 Votes\n(1) Each voter has two votes.")
    assert ["sec_4", "sec_4__subsec_1"] == [p.eid for p in law.walk()]


def test_numbers_that_go_backwards_are_not_sections() -> None:
    """A wrapped line starting with a number is text, not a new section."""
    law = parse_law("300 Limit\n  (1) The limit is\n25 June in every year.\n301 Next\n  (1) Text.")
    assert ["sec_300", "sec_300__subsec_1", "sec_301", "sec_301__subsec_1"] == [p.eid for p in law.walk()]
    assert "25 June in every year." in law.get("sec_300").full_text()
