"""Session 23's review mends (revzh M1, M2, S6): short forms read inside ordinary words (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


def _institutions(text: str) -> list[str]:
    return [i.text for i in extract_text(text, model="blank").institutions]


@pytest.mark.parametrize("text, word", [  # M1: an ordinary word is no sibling district
    ("佛山市禅城区2024年政府工作报告\n各位代表：这是更为高明的决策。", "高明"),
    ("深圳市南山区2024年政府工作报告\n各位代表：前途是光明的，道路是曲折的。", "光明"),
    ("清远市清城区2024年政府工作报告\n各位代表：空气更为清新。", "清新"),
    ("佛山市顺德区2024年政府工作报告\n各位代表：坚持“三水”统筹。", "三水"),
    ("过去一年，是南山区高质量发展的一年。前途是光明的。", "光明"),  # no header: the own division is a guess
])
def test_no_sibling_in_a_word(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize("text, word", [  # M1: the rule's purpose: a sibling in a list or after a partner verb
    ("佛山市禅城区2024年政府工作报告\n各位代表：与三水、高明合作。", "高明"),
    ("佛山市禅城区2024年政府工作报告\n各位代表：与三水、高明合作。", "三水"),
])
def test_sibling_kept(text: str, word: str) -> None:
    assert word in _places(text)


@pytest.mark.parametrize("text, short", [  # M2: a university's two-character short form inside a word
    ("举办第十届中国国际中小企业博览会暨大湾区发展论坛。", "暨大"),
    ("弘扬中华农耕文化。", "华农"),
    ("新华工业园建设加快。", "华工"),
    ("推动精华工程。", "华工"),
    ("两广工商界人士座谈。", "广工"),
])
def test_no_university_inside_a_word(text: str, short: str) -> None:
    assert short not in _institutions(text)


def test_a_park_named_with_hua_gong_stays_a_place() -> None:
    assert "新华工业园" in _places("新华工业园建设加快。")


@pytest.mark.parametrize("text, short", [  # M2: the short forms' purpose: schools in a list or as an agent
    ("华工、暨大、华农等高校参与。", "暨大"),
    ("华工、暨大、华农等高校参与。", "华农"),
    ("广工、广外等高校参与。", "广工"),
])
def test_university_short_form_kept(text: str, short: str) -> None:
    assert short in _institutions(text)


def test_china_merchants_is_no_bureau() -> None:  # S6
    assert "深圳招商局" not in _institutions("深圳招商局港口扩建。")


def test_a_city_investment_bureau_stays() -> None:  # S6: the rule's purpose
    assert "深圳市招商局" in _institutions("深圳市招商局组织企业考察。")
