"""A place renamed (X更名为Y) is one place with both names, as a renamed body is (session 26, zhplfp; DECISIONS
26); a zone raised to a grade (升级为) is not renamed. Data: renamed_place_as (context_zh.join_renamed). Sentences
are made up."""

from __future__ import annotations

from pipeline.api import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.text, p.canonical) for p in extract_text(text, model="blank").places)


def test_the_old_name_takes_the_new_one() -> None:
    rows = _places("丰山经济技术开发区更名为丰山湾古岭经济技术开发区。")
    assert {c for _, c in rows} == {"丰山湾古岭经济技术开发区"}
    assert len(rows) == 2


def test_a_zone_raised_to_a_grade_keeps_its_name() -> None:
    assert _places("丰山开发区升级为国家级开发区。") == [("丰山开发区", "丰山开发区")]
