"""Review mends of session 22 (revzh S1-S3, S7, S8, S11): rules of inner_places_zh that dropped real places.
Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [m.text for m in extract_text(text, model="blank").places]


@pytest.mark.parametrize(("text", "place"), [
    ("市委召开支持深圳建设先行示范区座谈会。", "深圳"),  # S1: a place as a meeting's topic, after a verb
    ("全市举办纪念香港回归祖国座谈会。", "香港"),
    ("在西江与北江交会处建设生态公园。", "北江"),  # S2: 交会 'converge'
    ("广州、深圳等城市负责人参加会议。", "广州"),  # S3: 等城市 before the title
    ("广州、深圳等城市负责人参加会议。", "深圳"),
    ("香港人、澳门人等均可申请。", "香港"),  # S7: place + 人
    ("工作人员常驻北京办公。", "北京"),  # S8: 办公
    ("他长期驻上海办理业务。", "上海"),
    ("广东省十四届人大常委会第五次会议审议通过该条例。", "广东省"),  # S11: a standing committee's session
    ("广州市十六届人大常委会第十次会议召开。", "广州市"),
])
def test_review_s22_a_real_place_stays(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("市长出席佛山科技创新工作形势报告会。", "佛山"),
    ("全年组织企业参加深圳高交会和广州广交会。", "深圳"),
    ("省法院负责同志林某，佛山、东莞市负责同志张某出席大会。", "佛山"),
    ("特區政府將在駐武漢辦設立聯絡組。", "武漢"),
    ("出席会议的还有我区选出的部分佛山市十六届人大代表。", "佛山市"),
])
def test_review_s22_the_rules_purpose_still_holds(text: str, place: str) -> None:
    assert place not in _places(text)


@pytest.mark.parametrize("text", ["市长出席佛山科技创新成果发布会。", "全市召开佛山乡村振兴工作座谈会。"])
def test_review_s22_a_meeting_kind_is_no_verb_between(text: str) -> None:
    assert "佛山" not in _places(text)


def _place_spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in extract_text(text, model="blank").places]


@pytest.mark.parametrize(("text", "expected"), [  # S4: X市 + 市场/市民 is X + the word
    ("增城市民积极参与垃圾分类。", [("增城", "Zengcheng District")]),
    ("增城市场主体达到20万户。", [("增城", "Zengcheng District")]),
    ("高要市场繁荣活跃。", [("高要", "Gaoyao District")]),
    ("广州市场主体增长。", [("广州", "Guangzhou")]),
    ("广州市民营经济增长。", [("广州市", "Guangzhou")]),  # 民营 is a word: 广州市 + 民营
])
def test_review_s22_a_word_after_a_city_takes_its_last_character(text: str, expected: list[tuple[str, str]]) -> None:
    assert _place_spans(text) == expected


@pytest.mark.parametrize("text", ["广州市场监督管理局发布通知。", "广州市民政局发布通知。"])
def test_review_s22_a_city_department_stays_a_body(text: str) -> None:
    r = extract_text(text, model="blank")
    assert [i.text for i in r.institutions] == [text[:-5]] and list(r.places) == []


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_text(text, model="blank").figures]


def test_review_s22_a_rounded_page_counter_is_no_count() -> None:  # S5
    assert _figures("阅读量：10万+") == []
    assert _figures("浏览次数：1192") == [("1192", "count")]


def test_review_s22_later_than_is_no_time_of_day() -> None:  # S6
    assert _figures("该工程工期180日晚于原定计划。") == [("180日", "duration")]
    assert _figures("1129日晚，会议闭幕。") == []
