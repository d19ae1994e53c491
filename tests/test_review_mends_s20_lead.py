"""Review mends of session 20 found by the Chinese review (review-revzh M1, M2): made-up sentences."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


@pytest.mark.parametrize("text, place", [
    ("深圳2023年基地数量增长。", "深圳"),
    ("广东今年农业基地面积扩大。", "广东"),
    ("广东省现有示范区12个。", "广东省"),
    ("广州300多家500强企业投资项目达到1000个。", "广州"),
    ("佛山一季度工业500强企业产值增长。", "佛山"),
    ("香港約有30間數據中心基地。", "香港"),
])
def test_a_time_word_count_or_digit_after_a_place_makes_it_a_sentence_topic_not_a_title(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_title_written_as_one_noun_phrase_still_holds_its_place() -> None:
    assert "广东省" not in _places("某县获评广东省全域旅游示范区。")
    assert "中国" not in _places("某企业跻身中国民企500强。")


def test_two_short_names_before_a_word_opening_with_qu_name_no_joint_area() -> None:
    got = _places("江门市推动台山恩平区域协同发展。")
    assert not any(p.endswith("恩平区") for p in got)


def test_a_titles_edition_year_stays_inside_the_title() -> None:
    assert "中国" not in _places("某项改革入选了中国改革2023年度地方全面深化改革典型案例。")


def test_within_a_place_is_no_title() -> None:
    assert "广东省" in _places("广东省内示范基地超过100个。")
    assert "中国" not in _places("某市获评中国内河航运示范基地。")
