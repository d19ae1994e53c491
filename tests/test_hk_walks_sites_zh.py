"""entities_zh (issue 14, session 28, zhplhk): the sites of Hong Kong's country-park walks are named places — a nature
trail (某某自然步道), a viewing platform after its hill (某某山觀景台) — and 西貢海 (Sai Kung Hoi) is a sea area of its
own, not Sai Kung; a bare 觀景台 names none (made-up sentences). Campsites (某某灣營地) are left: 營地 also sits inside
露營地點 ('camping spots'), so a suffix reads 新式露營地 as a name."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


def test_nature_trail_viewing_platform_and_campsite(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "當局會改善鶴嘴自然步道的設施。") == ["鶴嘴自然步道"]
    assert places(matcher, "遊人可到飛鵝山觀景台欣賞日落。") == ["飛鵝山觀景台"]


def test_sai_kung_hoi_is_a_sea_area(matcher: ZhEntityMatcher) -> None:
    assert [(s, c) for s, lab, c in found(matcher, "工作組建議優化西貢海一帶的設施。", "hk") if lab == "PLACE"] == [
        ("西貢海", "Sai Kung Hoi")]


def test_bare_platforms_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "遊人可到觀景台欣賞景色。") == []


def test_a_platform_after_common_words_names_none(matcher: ZhEntityMatcher) -> None:
    # review-mendzd Z3: a hilltop's, a treetop's, a wetland's platform (山頂觀景台, 樹頂觀景台) is a kind, no hill's name
    rows = found(matcher, "興建樹頂觀景台、山頂觀景台及濕地觀景台。", "hk")
    assert not [s for s, lab, _ in rows if lab == "PLACE"]
