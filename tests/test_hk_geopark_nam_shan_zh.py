"""entities_zh (issue 14, session 27, zhplhk): the Hong Kong UNESCO Global Geopark is one place by its whole name
(香港聯合國教科文組織世界地質公園, also its former 香港國家地質公園): neither 香港 nor UNESCO inside it is a mention;
Shenzhen's 南山 stays Nanshan (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def mentions(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str, str]]:
    return found(matcher, text, loc)


def test_the_geopark_by_its_whole_name(matcher: ZhEntityMatcher) -> None:
    assert [(s, c) for s, _, c in mentions(matcher, "遊客可在香港聯合國教科文組織世界地質公園參加導賞團。")] == [
        ("香港聯合國教科文組織世界地質公園", "Hong Kong UNESCO Global Geopark")]
    assert [c for _, _, c in mentions(matcher, "香港國家地質公園已於年內開幕。")] == ["Hong Kong UNESCO Global Geopark"]


def test_nanshan_stays_in_shenzhen(matcher: ZhEntityMatcher) -> None:
    assert [c for s, lab, c in mentions(matcher, "深圳南山区的企业积极参与。", "cn") if lab == "PLACE"] == ["Nanshan District"]
