"""Session 28 (zhinst): a body's or a division's office stationed in another place (某市驻北京办事处, 某会驻香港代表处,
某县驻京办) is one institution, the office — not the HKSAR Government's Beijing Office the gazetteer knows by
驻北京办事处, and no place inside (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, name", [
    ("深圳市驻北京办事处举办投资推介会。", "深圳市驻北京办事处"),
    ("中国贸促会驻香港代表处组织企业赴东莞考察。", "中国贸促会驻香港代表处"),
    ("广东省驻上海办事处协调有关事宜。", "广东省驻上海办事处"),
])
def test_an_office_stationed_elsewhere_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    rows = found(matcher, text, "cn")
    assert [s for s, lab, _ in rows if lab == "INSTITUTION"] == [name]
    assert not [s for s, lab, _ in rows if lab == "PLACE" and s in name]  # neither owner nor station a place there


def test_the_hksar_beijing_office_stays(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "香港特別行政區政府駐北京辦事處協助在京港人。")
    assert ("Office of the Government of the Hong Kong Special Administrative Region in Beijing", "INSTITUTION") in [
        (c, lab) for _, lab, c in rows]


def test_an_embassy_stays(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "中国驻新加坡大使馆发布提醒。", "cn")
    assert [s for s, lab, _ in rows if lab == "INSTITUTION"] == ["中国驻新加坡大使馆"]
