"""Chinese figures, session 19 (issue 14): a structure of three shares is one ratio (first over second); a size class
by a bare scale word (超萬億城市 money, 千萬級機場 a count of people); N公里時速 a speed; 5萬7千億 one number; 萬一
('in case') no number; an issued policy package N條 a name; 十二屆 + a division's congress an ordinal; 只有一個 a
count; 劑次 doses; a day number glued to a year a date. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,expected", [
    ("某县三次产业结构调整为3.1:35.2:61.7。", [("3.1:35.2:61.7", "ratio", Decimal("0.088068"), "")]),
    ("某區三次產業比例由20∶30∶50調整為10∶40∶50。", [("20∶30∶50", "ratio", Decimal("0.666667"), ""),
                                               ("10∶40∶50", "ratio", Decimal("0.25"), "")]),
    ("一二三产业比重为12.0︰45.0︰43.0。", [("12.0︰45.0︰43.0", "ratio", Decimal("0.266667"), "")]),
])
def test_a_structure_of_three_shares_is_one_ratio_of_the_first_two(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_a_clock_time_with_seconds_is_no_share_structure() -> None:
    assert figures("会议于10:30:15开始") == []


@pytest.mark.parametrize("text,expected", [
    ("某市成为经济总量超万亿城市。", [("超万亿", "money", Decimal(10) ** 12, "CNY")]),
    ("培育千亿企业两家。", [("千亿", "money", Decimal(10) ** 11, "CNY"), ("两家", "count", Decimal(2), "enterprise")]),
    ("推進某地千萬級幹線機場建設。", [("千萬級", "count", Decimal(10) ** 7, "person")]),
])
def test_a_size_class_by_a_bare_scale_word(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_a_real_count_with_a_numeral_stays_a_count() -> None:
    assert [f[1] for f in figures("某国有十亿人口。")] == ["count"]


def test_a_length_before_shisu_is_a_speed() -> None:
    assert figures("新线设计为250公里时速。") == [("250公里时速", "speed", Decimal(250), "kilometre per hour")]


def test_wan_before_a_thousand_yi_is_one_number() -> None:
    assert figures("某省生產總值為3萬2千億人民幣。") == [("3萬2千億人民幣", "money", Decimal("3.2e12"), "CNY")]


def test_wanyi_in_case_is_no_number() -> None:
    assert figures("万一某计划带动需求上升,将另作安排。") == []


@pytest.mark.parametrize("text,expected", [
    ("全年出台稳外贸45条和12项配套措施。", [("12项配套措施", "count", Decimal(12), "measure")]),
    ("落實促消費16條。", []),
    ("新增公交线路12条。", [("12条", "count", Decimal(12), "item")]),
])
def test_an_issued_policy_package_named_by_its_articles_is_a_name(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_a_term_number_before_a_divisions_congress_is_an_ordinal() -> None:
    assert figures("某日,九屆某某省人大會議開幕。") == []


@pytest.mark.parametrize("text,expected", [
    ("我們的目標只有一個:改善民生。", [("一個", "count", Decimal(1), "unit")]),
    ("計劃建三間醫院,至今只有一間落成。", [("三間醫院", "count", Decimal(3), "hospital"),
                                      ("一間", "count", Decimal(1), "organisation")]),
])
def test_only_one_is_a_count(text: str, expected: list[Fig]) -> None:
    assert [(t, k, v) for t, k, v, _ in figures(text, "hk")] == [(t, k, v) for t, k, v, _ in expected]


def test_doses_are_counted() -> None:
    assert figures("累计接种疫苗12.5万剂次。") == [("12.5万剂次", "count", Decimal(125000), "dose")]


def test_a_day_number_glued_to_a_year_is_a_date() -> None:
    assert figures("2030年115日在某区召开") == []
    assert figures("为期115日的活动") == [("115日", "duration", Decimal(115), "day")]


def test_a_headings_number_shares_no_unit_with_the_next_figure() -> None:
    assert figures("经济稳步增长。\n二、三年来,我们坚持改革。") == [("三年", "duration", Decimal(3), "year")]


@pytest.mark.parametrize("text,expected", [
    ("规划两个产业片区和一个生态片区。", [("两个产业", Decimal(2)), ("一个", Decimal(1))]),
    ("區內有三個足球場、一個泳池、12間體育館。", [("三個", Decimal(3)), ("一個", Decimal(1)), ("12間", Decimal(12))]),
])
def test_one_in_a_list_of_counts_is_a_count(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert [(t, v) for t, k, v, _ in figures(text) if k == "count"] == expected


def test_one_coordinated_with_another_article_stays_an_article() -> None:
    assert figures("建成一所学校和一家医院。") == []


def test_stages_are_counted_without_a_classifier() -> None:
    assert figures("計劃分兩階段推行。", "hk") == [("兩階段", "count", Decimal(2), "stage")]


def test_an_amount_after_per_and_a_spending_verb_is_a_rates_base() -> None:
    assert figures("每投入1元可带动约3倍社会资金。") == [("约3倍", "ratio", Decimal(3), "")]


def test_a_batch_in_a_list_of_counts_stays_an_article() -> None:
    assert [t for t, *_ in figures("新建5个公园和一批社区公园。")] == ["5个公园"]


def test_a_clock_time_after_a_dotted_date_is_no_ratio() -> None:
    assert figures("某报\n2030.03.07 09:09\n\n某局公布", "hk") == []
    assert figures("两者比例为2.50:1") == [("2.50:1", "ratio", Decimal("2.5"), "")]


def test_a_bare_yi_with_infix_duo_in_a_sentence_about_money_is_money() -> None:
    assert figures("來年的預測盈餘──大概300多億──相當可觀。", "hk") == [("300多億", "money", Decimal(3e10), "HKD")]


def test_shuangbei_is_a_multiple_of_two() -> None:
    assert figures("新措施的開支可以說是雙倍。", "hk") == [("雙倍", "ratio", Decimal(2), "")]
    assert figures("推出“双倍积分”活动") == []


def test_an_arabic_one_in_a_list_of_bare_noun_counts_is_a_count() -> None:
    assert [(t, v) for t, _, v, _ in figures("某县等1县3镇20村入选名单。")] == [
        ("1县", Decimal(1)), ("3镇", Decimal(3)), ("20村", Decimal(20))]


def test_a_qualified_scaled_number_ending_a_line_is_a_count() -> None:
    assert figures("某地旅居人数超120万\n• 下一项") == [("超120万", "count", Decimal(1200000), "")]
    assert figures("人数120万\n下一项") == []


@pytest.mark.parametrize("text,expected", [
    ("全区8家亿元产值企业增长较快。", [("8家亿元产值企业", "count", Decimal(8)), ("亿元", "money", Decimal(1e8))]),
    ("建成亿元镇2个。", [("亿元", "money", Decimal(1e8)), ("2个", "count", Decimal(2))]),
])
def test_a_bare_yi_yuan_before_a_noun_is_a_size_class(text: str, expected: list[tuple[str, str, Decimal]]) -> None:
    assert [(t, k, v) for t, k, v, _ in figures(text)] == expected


def test_several_hundred_million_stays_no_number() -> None:
    assert figures("投入数亿元资金。") == []
