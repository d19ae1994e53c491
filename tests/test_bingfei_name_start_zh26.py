"""並非 ('is not') opens the name it denies, never its first word (session 26, zhinsthk): 資料圖片並非廣華醫院 gives
廣華醫院, no 非廣華醫院. A name that starts with 非 (非洲) keeps it. Data: entities_zh.json
place_names.lead_words_hand. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted({p.text for p in extract_text(text, model="blank").places})


@pytest.mark.parametrize("text, want", [
    ("資料圖片並非廣華醫院。", "廣華醫院"),
    ("圖中建築並非瑪麗醫院。", "瑪麗醫院"),
    ("这里并非维多利亚公园范围。", "维多利亚公园"),
])
def test_the_denied_name_starts_after_bingfei(text: str, want: str) -> None:
    places = _places(text)
    assert want in places and not any(p.startswith("非") for p in places)


def test_a_name_starting_with_fei_keeps_it() -> None:
    assert "非洲" in _places("非洲國家代表團訪港。")
