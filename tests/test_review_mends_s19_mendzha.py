"""Review mends, session 19 (mendzha; review revzh M1, M2, M3, M4, M6), made-up sentences.

M1: 酒店 after a known place alone is the place's hotels (an industry, occupancy), 酒店业/酒店集团 an industry or a
firm, and hotel-kind words (温泉, 民宿, 五星, 电竞 …) before it make a kind. M2: 商场/广场 after a known place with a
determiner, an adjective or a clause verb between are a kind; 广场舞 is square dancing. M3: 会展 is a run's inner
word only as a noun (会展经济 …), not 会 'will' + 展开. M4: 站上 is the verb only before a level. M6: 港铁 is
left-blocked only inside 疏港铁路 / 集港铁路 / 临港铁路.
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


def _institutions(text: str) -> list[str]:
    return sorted(i.text for i in extract_text(text, model="blank").institutions)


@pytest.mark.parametrize("text, want", [
    ("去年香港酒店入住率達九成。", ["香港"]),  # M1: the place's hotels
    ("推动香港酒店業發展。", ["香港"]),
    ("推动东莞酒店业转型升级。", ["东莞"]),
    ("深圳酒店客房数增长12%。", ["深圳"]),
    ("大嶼山酒店及旅遊設施。", ["大嶼山"]),
    ("商务配套设施不断完善，香格里拉大酒店建成开业。", ["香格里拉大酒店"]),  # 大酒店 after a known name is a hotel
    ("推进温泉度假酒店建设。", []),
    ("加快建设滨江五星酒店。", []),
    ("支持乡村民宿酒店发展。", []),
])
def test_m1_hotels_of_a_place_or_a_kind(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("香港各大商場推出優惠。", ["香港"]),  # M2: a determiner, an adjective or a verb makes a kind
    ("东莞大型商场客流回升。", ["东莞"]),
    ("深圳新商场开业。", ["深圳"]),
    ("广州市区新增商场5家。", ["广州市"]),
    ("香港廣場舞活動。", ["香港"]),  # square dancing
    ("东莞新广场建成开放。", ["东莞"]),
])
def test_m2_malls_and_squares_of_a_kind(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("明年香港會展開全新旅遊推廣計劃。", ["香港"]),  # M3: 会 'will' + 展开, no 会展
    ("东莞会展开专项整治行动。", ["东莞"]),
    ("北部都會區會展開土地規劃。", ["北部都會區"]),
])
def test_m3_will_unfold_is_no_convention_word(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("運輸署會收集港鐵乘客的意見。", ["港鐵", "運輸署"]),  # M6: 收集 + 港鐵, the MTR
    ("項目選址毗臨港鐵站，交通便利。", ["港鐵"]),
    ("人流聚集港鐵站出入口。", ["港鐵"]),
])
def test_m6_mtr_after_collect_or_adjoin(text: str, want: list[str]) -> None:
    assert _institutions(text) == want


@pytest.mark.parametrize("text, want", [
    ("紅磡站上層月台將改建。", ["紅磡站"]),  # M4: a station's upper level
    ("西九龍站上面的物業發展。", ["西九龍站"]),
    ("东莞站上空将建设连廊。", ["东莞站"]),
    ("全市经济总量站上3000亿元台阶，东莞站上新起点。", ["东莞"]),  # the verb before a level
    ("东莞站上“双万”新起点。", ["东莞"]),  # a quoted level
])
def test_m4_station_with_up_is_a_station_unless_a_level_follows(text: str, want: list[str]) -> None:
    assert _places(text) == want
