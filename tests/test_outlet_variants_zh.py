"""same_names_zh.outlet_variants (issue 14, session 27): a news outlet written in one text under its own name and a
longer form of it — its city before it on the byline (某城北方网讯 … 来源:北方网) or its app's name after it (某网时刻新闻
… 来源:某网) — is one outlet, one row. Names that do not end as an outlet's (a university beside its city) and outlets
the text writes only once stay as they are (made-up bylines)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_city_before_the_outlet_on_the_byline(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "天津北方网讯:前天,河东区与天津大学签署协议。\n(文章来源:北方网)")
    assert ("天津北方网", "北方网") in got and ("北方网", "北方网") in got
    assert ("天津大学", "天津大学") in got


def test_the_app_name_after_the_outlet(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "红网时刻新闻10月15日讯(通讯员 张三)县政府与华信建设有限公司签约。\n来源:红网")
    assert ("红网时刻新闻", "红网") in got


def test_an_outlet_written_once_keeps_its_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "天津北方网讯:前天,河东区召开会议。") == [("天津北方网", "天津北方网")]
