"""pipeline.regexgate: a gated pattern finds exactly the matches of the plain `finditer`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.periods.english import patterns
from pipeline.regexgate import GatedPattern, LeadPattern, LineGated, TailGated, build_gate, split_lead

TIME_WORDS = ["in", "the", "first", "quarter", "of", "2023", "2023-24", "FY2024", "Q3", "H1", "end", "March",
              "MARCH", "mid-", "late", "same", "period", "last", "year", "a", "year", "ago", "1990s", "next",
              "decade", "over", "past", "three", "years", "31", "June", ",", ".", "$", "2,024", "20", "%", "per",
              "cent", "Year", "of", "assessment", "2019/20", "–", "recently", "this", "month", "THE", "ſ", "K"]
SEPARATORS = [" ", "  ", "\n", "", "-", "\u00a0"]


def spans(pattern: re.Pattern[str] | GatedPattern | LeadPattern, text: str, pos: int = 0, end: int | None = None
          ) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    end = len(text) if end is None else end
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, end)]


@pytest.mark.parametrize("pattern", [
    r"(?<![\w$])(?:(?i:the\s+)?end\s+of|[0-9]{4}|(?i:last|next)\s+year)",
    r"\b(?i:company|companies|firm)s?,?[ ]+(?:such[ ]+as|like|including)[ ]+",
    r"(?:a|b)*c|d",
    r"x?\s*y|z+",
    r"x?y+|(?<=q)z",
])
def test_same_matches_as_finditer(pattern: str) -> None:
    rx = re.compile(pattern)
    gated = GatedPattern(rx)
    for text in ["In the end of 2019, last year and NEXT YEAR; companies, such as A and firms like B.",
                 "aaac bd qz xyy y ccc", "THE END OF 2020 2021 the  end\nof", ""]:
        for pos, end in ((0, len(text)), (3, len(text) - 2), (5, 5)):
            assert spans(gated, text, pos, end) == spans(rx, text, pos, end)


@pytest.mark.parametrize("pattern", [
    r"(?m)(?:\A|(?<=\n\n))[ \t]*([A-Z][^\n.]{2,20})[ \t]*(?=\n\n|\n?\Z)|(?:\A|(?<=\n))[ \t]*([A-Z][^\n.]{2,20})(?=\n\d)",
    r"(?m)^(#{1,6})[ \t]+(\S[^\n]*)$",
    r"^Title",
])
def test_line_anchored_same_matches(pattern: str) -> None:
    rx = re.compile(pattern)
    gated = GatedPattern(rx)
    assert gated.line_anchored
    for text in ["Title\n\nSome Heading\n\nbody text.\nNext Line\n1. item\n# A\n## B b\n\n", "\n\nX\n", "Title"]:
        for pos in range(len(text) + 1):
            for end in (len(text), max(pos, len(text) - 3)):
                assert spans(gated, text, pos, end) == spans(rx, text, pos, end)


def test_not_line_anchored() -> None:
    assert not GatedPattern(re.compile(r"(?m)^x|y")).line_anchored
    assert not GatedPattern(re.compile(r"(?m)^")).line_anchored  # an empty match


def test_time_grammar_has_a_gate() -> None:
    assert build_gate(patterns()["core"]) is not None
    assert GatedPattern(patterns()["core"]).gated is not None  # gate and grammar in one regex


def test_gate_and_pattern_in_one_regex_keep_groups_and_global_flags() -> None:
    rx = re.compile(r"(?i)\b(?:the|an?)\s+(?P<w>\w+)|(x)\2")
    gated = GatedPattern(rx)
    assert gated.gated is not None and gated.gated.pattern.startswith("(?i)")
    text = "The Year, an Apple; THE end xx, a b"
    assert [(m.span(), m.groups(), m.lastindex) for m in gated.finditer(text)] == \
        [(m.span(), m.groups(), m.lastindex) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [r"a*", r".b", r"(?:x|)y?", r"x?\s*", r"(?m)^\s*"])
def test_no_gate_where_a_match_can_start_anywhere(pattern: str) -> None:
    rx = re.compile(pattern)
    assert build_gate(rx) is None
    assert spans(GatedPattern(rx), "xab yb") == spans(rx, "xab yb")


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TIME_WORDS), st.sampled_from(SEPARATORS)), max_size=30),
       st.integers(0, 5), st.integers(0, 5))
def test_time_grammar_same_matches(words: list[tuple[str, str]], cut_start: int, cut_end: int) -> None:
    core = patterns()["core"]
    text = "".join(w + s for w, s in words)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert spans(GatedPattern(core), text, start, end) == spans(core, text, start, end)


LEAD_WORDS = ["the", "The", "Hong", "Kong", "Link", "Line", "(Tuen", "Mun)", "who", "joined", "Secretary", "for",
              "Housing", "bathe", "x_the", "9the", "é", "ſ", "Rail", "(", ")", "and", "Kestrel", "CEO", "of",
              "ex-", "-", "eMPF", "A&B"]


@pytest.mark.parametrize("pattern", [
    r"\b[Tt]he[ \t]+((?:current|then)[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)(?![\w-])",
    r"\b(?:Link|Line|Rail)[ \t]*\(([^()]{1,60})\)",
    r"\bwho[ ]+(?:joined|works[ ]for)[ ]+(?=[A-Z])",
    r"(?<![\w$])(?<!-)(?:the|Hong)\s+[A-Z]\w*",
    r"(?i)\b(?:the|x)\s+\w+",
    r"\b(?P<a>[A-Z]\w+)\s+(?P=a)",
    r"(?:(?<![\w&.-])|(?<=\bex-)|(?<=\n[-–]))[A-Z][\w&]*",  # a zero-width group of lookbehinds leads
    r"\bthe|Kong",  # a top-level alternation: no split
    r"\b\w*",  # the rest may match nothing: no split
])
@given(words=st.lists(st.tuples(st.sampled_from(LEAD_WORDS), st.sampled_from(SEPARATORS)), max_size=25),
       cut_start=st.integers(0, 4), cut_end=st.integers(0, 4))
@settings(max_examples=60, deadline=None)
def test_lead_pattern_same_matches(pattern: str, words: list[tuple[str, str]], cut_start: int, cut_end: int) -> None:
    rx = re.compile(pattern)
    text = "".join(w + s for w, s in words)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    got = [(m.span(), m.groups()) for m in LeadPattern(rx).finditer(text, start, end)]
    assert got == [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]


def test_lead_split() -> None:
    lead, rest = split_lead(re.compile(r"(?i)\b(?<![-$])(?:the|an?)\s+(\w+)"))  # type: ignore[misc]
    assert (lead.pattern, rest.pattern) == (r"(?i)\b(?<![-$])", r"(?i)(?:the|an?)\s+(\w+)")
    assert split_lead(re.compile(r"\bthe|Kong")) is None  # the lead would cover one branch only
    assert split_lead(re.compile(r"(?<=a|b)c")) is None  # a lookbehind with branches is not looked into
    assert split_lead(re.compile(r"\b\w*")) is None  # the rest could match nothing
    assert split_lead(re.compile(r"the\b")) is None  # nothing leads
    lead, rest = split_lead(re.compile(r"(?:(?<![\w-])|(?<=\bex-))[A-Z]\w*"))  # type: ignore[misc]
    assert (lead.pattern, rest.pattern) == (r"(?:(?<![\w-])|(?<=\bex-))", r"[A-Z]\w*")  # tests only: a lead
    lead, rest = split_lead(re.compile(r"\b(?:the|an?)\s+x"))  # type: ignore[misc]
    assert (lead.pattern, rest.pattern) == (r"\b", r"(?:the|an?)\s+x")  # a group that reads text starts the rest
    assert split_lead(re.compile(r"(?:(?<!a)|b)c")) is None


TAIL_WORDS = ["companies", "Company", "FIRMS", "firm", "bank", "banks", "such", "as", "like", "including", "unlike",
              "Kestrel", ",", "ſuch", "xfirm", "the"]


@given(words=st.lists(st.tuples(st.sampled_from(TAIL_WORDS), st.sampled_from([" ", "  ", ", ", "", "\n", " ,"])),
                      max_size=25))
@settings(max_examples=150, deadline=None)
def test_tail_gated_same_matches(words: list[tuple[str, str]]) -> None:
    nouns = ["companies", "company", "firms", "firm", "banks", "bank"]
    rx = re.compile(rf"\b(?i:{'|'.join(nouns)}),?[ ]+(?:such[ ]+as|like|including)[ ]+")
    gated = TailGated(rx, re.compile(r"(?:such[ ]+as|like|including)[ ]+"), (4, 9), ", ")
    text = "".join(w + s for w, s in words)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in rx.finditer(text)]


MARK_WORDS = ["companies", "Company", "FIRMS", "firm", "banks", ":", "-", "–", "—", "Kestrel", "Webank", "x", "the", "ſ"]


@given(words=st.lists(st.tuples(st.sampled_from(MARK_WORDS), st.sampled_from([" ", "  ", "", "\n", ": ", " - "])),
                      max_size=25))
@settings(max_examples=150, deadline=None)
def test_tail_gated_list_after_a_colon_or_dash_same_matches(words: list[tuple[str, str]]) -> None:
    """The shape of `OrgEvidence.list_after_mark` ('three banks: A, B and C', 'two firms - A and B')."""
    nouns = ["companies", "company", "firms", "firm", "banks", "bank"]
    rx = re.compile(rf"\b(?i:{'|'.join(nouns)})[ ]*(?::|[ ][-–—])[ ]+(?=[A-Z])")
    gated = TailGated(rx, re.compile(r"(?::|[ ][-–—])[ ]+(?=[A-Z])"), (4, 9), " ")
    text = "".join(w + s for w, s in words)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in rx.finditer(text)]


LINE_WORDS = ["Quarantine", "Complex", "Harbour", "Gate", "Customs", "Immigration", "and", "the", "Ministry", "of",
              "Trade", "Health", "line", "Red", "MRT", "station", "on", "Line", "Photo:", "Reuters", "/AP", ",", "ſ"]


@pytest.mark.parametrize(("pattern", "needle"), [
    (r"(?<![\w-])((?:(?!The[ ])[A-Z]\w*[ ]){1,5}Customs,?[ ](?:and[ ])?Quarantine[ ]Complex)\b", "Quarantine[ ]"),
    (r"(?<![\w'’-])([A-Z][a-z]+(?:(?:,[ ]| and )[A-Z][a-z]+)*)[ ]Ministry\b(?![ ]of\b)", r"[ ]Ministry\b"),
    (r"(?<![\w-])((?:[A-Z]\w*[ ]){1,3})(station)(?=[ ]on[ ]the[ ](?:[A-Z]\w*[ ]){1,3}Line\b)", "station"),
    (r"(?<![\w-])((?:[A-Z]\w*[ ]){1,3})(?:line|MRT)\b(?![ -]station\b)", r"[ ](?:line|MRT)\b"),
    (r"(?<=[a-z])/([A-Z][A-Za-z]{2,20})(?=[ \t]*(?:\n|$))|(?<![\w(])Photo:[ ]*([A-Z][A-Za-z]{2,20})(?=[ \t]*(?:\n|$|/))",
     r"/[A-Z]|Photo"),
])
@given(words=st.lists(st.tuples(st.sampled_from(LINE_WORDS), st.sampled_from([" ", "  ", "", "\n", ", ", " \n"])),
                      max_size=30), cut_start=st.integers(0, 4), cut_end=st.integers(0, 4))
@settings(max_examples=150, deadline=None)
def test_line_gated_same_matches(pattern: str, needle: str, words: list[tuple[str, str]], cut_start: int,
                                 cut_end: int) -> None:
    """A pattern whose matches lie on one line that holds the needle: tried on those lines only, the same matches."""
    rx = re.compile(pattern)
    text = "".join(w + s for w, s in words)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    got = [(m.span(), m.groups()) for m in LineGated(rx, re.compile(needle)).finditer(text, start, end)]
    assert got == [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]


def test_line_gated_twice_needs_both_needles_on_the_line() -> None:
    rx = re.compile(r"(?<![\w-])((?:[A-Z]\w*[ ])+)and[ ]((?:[A-Z]\w*[ ])+)Offices\b")
    gated = LineGated(LineGated(rx, re.compile(r"[ ]and[ ][A-Z]")), re.compile(r"[ ][A-Z][a-z]+s\b"))
    text = "Red and Blue Offices\nRed and blue Offices; Green Offices\nThe Harbour and West Kowloon Offices"
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in rx.finditer(text)] == [(0, 20), (57, 93)]


def test_line_gated_tries_only_the_lines_with_the_needle() -> None:
    rx = re.compile(r"(?<![\w-])((?:[A-Z]\w*[ ]){1,3})Quarantine[ ]Complex\b")
    text = "The Harbour Gate Quarantine\nComplex is shut.\nThe Red Gate Quarantine Complex opens; the Blue Quarantine Complex too."
    gated = LineGated(rx, re.compile("Quarantine[ ]"))
    assert [m.group(1) for m in gated.finditer(text)] == ["The Red Gate ", "Blue "]
    assert [m.span() for m in gated.finditer(text, 50)] == [m.span() for m in rx.finditer(text, 50)]
