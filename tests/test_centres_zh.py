"""centres_zh: a named centre the sentence sets up, settles or unveils is a body (DECISIONS-zh 17); kinds, counts and
centres being built stay none; an exchange centre is a body (made-up names and sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_centre_that_is_set_up_is_a_body_with_its_branch_and_a_joined_centre(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "今年成立了市岚山技术交易中心和省科技金融综合服务中心云浮分中心。")
    assert got == ["市岚山技术交易中心", "省科技金融综合服务中心云浮分中心"]


def test_a_centre_that_settles_somewhere_is_a_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "累计营造湿地30公顷,国际岚湾保护中心落户本市。") == ["国际岚湾保护中心"]


def test_kinds_counts_and_centres_being_built_are_no_bodies(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "成立3个技术创新中心。该中心落户园区。") == []
    assert bodies(matcher, "建设会展中心。新建市政务服务中心落户新城。") == []


def test_a_provinces_exchange_centre_is_one_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "引进广东股权交易中心,服务本地企业。") == ["广东股权交易中心"]


def test_a_counted_centre_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "我們已成立一所海洋機械研發中心,並提供資助。") == []


def test_a_centre_after_cheng_li_de_is_a_kind_and_a_branch_joins_its_centre(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "延長新成立的日間照顧中心的服務時間。") == []

