"""Chinese figures (issue 14, session 23): a rank position written without 第 (排名12位) is no count; a numbered
term's or session's body by level (十六届区政府, 政协六届委员会, 十二届二次党代会) makes N届 / N次 ordinals; a quoted
numbered slogan with bracketed glosses (“四区(…)五园(…)”) and a long quoted campaign name (“…十项行动”) hold names;
分三期 counts phases; 四日後 is a span of days; 財赤 is an amount of money; 一個核心、突出五個重點 lists counts.
Made-up sentences; each fails on the code before (guards aside)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["该县财政收入增速在全市考核中排名9位。", "2019年排58名，综合实力稳步提升。",
                                  "地区生产总值位列全省17位。", "税收总额居全省14位。", "园区名列同类城市6位。"])
def test_a_rank_position_without_di_is_no_count(text: str) -> None:
    assert not [f for f in figures(text) if f[1] == "count"]


@pytest.mark.parametrize("text, surface", [("排名提升5位，进入前列。", "5位"), ("比上年前进4位。", "4位"),
                                           ("安排15名干部驻村。", "15名"), ("居民20名参加培训。", "20名")])
def test_a_move_in_rank_and_people_still_count(text: str, surface: str) -> None:
    assert surface in [f[0] for f in figures(text)]


@pytest.mark.parametrize("text", ["第十二届区政府任期内，完成各项任务。", "十二届区政府组建以来，成效明显。",
                                  "区政协七届委员会常务委员会作报告。", "认真贯彻落实区委九届三次党代会精神。",
                                  "选出的十四届全国政协委员出席会议。"])
def test_a_numbered_term_of_a_body_by_level_is_an_ordinal(text: str) -> None:
    assert figures(text) == []


def test_three_terms_of_a_government_still_count() -> None:
    assert [f[2] for f in figures("历经三届政府接力推进。")] == [Decimal(3)]


def test_a_quoted_numbered_slogan_with_glosses_is_a_name() -> None:
    text = "全力推进“三区(甲东、甲西及乙片区)四园(丙工业园、丁产业园、戊物流园和己科技园)”建设，新增企业25家。"
    assert [f[0] for f in figures(text)] == ["25家"]


def test_a_long_quoted_campaign_name_is_a_name() -> None:
    assert figures("全面实施“乡村振兴强基础补短板八项行动”，新建道路12公里。") == \
        [("12公里", "length", Decimal(12), "kilometre")]


def test_a_quoted_speech_with_counts_still_counts() -> None:
    assert [f[0] for f in figures("他說：「我們今年會增加三個中心和五項服務。」", "hk")] == ["三個中心", "五項"]


@pytest.mark.parametrize("text, value", [("計劃分四期推出資助名額。", 4), ("项目分为三期建设。", 3)])
def test_split_into_n_phases_counts_phases(text: str, value: int) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == [("count", Decimal(value))]


def test_phase_three_stays_a_name() -> None:
    assert figures("机场三期扩建工程开工。") == []


def test_n_days_later_is_a_span() -> None:
    assert figures("會議將於五日後舉行。", "hk") == [("五日", "duration", Decimal(5), "day")]


def test_a_date_then_later_stays_a_date() -> None:
    assert figures("七月五日後開始登記。", "hk") == []


def test_a_deficit_is_money() -> None:
    assert figures("他說今年財赤將超過九百億。", "hk") == [("超過九百億", "money", Decimal(90000000000), "HKD")]


def test_one_in_parallel_verb_phrases_with_counts_is_a_count() -> None:
    assert [f[2] for f in figures("会议强调紧扣一个目标、抓好三项任务。")] == [Decimal(1), Decimal(3)]


@pytest.mark.parametrize("text", ["甲、乙及丙三者合共佔開支一半。", "三者環環相扣，各司其職。"])
def test_three_of_them_counts_three(text: str) -> None:
    assert ("三者", "count", Decimal(3)) in [f[:3] for f in figures(text, "hk")]


@pytest.mark.parametrize("text", ["兩者缺一不可。", "購買第三者責任保險。"])
def test_both_and_a_third_party_count_nothing(text: str) -> None:
    assert not [f for f in figures(text, "hk") if f[0].endswith("者")]


@pytest.mark.parametrize("text, value", [("城乡收入比缩小至2:1以下。", Decimal(2)), ("全校师生比为1:20。", Decimal("0.05"))])
def test_a_ratio_noun_before_a_colon_pair_makes_a_ratio(text: str, value: Decimal) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == [("ratio", value)]


def test_a_clock_time_after_compared_with_stays_no_ratio() -> None:
    assert figures("会议于9:30开始，比上年提前。") == []


def test_past_the_trillion_mark_is_money_in_a_sentence_about_output() -> None:
    assert figures("全区工业总产值在同类城区中率先突破万亿大关。") == \
        [("突破万亿", "money", Decimal(1000000000000), "CNY")]


def test_a_bare_trillion_without_a_lead_word_stays_no_figure() -> None:
    assert figures("亿万人民群众共同奋斗。") == []


@pytest.mark.parametrize("text, value", [("综合排名比上年前移2位。", 2), ("全省排位后移3位。", 3)])
def test_a_move_forward_or_back_in_rank_counts_places(text: str, value: int) -> None:
    assert [(f[1], f[2], f[3]) for f in figures(text)] == [("count", Decimal(value), "rank")]


def test_an_industrial_park_is_the_counted_noun() -> None:
    assert [(f[0], f[3]) for f in figures("全县建成5个产业园。")] == [("5个产业园", "park")]


@pytest.mark.parametrize("text, surface", [("新政府上任後百天，推出首份報告。", "百天"), ("上任百天內訂立指標。", "百天內")])
def test_a_hundred_days_is_a_span(text: str, surface: str) -> None:
    assert [(f[0], f[1], f[2]) for f in figures(text, "hk")] == [(surface, "duration", Decimal(100))]


@pytest.mark.parametrize("text", ["接種百日咳疫苗。", "百年大計，教育為本。"])
def test_a_hundred_in_a_set_term_stays_no_figure(text: str) -> None:
    assert figures(text, "hk") == []


def test_a_two_tier_system_counts_tiers() -> None:
    assert [(f[1], f[2]) for f in figures("標準稅率將調整為兩級制。", "hk")] == [("count", Decimal(2))]


def test_a_whole_year_is_a_duration() -> None:
    assert figures("輪候時間縮短了整整一年。", "hk") == [("一年", "duration", Decimal(1), "year")]


def test_n_quarters_in_a_clause_about_quarters_is_a_duration() -> None:
    assert figures("寬減季度由去年的兩季減至只有首季。", "hk") == [("兩季", "duration", Decimal(2), "quarter")]


@pytest.mark.parametrize("text", ["第一季度和第二季度均有增長。", "今年第一季度，兩季稻喜獲豐收。"])
def test_quarter_labels_and_crops_stay_no_quarters(text: str) -> None:
    assert [f for f in figures(text, "hk") if f[3] == "quarter"] == []


def test_a_numbered_planning_area_is_a_name() -> None:
    assert figures("甲工业园、乙产业园和规划12区等产业平台加快建设。") == []


@pytest.mark.parametrize("text, value", [("广州11区全部达标。", 11), ("全市规划建设3个区。", 3)])
def test_districts_counted_after_a_city_or_with_a_classifier_still_count(text: str, value: int) -> None:
    assert [f[2] for f in figures(text)] == [Decimal(value)]
