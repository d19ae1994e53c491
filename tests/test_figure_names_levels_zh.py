"""Chinese figures (issue 14, session 15): numerals that name places (西九, 東九), ages in 周岁, the twin zones
(双区, 双城), long quoted task names before their noun, levels counted (省市区三级 — the s15 ruling on N级), counted
people nouns after a scaled number (N万高校毕业生), an amount used for a purpose (八百萬會用作), sailings and flights.
Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["新碼頭明年啟用,西九碼頭一帶交通將改善。", "東九文化中心下月開幕。", "港九各區均設有服務點。"])
def test_a_numeral_inside_a_kowloon_place_name_counts_nothing(text: str) -> None:
    assert figures(text, "hk") == []


def test_the_same_numeral_after_another_place_or_before_a_classifier_counts() -> None:
    assert figures("廣東九市合作。", "hk") == [("九市", "count", Decimal(9), "city")]
    assert figures("全港九個區議會", "hk") == [("九個", "count", Decimal(9), "unit")]


def test_an_age_in_zhou_sui_is_no_span_of_weeks() -> None:
    assert figures("为12周岁以下儿童免费接种。") == []
    assert figures("為期8週的課程") == [("8週", "duration", Decimal(8), "week")]


@pytest.mark.parametrize("text", ["抢抓双区驱动重大机遇。", "形成双区叠加发展的格局。", "推动广佛双城联动。"])
def test_the_twin_zones_or_cities_name_a_pair(text: str) -> None:
    assert figures(text) == []


def test_a_long_quote_before_its_task_noun_is_a_name() -> None:
    assert figures("落实县委“八个方面走在前列、争当全省示范”重点任务。") == []
    assert figures("他说:“明年要新增八个方面的工作、全力争当示范。”") == [("八个方面", "count", Decimal(8), "aspect")]


def test_levels_written_one_character_each_are_counted() -> None:
    assert figures("推动省市县三级联动。") == [("三级", "count", Decimal(3), "level")]
    assert figures("完善市镇两级财政体制。") == [("两级", "count", Decimal(2), "level")]
    assert figures("新建三级医院两家。") != [("三级", "count", Decimal(3), "level")]


def test_a_scaled_number_before_people_it_counts() -> None:
    assert figures("帮助52.6万高校毕业生就业。") == [("52.6万", "count", Decimal("526000.0"), "graduate")]
    assert figures("吸引30万游客到访。") == [("30万游客", "count", Decimal(300000), "visitor")]


def test_a_bare_amount_used_for_a_purpose_is_money() -> None:
    assert figures("政府預留撥款,其中六百萬會用作宣傳。", "hk") == [("六百萬", "money", Decimal(6000000), "HKD")]
    assert figures("其中2亿将用于技术改造。") == [("2亿", "money", Decimal(200000000), "CNY")]
    assert figures("其中30公頃用作住宅。", "hk") == [("30公頃", "area", Decimal(30), "hectare")]


def test_sailings_services_and_flights_are_counted() -> None:
    assert figures("郵輪全年靠泊215航次。", "hk") == [("215航次", "count", Decimal(215), "sailing")]
    assert figures("航班起降达38万架次。") == [("38万架次", "count", Decimal(380000), "flight")]


def test_n_consecutive_adjustments_or_titles_are_counted() -> None:
    assert figures("退休金实现12连调。") == [("12连调", "count", Decimal(12), "adjustment")]
    assert figures("球队夺得5连冠。") == [("5连冠", "count", Decimal(5), "title")]


def test_a_rank_cut_off_is_no_figure_but_a_count_after_ci_qian_is() -> None:
    assert figures("該市躋身全球城市前20名。") == [] and figures("排名全省前三位。") == []
    assert figures("此前3名議員已表態。", "hk") == [("3名", "count", Decimal(3), "person")]
