"""context_zh.drop_posts (issue 14, session 27): a body followed by the field a manager runs and a manager's title
(某铁路有限公司项目工程技术总管, 某管理局高级系统经理) is the manager's post, no mention of the body, as a bureau before
局长 is (the attending officers of a LegCo agenda, a company's project manager in news). A verb before the title (派出项目
经理) leaves the company acting, and 经理部 / 经理层 name a unit or a class, no post (made-up names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_manager_title_after_a_field_is_a_post(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "(出席人員:香港鐵路有限公司項目工程技術總管/醫院管理局高級系統經理)", "hk") == []
    assert bodies(matcher, "华信建设集团有限公司项目经理李四介绍了进度。") == []
    assert bodies(matcher, "中国银行香港分行高级经理王五出席。") == []


def test_a_verb_before_the_title_leaves_the_body_acting(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "华信建设集团有限公司派出项目经理驻场。") == ["华信建设集团有限公司"]


def test_a_unit_or_a_class_named_by_the_title_is_no_post(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "华信科技有限公司经理层调整。") == ["华信科技有限公司"]
    assert bodies(matcher, "华信建设集团有限公司项目经理部进驻现场。") == ["华信建设集团有限公司"]


def test_a_clause_before_the_title_is_no_field(matcher: ZhEntityMatcher) -> None:
    # the field is a manager's field words only: a time word, a verb or a holder before 总经理 leaves the body acting
    # (review M2)
    assert bodies(matcher, "华信建设集团有限公司本月起更换总经理。") == ["华信建设集团有限公司"]
    assert bodies(matcher, "华信建设集团有限公司免去张三总经理职务。") == ["华信建设集团有限公司"]
    assert bodies(matcher, "华信建设集团有限公司公开选拔总经理。") == ["华信建设集团有限公司"]
    assert bodies(matcher, "中国银行今年新增客户经理200名。") == ["中国银行"]
    assert bodies(matcher, "华信建设集团有限公司组建专职客户经理团队。") == ["华信建设集团有限公司"]
