"""Chinese figures (issue 14, session 15): LegCo Finance Committee papers — a works project's number (126TB號, a line
'580TH') is a code, not terabytes; the papers' own words (工務小組委員會, 庫務局, 按付款當日價格計算) make a bare 元
Hong Kong dollars even beside a street named after a province (廣東道); the first span of a change (由一年增至兩年)
is a duration. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.lang import locale


def figures(text: str, loc: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=loc)]


def test_a_works_project_number_is_a_code() -> None:
    assert figures("312TB\nPWSC(2001-02)7\n把312TB號工程計劃提升為甲級。") == []
    assert figures("裝機容量達450MW，") == [("450MW", "power", Decimal(450), "megawatt")]


def test_a_finance_committee_paper_is_a_hong_kong_text() -> None:
    paper = ("工務小組委員會\n彌敦道與廣東道交界處的行人隧道\n向財務委員會建議,把88TB號工程計劃提升為甲級;"
             "按付款當日價格計算,估計費用為8,850萬元。\n庫務局\n")
    assert locale(paper) == "hk"


def test_the_first_span_of_a_change_is_a_duration() -> None:
    assert figures("合約期由一年延長至三年。") == [("一年", "duration", Decimal(1), "year"),
                                           ("三年", "duration", Decimal(3), "year")]
    assert all(t != "一年" for t, _, _, _ in figures("活動由一年一度改為每季一次。"))


def test_facilities_counted_without_a_classifier_from_three() -> None:
    assert figures("政府擬將四設施遷往岩洞。") == [("四設施", "count", Decimal(4), "facility")]
    assert figures("兩設施均已完工。") == []
