"""Chinese figures (issue 14, session 25, zhfig): a page's place in its set (第 36 頁,共 109 頁, 第3页/共12页) is
pagination — page numbers, no figure (GUIDELINES); a document's length (報告共109頁) still counts pages (s22 ruling).
Made-up sentences; the pagination cases fail on the code before."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


@pytest.mark.parametrize("text", ["第 36 頁,共 109 頁« First", "第3页/共12页", "第 2 頁，共 8 頁"])
def test_pagination_gives_no_page_count(text: str) -> None:
    assert find_figures_zh(text, locale="hk") == []


@pytest.mark.parametrize("text, surface", [("報告共109頁，另有附件。", "109頁"), ("全書共320頁。", "320頁")])
def test_a_documents_length_still_counts_pages(text: str, surface: str) -> None:
    assert [text[f.start:f.end] for f in find_figures_zh(text, locale="hk")] == [surface]
