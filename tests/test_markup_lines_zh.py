"""A line's markup tags and web addresses are no words of its language: a short Chinese photo credit between tags
(<figcaption>眾新聞製圖</figcaption>) or a source line holding a link ('原文刊於 [某報專欄](https://…)') is a Chinese
line, so the Chinese reader finds the outlet it names (zhinsthk, session 25; made-up lines)."""

from __future__ import annotations

import pipeline
from pipeline.lang import EN, blocks


def langs(text: str) -> list[str]:
    return [b.lang for b in blocks(text)]


def bodies(text: str) -> list[str]:
    return [i.canonical for i in pipeline.extract_text(text).institutions]


def test_a_short_credit_between_tags_is_a_chinese_line() -> None:
    assert langs("<figcaption>眾新聞製圖</figcaption>") == ["zh-Hant"]
    assert langs("<p>某某資料圖片</p>") == ["zh-Hant"]
    assert langs("原文刊於筆者於 [某某專欄](https://web.archive.org/web/2031/https://www.example.com/column/abc-def)") == \
        ["zh-Hant"]


def test_english_lines_with_tags_or_addresses_stay_english() -> None:
    assert langs("<p>The Government (政府) said on Monday that it would act.</p>") == [EN]
    assert langs("Source: https://www.example.com/news/2031/01/a-story") == [EN]
    # a line that is only a tag or an address keeps its old reading (its letters are all there is)
    assert langs('<img src="https://example.com/news_新聞/2031/01/某某-20310101.jpg" alt="">') == [EN]


def test_the_outlet_of_a_credit_between_tags_is_found() -> None:
    text = "今日預算案公布。\n\n<figure>\n<figcaption>眾新聞製圖</figcaption>\n</figure>\n\n政府預計明年諮詢。"
    assert "CitizenNews" in bodies(text)
