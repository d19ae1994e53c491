"""entities_zh: island, scenic-area and road names built on a suffix, standing committees of Party committees named
by level, and 羅湖 by locale (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations


from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> set[str]:
    return {s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"}


def test_an_unknown_island_name_stands_between_a_boundary_and_its_facility(matcher: ZhEntityMatcher) -> None:
    # X岛 + a facility noun (水厂, 海水淡化厂, 客运码头) or a project word: the island is named
    assert places(matcher, "全县建成青洲岛水厂、白沙岛海水淡化厂，开工龙鼓岛项目。", "cn") == {"青洲岛", "白沙岛", "龙鼓岛"}


def test_island_words_that_name_no_island(matcher: ZhEntityMatcher) -> None:
    # 海岛 (islands in general), 无人岛 (uninhabited islands), 离岸岛 name kinds; 岛 that starts a word is no suffix
    assert places(matcher, "海岛基础设施不断完善，无人岛和近海岛屿不得开发，沿海岛链保持稳定。", "cn") == set()


def test_a_scenic_area_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "生态走廊与东莞银瓶山风景区相连。", "cn") == {"东莞银瓶山风景区"}
    assert places(matcher, "提升全市风景区管理水平。", "cn") == set()


def test_a_level_named_standing_committee_is_its_own_body(matcher: ZhEntityMatcher) -> None:
    text = "一年来，江门发展向好。省委常委会到江门调研，我们落实省委部署和市委常委会决定。广东支持江门。"
    got = {(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"}
    assert got == {("省委常委会", "中共广东省委员会常务委员会"), ("省委", "中共广东省委员会"),
                   ("市委常委会", "中共江门市委员会常务委员会")}


def test_luohu_is_lo_wu_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    hk = {(s, c) for s, lab, c in found(matcher, "本港會研究羅湖一帶的土地用途。", "hk") if lab == "PLACE"}
    assert ("羅湖", "Lo Wu") in hk
    cn = {(s, c) for s, lab, c in found(matcher, "深圳市支持罗湖建设消费中心。", "cn") if lab == "PLACE"}
    assert ("罗湖", "Luohu District") in cn


def test_a_road_named_after_a_known_place_is_no_place(matcher: ZhEntityMatcher) -> None:
    # 東涌道 is a road's name: neither a place nor Tung Chung; 東涌道路 is 東涌 + 道路 (roads)
    assert places(matcher, "政府會擴闊東涌道，並改善北京道的行人設施及東涌碼頭。", "hk") == {"東涌碼頭"}
    assert places(matcher, "改善東涌道路網絡。", "hk") == {"東涌"}


def test_a_short_bureau_name_after_a_verb_of_learning(matcher: ZhEntityMatcher) -> None:
    # 得悉 / 获悉 / 知悉 ("learns that") end on the left of a short body name like a boundary
    got = {c for s, lab, c in found(matcher, "局方得悉保安局已制定计划，并获悉运输署会跟进。", "hk") if lab == "INSTITUTION"}
    assert got == {"Security Bureau", "Transport Department"}


def test_a_two_character_town_or_village_name(matcher: ZhEntityMatcher) -> None:
    # X镇 / X村 with a two-character name between a boundary and a boundary
    assert places(matcher, "推动北滘镇、大岗镇和石坑村的发展。", "cn") == {"北滘镇", "大岗镇", "石坑村"}


def test_town_and_village_words_that_name_no_place(matcher: ZhEntityMatcher) -> None:
    # kinds (典型镇, 中心镇, 自然村, 城中村, 新农村), villagers (村民), 乡村振兴 and counted towns are no names
    text = "培育典型镇和中心镇，完成30个自然村改造，整治城中村，建设新农村和和美乡村，推进乡村振兴，原居村民支持，7个村镇获评。"
    assert places(matcher, text, "cn") == set()


def test_hong_kong_rural_places_from_the_alias_file(matcher: ZhEntityMatcher) -> None:
    text = "政府會改善吉澳、鴨洲和荔枝窩的設施，並研究茶果嶺及米埔一帶的土地。"
    assert {c for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"} == {
        "Kat O", "Ap Chau", "Lai Chi Wo", "Cha Kwo Ling", "Mai Po"}
