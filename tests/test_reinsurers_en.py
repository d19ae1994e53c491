"""A reinsurer named by its home place and 'Re' is a company, not the place: 'research from Munich Re puts growth at
...' (enent, session 26: read as the place Munich). Made-up sentences; the first failed before the rule, the second
guards an e-mail's 'Re:' and the preposition 're'."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_place_plus_re_is_a_reinsurer(extractor: Any) -> None:
    got = found(extractor, "Research published from Munich Re puts growth at 10 percent. Hannover Re and China Re "
                           "said so.")
    assert got.get("Munich Re") == ("INSTITUTION", "Munich Re"), got
    assert got.get("Hannover Re", ("",))[0] == "INSTITUTION", got
    assert "Munich" not in got, got


def test_subject_lines_and_prepositions_name_nothing(extractor: Any) -> None:
    got = found(extractor, "Re: the meeting in Hong Kong. We met in Munich. Re the plan, we agree.")
    assert got.get("Hong Kong", ("",))[0] == "PLACE", got
    assert got.get("Munich", ("",))[0] == "PLACE", got
    assert not any(v[0] == "INSTITUTION" for v in got.values()), got
