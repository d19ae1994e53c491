"""Chinese places, session 21 (issue 14): a place read inside a person's name is no place (县长江某某: 长 closes the
head's title, 江 is the surname; 主席李长春, 王桂林 in a list of names), and a place that opens the name of a body whose
head's title and holder follow names the post (某海关关长林某, 某检查站党委书记张某). Places that only open a label or an
event's name: an emission stage (欧盟IV期), multi-sport games (某市大运会, 某省运会), a place's media group (某市报业).
Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "会上，县委副书记、县长江明华作政府工作报告。",
    "区人民法院院长江建、区检察院检察长何伟列席会议。",
    "市长江小平主持会议并讲话。",
    "医院院长江苏一带队调研。",
    "副县长江海一行到镇调研。",
])
def test_a_head_title_in_chang_before_a_surname_jiang_is_no_yangtze(matcher: ZhEntityMatcher, text: str) -> None:
    assert "长江" not in places(matcher, text)


@pytest.mark.parametrize("text", [
    "我市长江段水质稳定达标。",
    "全市长江岸线全面整治。",
    "长江、珠江两大水系水质优良。",
])
def test_the_yangtze_stays_where_no_name_follows(matcher: ZhEntityMatcher, text: str) -> None:
    assert "长江" in places(matcher, text)


@pytest.mark.parametrize(("text", "place"), [
    ("在主席台就座的有大会执行主席李长春、何文、陈光明。", "长春"),
    ("出席会议的有孙建国、王桂林、黄小明等同志。", "桂林"),
    ("大会由常务主席吴文莱主持。", "文莱"),
])
def test_a_given_name_that_spells_a_place_is_no_place(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place not in places(matcher, text)


@pytest.mark.parametrize(("text", "place"), [
    ("与长春、桂林、马鞍山三市签订合作协议。", "马鞍山"),
    ("与长春、桂林、马鞍山三市签订合作协议。", "桂林"),
    ("游客来自桂林、文莱和新加坡。", "文莱"),
])
def test_places_in_a_list_of_places_stay(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize(("text", "place"), [
    ("出席会议的还有某某、湛江海关关长李某某，佛山出入境边防检查站党委书记张某某。", "湛江"),
    ("出席会议的还有某某、湛江海关关长李某某，佛山出入境边防检查站党委书记张某某。", "佛山"),
    ("珠海港经济开发区党工委副书记、管委会副主任黄某某列席会议。", "珠海港经济开发区"),
])
def test_a_place_opening_a_body_before_its_heads_title_names_the_post(matcher: ZhEntityMatcher, text: str,
                                                                       place: str) -> None:
    assert place not in places(matcher, text)


@pytest.mark.parametrize(("text", "place"), [
    ("他在湛江工作的局长任上退休。", "湛江"),
    ("佛山出入境边防检查站今年查验旅客100万人次。", "佛山"),
])
def test_a_place_before_no_post_or_before_a_verb_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


def test_a_name_opening_a_sentence_before_its_verb_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert "文莱" not in places(matcher, "会议明确了今年的任务。\n吴文莱主持大会\n开幕大会由主席团主持。")
    assert "文莱" in places(matcher, "会议明确了今年的任务。\n文莱代表团出席大会。")


def test_a_list_of_divisions_before_their_heads_title_names_posts(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "邀请广州、深圳、珠海等3市市长或分管副市长回答记者提问。")
    assert not {"广州", "深圳", "珠海"} & set(got)
    assert not {"广州"} & set(places(matcher, "广州、深圳市政协主席刘某、林某出席。"))
    assert {"广州", "深圳"} <= set(places(matcher, "广州、深圳等市长期合作。"))


@pytest.mark.parametrize("text", [
    "按污染程度分阶段淘汰欧盟前期及I至III期柴油商业车。",
    "分階段淘汰歐盟 IV期前的高污染柴油商業車。",
    "淘汰欧盟四期以下的老旧货车。",
])
def test_an_emission_stage_named_by_the_eu_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_eu_before_other_words_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "与欧盟签订协议，欧盟前主席来访。") == ["欧盟", "欧盟"]


def test_a_place_opening_multisport_games_names_the_event(matcher: ZhEntityMatcher) -> None:
    assert "深圳" not in places(matcher, "成功举办深圳大运会各项赛事。")
    assert places(matcher, "推进扬州大运河文化带建设。") != []  # 大运河, the Grand Canal, is no games


def test_a_place_before_its_media_group_names_the_medium(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "据惠州报业报道，会议今天开幕。", "cn")
    assert ("惠州报业", "INSTITUTION") in [(t[0], t[1]) for t in got] and "惠州" not in places(matcher, "据惠州报业报道。")
    assert places(matcher, "推进传统报业转型。") == []


def test_the_states_name_in_its_anthems_title_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全体起立，奏唱中华人民共和国国歌。") == []
    assert places(matcher, "中华人民共和国成立以来，经济快速发展。") != []


def test_a_province_before_its_games_shares_the_levels_character(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "深圳承办广东省运会，肇庆市运会开幕。") == ["深圳"]
