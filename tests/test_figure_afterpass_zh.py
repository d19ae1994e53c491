"""Chinese figures read after the scan (issue 14, session 16): the first bound of a change written without its unit
(由約40萬增至約47萬平方米: two figures), a range whose classifier is written on both bounds (1個至兩個), the minutes of
a time of day (08:15 大公網) and a year spelled with Arabic zeros (二00五年) are no counts or durations, projects named
by their value (超千万项目) are money; and the lexicon's smaller facts: more than 31 days is a span (每年二百一十日),
N個學年 is N years, 方米 is square metre, a list of sessions (一次和四次会议) numbers them. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.chinese import ChineseExtractor
from pipeline.extract.entities.gazetteer import load_gazetteer
from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.records import Document, FigureMention

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "hk") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,expected", [
    ("行動區的零售樓面將由約40萬增至約47萬平方米。",
     [("約40萬", "area", Decimal(400000), None, "square metre"), ("約47萬平方米", "area", Decimal(470000), None, "square metre")]),
    ("全市長者人口會從現時約八十萬急增至一百九十萬。",
     [("約八十萬", "count", Decimal(800000), None, ""), ("一百九十萬", "count", Decimal(1900000), None, "")]),
    ("泊位數目由3萬減至2萬個。", [("3萬", "count", Decimal(30000), None, "unit"), ("2萬個", "count", Decimal(20000), None, "unit")]),
])
def test_first_bound_of_a_change_takes_the_unit(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["樓面由約40萬至約47萬平方米不等。", "由三至五萬人參與。"])
def test_without_a_verb_of_change_no_first_bound_is_added(text: str) -> None:
    assert len(figures(text)) == 1


def test_classifier_on_both_bounds_is_one_range() -> None:
    assert figures("當局考慮為1個至兩個海濱項目舉辦比賽。") == [
        ("1個至兩個海濱項目", "count", Decimal(1), Decimal(2), "project")]


def test_spelled_years_are_no_durations() -> None:
    assert figures("二00五年全省生產總值增長百分之十三。") == [("百分之十三", "percent", Decimal(13), None, "")]


def test_a_datelines_time_is_no_count() -> None:
    text = "粵港合作再上台階\n2009年03月05日08:15 大公網-香港新聞\n  本報訊 全年增長9%。"
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", text, "s")
    got = [m.text for m in extractor.mentions(doc, extractor.chinese_blocks(text)) if isinstance(m, FigureMention)]
    assert got == ["9%"]


def test_projects_named_by_their_value_are_money() -> None:
    assert figures("全區新落地超千万项目25个。", locale="cn") == [
        ("超千万", "money", Decimal(10000000), None, "CNY"), ("25个", "count", Decimal(25), None, "project")]


@pytest.mark.parametrize("text,expected", [
    ("受惠長者每年只須在本地居住九十日,而非二百一十日。", [("九十日", "duration", Decimal(90), None, "day"),
                                              ("二百一十日", "duration", Decimal(210), None, "day")]),
    ("學校會在三個學年內完成。", [("三個學年內", "duration", Decimal(3), None, "year")]),
    ("新區提供樓面約120萬方米。", [("約120萬方米", "area", Decimal(1200000), None, "square metre")]),
])
def test_lexicon_spans_and_units(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["十月二十日起生效", "十四日在北京舉行", "自二零零九至一零學年起"])
def test_days_of_a_month_and_named_school_years_stay_dates(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["完成县十八届人大一次和四次会议确定的任务。", "市九届人大二次、三次和五次会议期间"])
def test_a_list_of_sessions_numbers_them(text: str) -> None:
    assert figures(text, locale="cn") == []


def test_a_space_after_the_thousands_comma_keeps_one_number() -> None:
    assert figures("過去十年共增加了4, 380個服務名額。") == [
        ("十年", "duration", Decimal(10), None, "year"), ("4, 380個服務名額", "count", Decimal(4380), None, "place")]


def test_a_date_that_lost_its_year_and_month_marks_is_no_span() -> None:
    assert figures("——2019417日在市人民代表大會上", locale="cn") == []


@pytest.mark.parametrize("text,expected", [
    ("按付款當日價格計算,估計費用為18億\n350萬元。", "18億\n350萬元"),
    ("按付款當日價格計算,估計費用為4,560萬\n  元,用以興建一條行人隧道。", "4,560萬\n  元"),
])
def test_an_amount_broken_after_its_scale_word_is_one_figure(text: str, expected: str) -> None:
    extractor = ChineseExtractor(load_gazetteer())
    doc = Document("d", "d.txt", "txt", "t", text, "s")
    got = [m.text for m in extractor.mentions(doc, extractor.chinese_blocks(text)) if isinstance(m, FigureMention)]
    assert got == [expected]


@pytest.mark.parametrize("text,expected", [
    ("電廠三期2×60萬千瓦機組建成投產。", [("2", "count", Decimal(2), None, "unit"), ("60萬千瓦", "power", Decimal(600000), None, "kilowatt")]),
    ("展板尺寸為3×4米。", [("4米", "length", Decimal(4), None, "metre")]),
])
def test_n_times_a_capacity_counts_the_units(text: str, expected: list[Fig]) -> None:
    assert figures(text, locale="cn") == expected


@pytest.mark.parametrize("text,expected", [
    ("工程須在一年內完成。", [("一年內", "duration", Decimal(1), None, "year")]),
    ("較低收入租戶可獲一個月免租。", [("一個月", "duration", Decimal(1), None, "month")]),
    ("深水網箱增加到230口,養殖戶增至15家。", [("230口", "count", Decimal(230), None, "unit"),
                                         ("15家", "count", Decimal(15), None, "organisation")]),
])
def test_within_one_year_rent_free_months_and_cages(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["兩口子一同出席。", "全港各口岸的人流"])
def test_kou_inside_a_word_is_no_classifier(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("全區推動千余家企業完成改造。", [("千余家企業", "count", Decimal(1000), None, "enterprise")]),
    ("政府特批300個億支援中小企。", [("300個億", "money", Decimal("3e10"), None, "HKD")]),
    ("措施讓數以萬計家庭受惠。", []),
    ("20082015年間旅客增加三成。", [("三成", "percent", Decimal(30), None, "")]),
])
def test_spoken_forms_and_glued_years(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("經濟面對需求、供給、預期三重壓力。", [("三重", "count", Decimal(3), None, "layer")]),
    ("兩重天", []),
    ("推進三項重點工作", [("三項", "count", Decimal(3), None, "item")]),
])
def test_zhong_counts_layers(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_a_pinyin_note_inside_the_meeting_word_keeps_the_session_a_name() -> None:
    assert figures("3月1日,省十四屆人大四次會(huì)議在廣州開幕。", locale="cn") == []


@pytest.mark.parametrize("text,expected", [
    ("預算案公佈新措施。\n850康復服務名額下年推出\n政府又會撥款。", [("850康復服務名額", "count", Decimal(850), None, "place")]),
    ("2025年施政報告重點\n政府又會撥款。", []),
    ("為12.5萬低收入群體發放補貼。", [("12.5萬", "count", Decimal(125000), None, "person")]),
])
def test_headline_counts_without_a_classifier(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["2018-01-25 灣區城市群\n報告指出", "1.第89號-研究基金\n2.第90號-香港房屋委員會"])
def test_labels_and_dates_on_a_heading_line_are_no_counts(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("農村居民人均純收入五千零八十元,城鎮居民一萬四千零二七元。",
     [("五千零八十元", "money", Decimal(5080), None, "CNY"), ("一萬四千零二七元", "money", Decimal(14027), None, "CNY")]),
    ("二〇二四年", []),
])
def test_tens_and_units_written_digit_by_digit_after_qian_ling(text: str, expected: list[Fig]) -> None:
    assert figures(text, locale="cn") == expected


def test_a_decimal_after_a_whole_part_above_wan() -> None:
    assert figures("全省生產總值達到三萬一千二百四十點六五億元。", locale="cn") == [
        ("三萬一千二百四十點六五億元", "money", Decimal("3124065000000"), None, "CNY")]
