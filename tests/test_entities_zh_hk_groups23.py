"""entities_zh (issue 14, session 18): Hong Kong's task-named working groups, committees named by listed fields and
bureaux named by two joined fields; bodies named only as the authors of their accounts, numbered reports and papers;
政府 modifying a noun; the short names of HKSTP, the Economic Development Commission and Sinosure (made-up sentences;
each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "name"), [
    ("政府會成立發展海洋經濟工作組。", "發展海洋經濟工作組"),  # 發展 is the group's task, not a goal verb before it
    ("- 促進綠色經濟工作組", "促進綠色經濟工作組"),  # 經濟 is no 經 'via' + 濟
])
def test_a_working_group_is_named_by_its_task(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in bodies(matcher, text)


def test_a_committee_named_by_listed_fields_is_one_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "成立海洋、漁業和航運委員會。") == ["海洋、漁業和航運委員會"]


def test_a_bureau_named_by_two_joined_fields_is_one_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "建議設立海洋及漁業局。") == ["海洋及漁業局"]
    assert bodies(matcher, "建議設立一個海洋局。") == []  # a kind of bureau
    assert bodies(matcher, "開創海洋及漁業局面。", "cn") == []  # 局面 'situation'


@pytest.mark.parametrize("text", [
    "6.第40號-海濱事務管理局\n截至2020年3月31日止年度的財務報表\n(由發展局局長提交)",
    "9.內務委員會有關研究附屬法例的第7/20-21號報告",
    "正如人事編制小組委員會文件EC(2020-21)3所述",
])
def test_a_body_named_only_as_its_documents_author_gives_no_row(matcher: ZhEntityMatcher, text: str) -> None:
    # as before its annual report (session 17): its accounts, its numbered report, its paper's code name documents
    assert [b for b in bodies(matcher, text) if b not in ("發展局",)] == []


@pytest.mark.parametrize("text", ["利用政府資金推動研發。", "推動政府及公營機構採用新技術。", "在政府治理方面推行改革。"])
def test_government_modifying_a_noun_is_no_actor(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == []


def test_government_governing_something_acts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "政府治理河道污染。") == ["政府"]


def test_a_legislatures_panels_as_a_kind_leave_the_legislature(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "在立法會事務委員會聯席會議上介紹。") == ["立法會"]


def test_short_names_of_hong_kong_and_central_bodies(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "局方與香港科技園等機構磋商,經委會亦支持中國信保來港。", "hk")
    assert [(s, c) for s, lab, c in got if lab == "INSTITUTION"] == [
        ("香港科技園", "Hong Kong Science and Technology Parks Corporation"), ("經委會", "Economic Development Commission"),
        ("中國信保", "China Export & Credit Insurance Corporation")]
    assert bodies(matcher, "省经委会召开会议。", "cn") == []  # a Mainland 经委会 is a province's or city's commission
