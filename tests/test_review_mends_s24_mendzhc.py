"""Review revzh (session 24) mends, made-up sentences: rules that fired too widely — the 如…等 example list of firms
(M2), a task group's left edge (M8), 港台 as RTHK (S1), journal mastheads (S4), the government's own money (S5) and
quoted accounts before 公众号 / 客户端 (S11)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def labelled(matcher: ZhEntityMatcher, text: str, label: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == label]


def test_m8_a_setting_up_verb_or_a_clause_verb_before_a_task_group_names_none(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "区里抽调人员组建工作组，推进征地拆迁。", "INSTITUTION") == []
    assert labelled(matcher, "各地要切实加强项目建设工作组的力量。", "INSTITUTION") == []
    # the fix's own purpose: a group set up with its building task stays named
    assert labelled(matcher, "县里成立园区建设工作专班。", "INSTITUTION") == ["园区建设工作专班"]
    assert labelled(matcher, "成立文化城筹划及建设工作组。", "INSTITUTION", "hk") == ["文化城筹划及建设工作组"]


def test_m2_an_example_list_after_firms_names_firms_only_when_firms_arrive(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "帮助企业纾困解难，如租金减免、贷款贴息、稳岗返还等。", "INSTITUTION") == []
    assert labelled(matcher, "鼓励企业走出去，如越南海防、泰国罗勇等。", "INSTITUTION") == []
    assert "越南" in labelled(matcher, "鼓励企业走出去，如越南海防、泰国罗勇等。", "PLACE")
    assert labelled(matcher, "支持企业开拓市场，如中东欧、拉美等。", "INSTITUTION") == []
    assert labelled(matcher, "扶持本地企业，如茶叶加工、客家米酒、梅州柚等。", "INSTITUTION") == []
    assert labelled(matcher, "引导企业参展，如广交会、高交会、进博会等。", "INSTITUTION") == []
    # arriving firms: a plain word or a place in the list is no firm, the company-shaped items are
    assert labelled(matcher, "吸引多家企业落户，如甲益科技、梅州柚、乙丰集团等。", "INSTITUTION") == ["甲益科技", "乙丰集团"]


def test_s1_hong_kong_and_taiwan_dramas_and_reporters_are_no_rthk(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "港台電視劇在內地很受歡迎，不少港台記者亦到場採訪。", "INSTITUTION", "hk") == []
    assert labelled(matcher, "節目在港台電視31播出。", "INSTITUTION", "hk") == ["港台"]


def test_s4_a_journal_of_science_named_by_a_common_word_is_no_outlet(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "该校教授在《自然》杂志发表论文，并在《科学》期刊发表综述。", "INSTITUTION") == []
    assert labelled(matcher, "《某方》杂志记者带你走进画中。", "INSTITUTION") == ["某方"]


def test_s5_the_government_as_a_whole_is_no_purse(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "政府整體情況良好，各部門運作正常。", "INSTITUTION", "hk") == ["政府"]
    assert labelled(matcher, "這些措施只佔政府小部分支出。", "INSTITUTION", "hk") == []


def test_s11_a_quoted_service_app_before_its_account_is_no_outlet(matcher: ZhEntityMatcher) -> None:
    assert labelled(matcher, "市民可通过“粤省事”微信公众号办理业务，也可以下载“学习强国”客户端。", "INSTITUTION") == []
    assert labelled(matcher, "关注“广州发布”微信公众号了解详情。", "INSTITUTION") == ["广州发布"]
