"""hill_locatives_zh (issue 14, session 29): a hill written right before a word placing something by it (某某山之南,
某山脚下, 某岭南麓; 下 alone only after a locating verb: 位于某山下) is a place even where no word list knows it; generic
hills, determiners, a numeral before the bare head and 上山下乡 name none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_an_unknown_hill_before_a_locative_is_read(matcher: ZhEntityMatcher) -> None:
    assert "鹧鸪岭" in places(matcher, "新建的茶园就在鹧鸪岭脚下。")
    assert "七星峰" in places(matcher, "古寺坐落于七星峰之北。")
    assert "铜锣山" in places(matcher, "该村位于铜锣山南麓，林地面积较大。")


def test_traditional_text_is_read_the_same(matcher: ZhEntityMatcher) -> None:
    assert "鷓鴣嶺" in places(matcher, "新建的茶園就在鷓鴣嶺腳下。")


def test_bare_xia_needs_a_locating_verb(matcher: ZhEntityMatcher) -> None:
    assert "铜锣山" in places(matcher, "这个位于铜锣山下的村子有三百年历史。")
    assert places(matcher, "当年知青上山下乡来到农村。") == []
    assert not any(g.endswith("山") for g in places(matcher, "工作组在半山下设了一个站点。"))


def test_generic_hills_and_determiners_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "村子就在大山脚下。") == []
    assert places(matcher, "这座山脚下有一条小路。") == []
    assert places(matcher, "两山之南是一片平原。") == []


def test_a_numeral_opening_a_longer_name_stays(matcher: ZhEntityMatcher) -> None:
    assert "九连山" in places(matcher, "保护区坐落于九连山之南。")


def test_a_position_or_describing_word_before_the_head_names_no_hill(matcher: ZhEntityMatcher) -> None:
    """review-rmzha X1: a position word (附近, 旁, 北面, 城郊) or a word describing hills (连绵) before 山 says where or
    what kind the hill is; 半山 and 分水岭 are common words."""
    for text in ("农庄就在附近山脚下，环境清幽。", "工厂建在村旁山脚下。", "学校搬到了城郊山脚下。",
                 "农场在北面山脚下。", "古村落坐落在旁边山脚下。", "村庄坐落在连绵群山脚下。", "村子就在半山脚下。",
                 "新村位于分水岭之南，气候温和。", "屋苑位於附近山腳下，環境清幽。"):
        assert not any(g.endswith(("山", "岭", "嶺")) for g in places(matcher, text)), text


def test_a_hill_name_with_a_position_like_character_stays(matcher: ZhEntityMatcher) -> None:
    assert "后龙山" in places(matcher, "村委会建在后龙山脚下。")
    assert "八面山" in places(matcher, "该村位于八面山南麓。")
