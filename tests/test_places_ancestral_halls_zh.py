"""suffix_zh data (issue 14, session 26): an ancestral hall named by its clan or founder (某某谢祠, 某氏大宗祠) is a
place; the common words 祠堂 and a bare 宗祠 name none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_named_ancestral_halls_are_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "村民修复了德馨林祠和敬亭林祠。") == ["德馨林祠", "敬亭林祠"]
    assert places(matcher, "走进苏氏大宗祠,雕梁画栋映入眼帘。") == ["苏氏大宗祠"]


def test_the_common_words_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进祠堂活化,各村宗祠得到保护。") == []


def test_an_age_or_kind_before_the_hall_names_none(matcher: ZhEntityMatcher) -> None:
    # review revzh M12: 清代古祠 'an old hall of the Qing', 新建祠 'a newly built hall' describe halls
    assert places(matcher, "当地保存有清代古祠，其中一座新建祠已对外开放。") == []
    assert places(matcher, "该镇有宋代古祠、元代古祠两处。") == []
