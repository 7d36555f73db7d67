"""Whatever text it is given, the parser returns a Law or raises its documented LawTextError — nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.citations import parse_citation, resolve
from compliance.errors import CitationError, LawTextError
from compliance.lawtext import parse_law
from compliance.model import Law

#: Fragments of real statute lines in both traditions, so that generated texts reach deep into the parser.
PIECES = [
    "Article 4.", "Article 20-1. Heading", "Article 8.1", "1.", "1-1.", "2)", "a)", "(1)", "(a)", "(i)", "(ii)", "(h)",
    "(A)", "(I)", "(1.1)", "(a.1)", "(2AA)", "(iiia)", "3 ", "56.1 (1) ", "98AA ", "4 [Repealed, 2018, c. 31, s. 3]",
    "559 to 572 [Repealed]", "[Repealed]", "PART 1", "Part 1", "Part I—Preliminary", "Subpart 1—X", "Schedule 1",
    "SCHEDULE 2", "FORM 1", "Division 2—X", "SUBDIVISION A", "Chapter 1.", "Section I. General", "Section 4. Votes",
    "§ 4", "In this Act,—", "The following definitions apply in this Part.", "In subsection (1):", "term means thing",
    "adult—", "includes:", "Penalty:", "\"(6) quoted", "Note: a note", "Section 4B: inserted, on 1 May 2010.",
    "Compare: 1956 No 107", "Heading: inserted", "Electoral Amendment Act 2009", "Public Act 2009 No 1",
    "Footnote. As amended.", "# ", "## ", "> ", "**", "- ", "* ", "\\(", "  ", "    ", "\t", "\ufeff", "Heading Words",
    "Persons qualified as electors", " text words.", ":", "—", "(", ")", "[", "]",
]

lines = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=6).map("".join)
texts = st.one_of(
    st.text(max_size=400),
    st.lists(lines, max_size=40).map("\n".join),
    st.lists(lines, max_size=40).map("\r\n".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_parse_law_returns_a_law_or_raises_law_text_error(text: str) -> None:
    try:
        law = parse_law(text, path="fuzz.txt")
    except LawTextError as error:
        assert "fuzz.txt" == error.where
        return
    assert isinstance(law, Law)
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids))
    assert law.provision_count > 0
    for provision in law.walk():
        assert 1 <= provision.line <= provision.end_line <= law.line_count


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_parse_citation_returns_a_path_or_raises_citation_error(text: str) -> None:
    try:
        parse_citation(text)
    except CitationError:
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, min_size=1, max_size=30).map("\n".join), st.text(max_size=40))
def test_resolve_finds_a_provision_or_raises_citation_error(text: str, citation: str) -> None:
    try:
        law = parse_law(text)
    except LawTextError:
        return
    try:
        assert resolve(law, citation).eid
    except CitationError:
        pass
