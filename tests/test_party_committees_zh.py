"""Session 28 (zhinst): a democratic party's committee by division (民盟某区委, 民革某市委会, 九三学社某市委员会,
致公党某区总支) is one institution, no CPC committee and no place inside; written with its level alone it is the
same party's committee the text names with its division (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, name", [
    ("民盟海淀区委组织盟员赴企业开展调研。", "民盟海淀区委"),
    ("民革东莞市委会近日召开全体委员会议。", "民革东莞市委会"),
    ("九三学社广州市委员会围绕营商环境提出建议。", "九三学社广州市委员会"),
    ("致公党福田区总支与社区联合举办义诊活动。", "致公党福田区总支"),
    ("农工党南山区委开展健康宣讲。", "农工党南山区委"),
])
def test_a_party_committee_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    rows = found(matcher, text, "cn")
    assert (name, "INSTITUTION") in [(s, lab) for s, lab, _ in rows]
    assert not [c for _, lab, c in rows if lab == "INSTITUTION" and c.startswith("中共")]  # no CPC committee
    assert not [s for s, lab, _ in rows if lab == "PLACE"]  # the division inside is no mention


def test_the_level_alone_is_the_named_committee(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "民盟海淀区委组织调研。会后,民盟区委向有关部门报送了建议。", "cn")
    assert {c for _, lab, c in rows if lab == "INSTITUTION"} == {"民盟海淀区委"}


@pytest.mark.parametrize("text, absent", [
    ("民盟盟员积极参与区委组织的志愿服务。", "民盟盟员积极参与区委"),  # no division read there: the CPC's 区委 stays
    ("民建联議員就房屋政策提出質詢。", "民建联"),  # the DAB, another party
])
def test_no_committee_without_a_division_or_after_another_party(matcher: ZhEntityMatcher, text: str, absent: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text) if lab == "INSTITUTION" and s.startswith("民") and len(s) > 4]


def test_the_cpc_committee_stays(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "受中共海淀区委委托,民盟海淀区委开展专项民主监督。", "cn")
    insts = {s for s, lab, _ in rows if lab == "INSTITUTION"}
    assert {"中共海淀区委", "民盟海淀区委"} <= insts


def test_a_post_after_the_committee_is_a_post(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "民盟海淀区委主委王某出席会议。", "cn")
    assert not [s for s, lab, _ in rows if lab == "INSTITUTION"]


def test_jiusan_short_form_where_the_text_names_it(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "九三学社海淀区委召开全会。会后,调研组来到社海淀区委机关,与社区委班子成员座谈。", "cn")
    assert {c for _, lab, c in rows if lab == "INSTITUTION"} == {"九三学社海淀区委"}


@pytest.mark.parametrize("text", [
    "社区委员会组织居民开展环境整治。",  # a community's committee
    "社海淀区委机关开展活动。",  # no 九三学社 named: 社 is no party
])
def test_no_jiusan_short_form_elsewhere(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [c for _, lab, c in found(matcher, text, "cn") if c.startswith("九三学社")]


def test_full_and_short_committee_names_are_one_body(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "九三学社杭州市委员会与区政府签约。社市委主委出席。九三学社杭州市委将继续推进合作。", "cn")
    assert {c for s, lab, c in rows if lab == "INSTITUTION" and "九三" in c} == {"九三学社杭州市委"}


def test_a_party_branch_in_a_work_unit(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "农工党市第一人民医院总支和某村医务室签订合作协议。", "cn")
    assert ("农工党市第一人民医院总支", "INSTITUTION") in [(s, lab) for s, lab, _ in rows]
    assert not [s for s, lab, _ in rows if lab == "PLACE" and s.startswith("农工党")]


def test_a_level_only_short_form_before_a_noun(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "九三学社海淀区委召开全会。王某介绍了社区委工作。", "cn")
    assert {c for _, lab, c in rows if lab == "INSTITUTION"} == {"九三学社海淀区委"}
