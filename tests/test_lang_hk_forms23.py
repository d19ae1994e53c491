"""lang.fold (issue 14, session 18): Hong Kong's standard character forms that OpenCC's t2s keeps fold to their
Simplified forms, so a Simplified Hong Kong text meets the gazetteer's Traditional names (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.lang import fold
from tests.zh_mentions import found


def test_hong_kong_standard_forms_fold_to_simplified() -> None:
    # 衞 (the 常用字字形表 form of 衛) and 敍 (of 敘): one character each, offsets kept
    assert fold("衞生署敍述") == "卫生署叙述"


def test_a_simplified_short_form_meets_the_traditional_gazetteer_name(matcher: ZhEntityMatcher) -> None:
    assert [(s, c) for s, lab, c in found(matcher, "议员关注食卫局的新计划。", "hk") if lab == "INSTITUTION"] == [
        ("食卫局", "Food and Health Bureau")]
