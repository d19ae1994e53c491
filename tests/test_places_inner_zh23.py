"""Chinese places, session 23 (issue 14): more places that are only part of another name or read across two (DECISIONS-zh
21) — a place read across a division's short form and a word or a known place (某江苏区: no 江苏; 某山东江: no 山东); the
places inside a quoted goal, positioning or theme (“…”的发展定位) and inside a quoted numbered framework (“三区(…)两园(…)”);
a place opening a news outlet's name (某市都市网, 某县融媒记者, 某洲华语广播电台, 某市网讯); a place in a site's 【…】 label
before a reposted report's title; the places of a bus, coach or air route opened from one place to others (开通甲至乙、丙公交);
a title's edition year between the verb that confers it and the place opening it (入选2022某国…进展); a place before
轴 names a planning axis (某地文轴, 某市北轴); 农业农村 in a list of fields is no village; a quoted dash chain before the
name it belongs to (“甲—乙—丙”创新集群, ‘甲-乙城’航线); a place before a booked plan's title (某地《规划纲要》). Sentences are
made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "read_across"), [
    ("今年是浈江苏区全面振兴的关键一年。", "江苏"),
    ("加快建设鹤山东江堤岸绿道。", "山东"),
    ("努力打造宜居宜业的现代化滨海城区。", "海城区"),
])
def test_a_place_read_across_a_division_short_form_is_no_place(matcher: ZhEntityMatcher, text: str,
                                                               read_across: str) -> None:
    assert read_across not in places(matcher, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("山东江苏两省加强合作。", ["山东", "江苏"]),
    ("广东江门推进产业升级。", ["广东", "江门"]),
    ("江苏和山东签署协议。", ["江苏", "山东"]),
])
def test_two_places_written_together_stay(matcher: ZhEntityMatcher, text: str, kept: list[str]) -> None:
    assert all(k in places(matcher, text) for k in kept)


@pytest.mark.parametrize("text", [
    "全区紧扣“粤东交通物流枢纽、汕头港口商贸中心、区域先进制造业基地、潮阳组团式城市中心”的发展定位，扎实推进各项工作。",
    "坚持“工业立县、生态优先，建设绿色韶关”的发展思路。",
    "加快推进“四区(东城、西城、南城及北城片区)三园(潮阳纺织工业园、潮阳电子产业园和潮南印染产业园)”建设。",
])
def test_places_inside_a_quoted_goal_or_framework_are_no_places(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_places_in_quoted_speech_stay(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "他表示：“深圳和香港要进一步加强合作。”") == ["深圳", "香港"]


@pytest.mark.parametrize("text", [
    "发布时间:2023-05-06 10:20 来源: 本网-佛山都市网 字号: 【大】 【中】",
    "亚洲华语广播电台 报道\n",
])
def test_a_place_opening_an_outlets_name_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_place_after_its_outlets_name_stays(matcher: ZhEntityMatcher) -> None:
    assert "广州" in places(matcher, "据广州日报报道，广州一季度经济增长。")


@pytest.mark.parametrize("text", [
    "【南海区招商】2022年南海区政府工作报告\n各位代表：",
    "• 【投资新丰县】2019年新丰县政府工作报告\n各位代表：",
])
def test_a_place_in_a_sites_label_before_a_report_title_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_places_of_a_route_opened_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全年开通韶关至乳源、仁化、南雄公交，新开通深圳至墨西哥城航线。") == []


def test_a_place_before_the_verb_that_opens_a_route_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "韶关开通乳源至仁化班车。") == ["韶关"]


def test_a_titles_edition_year_after_the_verb_keeps_the_place_in_the_title(matcher: ZhEntityMatcher) -> None:
    assert "中国" not in places(matcher, "该项成果入选2022中国农业科学重大进展。")


@pytest.mark.parametrize("text", ["全力擦亮岭南文轴，建靓城市水轴。", "“一轴”指广州北轴。"])
def test_a_place_before_an_axis_names_the_axis(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_bearing_is_no_axis(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "广州轴承厂完成扩建。") == ["广州"]


def test_a_field_list_word_ending_in_countryside_is_no_village(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "统筹推进城市建设、产业体系、农业农村、公共服务等工作。") == []


@pytest.mark.parametrize("text", [
    '全省研发投入强度达3.5%，"广州—佛山—东莞"创新集群排名上升。',
    "新开通国际客运航线，‘广州-墨西哥城’航线首航。",
])
def test_a_quoted_dash_chain_before_its_name_is_a_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_quoted_dash_chain_before_a_function_word_keeps_its_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, '他说"深圳—香港"的合作十分重要。') == ["深圳", "香港"]


def test_a_place_before_a_booked_plans_title_names_the_plan(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "认真实施珠三角《规划纲要》，加快转型升级。") == []


@pytest.mark.parametrize("text", ["加快建设浈江苏区振兴发展示范区。", "韶关市浈江区加快建设浈江苏区振兴发展示范区。"])
def test_a_name_grown_from_a_place_read_across_a_division_starts_at_the_division(matcher: ZhEntityMatcher,
                                                                                text: str) -> None:
    found_places = places(matcher, text)
    assert "浈江苏区振兴发展示范区" in found_places and not any(p.startswith("江苏") for p in found_places)
