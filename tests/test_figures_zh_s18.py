"""Chinese figures, session 18 (issue 14): a bare 億 amount after the sentence's assets or an amount written with its
currency is money; 二、三十人 is a range of tens (20 to 30); N國 counts countries before a word of its own (三國政府,
十國外長); a numeral + bare noun before a temple's name (五塔寺) counts nothing; 二十三條立法 names an article.
Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


def test_bare_yi_after_an_amount_with_its_currency_or_assets_is_money() -> None:
    text = "某基金总资产5000亿港元,较上月减少8亿。港元资产增加12亿,外币资产减少20亿。"
    assert figures(text, "hk") == [
        ("5000亿港元", "money", Decimal(5e11), None, "HKD"), ("8亿", "money", Decimal(8e8), None, "HKD"),
        ("12亿", "money", Decimal(12e8), None, "HKD"), ("20亿", "money", Decimal(20e8), None, "HKD")]


def test_bare_yi_without_money_in_the_sentence_stays_a_count() -> None:
    assert [f[1] for f in figures("某省常住人口达到1.3亿,增长2%。")] == ["count", "percent"]


@pytest.mark.parametrize("text,expected", [
    ("每班约有二、三十名学生。", [("约有二、三十名", "count", Decimal(20), Decimal(30), "student")]),
    ("该厂已运作了三、四十年。", [("三、四十年", "duration", Decimal(30), Decimal(40), "year")]),
    ("该项目需投入七、八百万元。", [("七、八百万元", "money", Decimal(7e6), Decimal(8e6), "CNY")]),
])
def test_a_pause_mark_pair_shares_the_tens_of_its_second_numeral(text: str, expected: list[Fig]) -> None:
    got = figures(text)
    assert [(k, v, m, u) for _, k, v, m, u in got] == [(k, v, m, u) for _, k, v, m, u in expected]


@pytest.mark.parametrize("text,value", [
    ("中韩越三国政府签署合作协议。", 3), ("两岸之外，三国人民往来密切。", 3), ("北欧五国外长举行会晤。", 5),
])
def test_n_countries_before_a_word_of_its_own_are_counted(text: str, value: int) -> None:
    assert [(k, v, u) for _, k, v, _, u in figures(text)] == [("count", Decimal(value), "country")]


@pytest.mark.parametrize("text", ["三国时期的古城墙。", "七国集团峰会召开。", "游客参观三塔寺。", "九国宫遗址保护。"])
def test_a_numeral_inside_an_era_group_or_site_name_counts_nothing(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["某议员就二十三条立法提问。", "《基本法》二十三条订明有关责任。"])
def test_an_article_named_by_its_number_is_no_count(text: str) -> None:
    assert figures(text, "hk") == []


def test_articles_do_not_swallow_counts_of_measures() -> None:
    assert figures("某市出台二十三条措施。") == [("二十三条措施", "count", Decimal(23), None, "measure")]


@pytest.mark.parametrize("text,expected", [
    ("某县家禽年出栏量稳定在2.5亿只以上。", [("2.5亿只以上", "count", Decimal("2.5e8"), None, "animal")]),
    ("某园新添大熊猫3只。", [("3只", "count", Decimal(3), None, "animal")]),
])
def test_zhi_counts_animals(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_zhi_meaning_only_is_no_classifier() -> None:
    assert figures("某市投资30亿只是开始。") == [("30亿", "money", Decimal(3e9), None, "CNY")]


def test_the_past_year_with_de_is_a_year() -> None:
    assert figures("过去的一年，某区工业增长较快。") == [("一年", "duration", Decimal(1), None, "year")]


@pytest.mark.parametrize("text,expected", [
    ("某市公共文化设施实现五级全覆盖。", [("五级", "count", Decimal(5), None, "level")]),
    ("某区推行四级网格管理。", [("四级", "count", Decimal(4), None, "level")]),
    ("某县新建二级公路。", []),
])
def test_n_levels_before_coverage_or_a_tiered_structure_are_counted(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("某市有3个镇街进入500亿元俱乐部。", [("3个", "count", Decimal(3), None, "town")]),
    ("某省会城市打造三小时航空经济圈。", []),
    ("两地车程缩短至1小时。", [("1小时", "duration", Decimal(1), None, "hour")]),
])
def test_a_club_or_a_time_circle_named_by_a_figure_states_none(text: str, expected: list[Fig]) -> None:
    assert [(k, v) for _, k, v, _, _ in figures(text)] == [(k, v) for _, k, v, _, _ in expected]


def test_a_pinyin_note_inside_a_chinese_numeral_is_skipped() -> None:
    text = "某銀行存款增百分之零點(diǎn)四，總額為六點(diǎn)二八五萬(wàn)億港元。"
    assert figures(text, "hk") == [("百分之零點(diǎn)四", "percent", Decimal("0.4"), None, ""),
                                   ("六點(diǎn)二八五萬(wàn)億港元", "money", Decimal("6.285e12"), None, "HKD")]


def test_an_amount_of_renminbi_deposits_is_in_renminbi() -> None:
    text = "某地人民幣存款達三千億元，港元存款達八千億元。"
    assert [f[4] for f in figures(text, "hk")] == ["CNY", "HKD"]


def test_percentage_points_written_without_a_classifier() -> None:
    assert figures("某區失業率再跌0.3百分点。") == [("0.3百分点", "percent", Decimal("0.3"), None, "")]


def test_man_is_spoken_cantonese_for_the_dollar() -> None:
    assert figures("某計劃金額由三千蚊升至八千蚊。", "hk") == [
        ("三千蚊", "money", Decimal(3000), None, "HKD"), ("八千蚊", "money", Decimal(8000), None, "HKD")]


@pytest.mark.parametrize("text,expected", [
    ("某市政府架构由12局增至14局。", [("12局", "count", Decimal(12), None, "bureau"), ("14局", "count", Decimal(14), None, "bureau")]),
    ("某县有3镇47村入选示范名单。", [("3镇", "count", Decimal(3), None, "town"), ("47村", "count", Decimal(47), None, "village")]),
])
def test_bureaus_and_villages_are_counted_without_a_classifier(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["某局局长表示五局面临改革。", "某村村民参加第三局比赛。"])
def test_bureau_and_village_words_count_nothing(text: str) -> None:
    assert [f for f in figures(text) if f[4] in ("bureau", "village")] == []


@pytest.mark.parametrize("text,amount", [
    ("某区成为全市两个超千亿元产业集群之一。", ("超千亿元", "money", Decimal(1e11), None, "CNY")),
    ("某县引进12个亿元以上项目。", ("亿元以上", "money", Decimal(1e8), None, "CNY")),
])
def test_an_amount_inside_a_counted_noun_is_its_own_figure(text: str, amount: Fig) -> None:
    got = figures(text)
    assert [f[1] for f in got] == ["count", "money"] and got[1] == amount


def test_the_upper_bound_with_duo_before_the_shared_scale_makes_a_range() -> None:
    assert figures("某计划提供16万至20多万个单位。", "hk") == [
        ("16万至20多万个单位", "count", Decimal(160000), Decimal(200000), "unit")]
