"""Places opening a designation's or a ranking's name, and places read across a known place and a word
(made-up sentences; session 20).

- A title conferred by a level is named by it, run together with the title's words (某省某某示范区, 中国某某基地,
  中国民企500强): the level only qualifies the title, no mention. A verb (跻身, 共建, 成为) or a scope word (首个)
  between them makes the place the actor or a scope, a mention.
- 鹤山东部 is 鹤山 + 东部: a known place ending inside a province's name, the rest a word, reads no 山东.
- The subject of 获评 / 荣获 / 入选 is the place honoured, a mention; a place right after 荣获 opens the title.
- A route keeps its name with a bracketed note before its head (甲至乙(丙界)高速公路); 某港铁路 is a port's railway, no MTR.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_ranking_opened_by_a_country_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全区新增中国民企500强投资项目3个。") == []
    assert places(matcher, "培育广东百强企业两家。") == []


def test_a_demonstration_zone_opened_by_a_province_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成功创建广东省乡村振兴示范县，获评江西省生态文明建设示范市。") == []


def test_a_base_opened_by_a_country_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快建设中国南方冷链物流基地和中国企业“出海”服务基地。") == []


def test_a_verb_after_the_place_makes_it_the_actor(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "汕尾市跻身全国百强县行列，惠州与河源共建产业基地。") == ["汕尾市", "惠州", "河源"]


def test_a_scope_word_after_the_place_keeps_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成为广东省首个数字乡村示范县。") == ["广东省"]


def test_a_province_read_across_a_known_place_and_a_word(matcher: ZhEntityMatcher) -> None:
    assert "山东" not in places(matcher, "推进中山东部组团建设。")
    assert places(matcher, "浙江西部山区风景优美。") == ["浙江"]
    assert places(matcher, "山东东部沿海港口群。") == ["山东"]


def test_a_route_with_a_bracketed_note_before_its_head(matcher: ZhEntityMatcher) -> None:
    """甲至乙(丙界)高速公路: the note names the border the route reaches; the route is still a name (DECISIONS 20)."""
    assert places(matcher, "开工建设湛江至梅州(粤闽界)高速公路，梅州市加快建设。") == ["梅州市"]


def test_a_ports_railway_is_no_mtr(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "年底开工建设汕头港铁路。", "cn") == []
    assert [c for _, lab, c in found(matcher, "乘坐港铁荃湾线。", "hk") if lab == "INSTITUTION"] == ["MTR Corporation Limited"]


def test_the_place_honoured_before_the_verb_is_a_mention(matcher: ZhEntityMatcher) -> None:
    """The subject of 获评 / 荣获 / 入选 is the one honoured (a mention); only a place inside the title is none."""
    assert places(matcher, "肇庆获评国家历史文化名城。") == ["肇庆"]
    assert places(matcher, "阳江市荣获中国刀剪之都称号，潮州入选中国历史文化名城。") == ["阳江市", "潮州"]


def test_a_place_right_after_won_opens_the_title(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "某村荣获广东省文明村称号。") == []
