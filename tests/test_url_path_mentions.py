"""No name or figure inside a web address's path: an image's file name or a story's slug repeats the story's words
(…/2031/01/食物及衞生局-HKU-某某.jpg), and a percent-encoded byte reads as a percentage (%E6%96 → 96%); the host
stays readable ('Source: https://www.scmp.com/…' names its outlet) and a sentence written after an address is read
(zhinsthk, session 25; made-up lines)."""

from __future__ import annotations

import pipeline
from pipeline.extract.entities.url_paths import path_spans


def test_the_path_ends_at_a_space_a_bracket_or_chinese_punctuation() -> None:
    text = "見 https://www.example.com/a/b-c.htm。政府撥款10億元"
    [(s, e)] = path_spans(text)
    assert text[s:e] == "/a/b-c.htm"
    assert path_spans("no address here") == []


def test_no_body_from_an_image_slug() -> None:
    r = pipeline.extract_text('<img src="https://example.com/2031/01/食物及衞生局-HKU-某某.jpg" alt="">\n')
    assert [i.text for i in r.institutions] == []


def test_no_percentage_from_a_percent_encoded_address() -> None:
    text = "原文刊於筆者於 [某某專欄](https://www.example.com/column/%E6%96%B0%E8%81%9E/%e6%94%bf-123)\n\n政府撥款逾10億元。"
    r = pipeline.extract_text(text)
    assert [(f.text, f.kind) for f in r.figures] == [("逾10億元", "money")]


def test_the_host_of_a_source_address_still_names_its_outlet() -> None:
    r = pipeline.extract_text("The plan was announced.\n\nSource: https://www.scmp.com/news/hong-kong/article/1\n")
    assert "South China Morning Post" in [i.canonical for i in r.institutions]


def test_chinese_words_glued_after_an_address_are_read() -> None:
    # a notice glues its next words to the address: the path ends where the address does not go on
    text = "市民可登录https://www.example.hk/tc/residents/查看政府拨款300亿元支持香港中文大学的详情。"
    [(s, e)] = path_spans(text)
    assert text[s:e] == "/tc/residents/"
    r = pipeline.extract_text(text)
    assert [(f.text, f.kind) for f in r.figures] == [("300亿元", "money")]
    assert "香港中文大学" in [i.text for i in r.institutions]
    r = pipeline.extract_text("详见某省网站http://www.example.cn/zwgk/index.html广州市人民政府同步发布。")
    assert "广州市人民政府" in [i.text for i in r.institutions]


def test_a_chinese_file_name_inside_a_path_stays_in_the_path() -> None:
    text = "見 https://example.com/2031/01/某某局-HKU-某某.jpg 及 https://example.com/新闻/index.html。"
    assert [text[s:e] for s, e in path_spans(text)] == ["/2031/01/某某局-HKU-某某.jpg", "/新闻/index.html"]
    # Chinese folders one after another: the date folder after them is still inside the path, no figure
    text = "详见 https://example.cn/政策/解读/203106/t2031.html"
    [(s, e)] = path_spans(text)
    assert text[s:e] == "/政策/解读/203106/t2031.html"
    assert not pipeline.extract_text(text).figures
