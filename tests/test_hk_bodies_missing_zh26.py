"""Hong Kong and central bodies that Hong Kong news names and the gazetteer lacked (session 26, zhinsthk):
the PLA Hong Kong Garrison (駐港部隊, the Garrison Law's 中國人民解放軍駐香港部隊), the NPC Standing Committee's
Legislative Affairs Commission (全國人大法工委), Link REIT under its present and former names (領展, 領匯: one entry,
DECISIONS-zh 26) and the Legislative Council House Committee's short form 內委會 (a Hong Kong text only). 領展 /
領匯 after a character that closes a word ending in 領 (帶領展開 'leads and starts', 率領展覽團) are no company.
Data: gazetteer.institutions.hk.jsonl, entities_zh.json (locale_only_aliases, left_blocked). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _bodies(text: str) -> list[str]:
    return sorted({i.canonical for i in extract_text(text, model="blank").institutions})


@pytest.mark.parametrize("text, want", [
    ("駐港部隊今日在軍營舉行開放日，市民踴躍參觀。", "Chinese People's Liberation Army Hong Kong Garrison"),
    ("中國人民解放軍駐香港部隊派員協助清理塌樹。", "Chinese People's Liberation Army Hong Kong Garrison"),
    ("全國人大法工委昨日表示，備案審查工作已完成。", "Legislative Affairs Commission of the NPC Standing Committee"),
    ("全国人大常委会法工委今年共收到备案法规一千余件。", "Legislative Affairs Commission of the NPC Standing Committee"),
    ("領展宣布旗下商場明年起加租。", "Link Real Estate Investment Trust"),
    ("當年領匯上市時集資二百億元。", "Link Real Estate Investment Trust"),
    ("立法會內委會今日再次開會，仍未選出主席。", "House Committee"),
])
def test_the_body_is_named(text: str, want: str) -> None:
    assert want in _bodies(text)


@pytest.mark.parametrize("text", [
    "他帶領展開一連串調查工作。",
    "局長率領展覽團隊前往北京。",
    "校長引領展望未來發展方向。",
])
def test_a_verb_before_zhan_is_no_link_reit(text: str) -> None:
    assert "Link Real Estate Investment Trust" not in _bodies(text)


def test_nei_wei_hui_outside_hong_kong_is_no_house_committee() -> None:
    assert "House Committee" not in _bodies("某省人大内委会召开会议，研究年度工作要点。")


@pytest.mark.parametrize("text, national", [
    ("湖南省人大常委会第十次会议审议了条例草案，人大常委会法工委认为草案基本成熟。", False),
    ("某市人大常委会法工委负责人介绍了条例的起草过程。", False),
    ("人大常委會法工委昨日表示，將研究有關意見。", True),
])
def test_a_bare_fa_gong_wei_is_the_national_one_only_in_a_hong_kong_text(text: str, national: bool) -> None:
    """Every provincial and city congress standing committee has its own 法工委 (review revzh M9)."""
    assert ("Legislative Affairs Commission of the NPC Standing Committee" in _bodies(text)) is national


@pytest.mark.parametrize("text", [
    "市民可到郵局申領匯款。",
    "參展商可於網上申領展位，名額有限。",
    "居民可於櫃員機提領匯入的款項。",
    "大會已劃出領展區的範圍。",
])
def test_shen_ling_and_a_word_opening_with_zhan_or_hui_are_no_link_reit(text: str) -> None:
    """申領 / 提領 ('apply for', 'withdraw') and 展位 / 匯款 make no 領展 / 領匯 (review revzh M7)."""
    assert "Link Real Estate Investment Trust" not in _bodies(text)


def test_link_reit_before_its_malls_is_named() -> None:
    assert "Link Real Estate Investment Trust" in _bodies("領展商場明年起加租。")
