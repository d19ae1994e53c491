"""Two known Hong Kong places joined by a slash name one area (a new town or new development area planned under
both names) when a development-area word follows or the pair stands alone in a list; its canonical name is the
pair without that word. A city, a province or the SAR keeps a slash pair two places. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "places"), [
    ("當局會加快古洞北╱粉嶺北新發展區的土地平整。", [("古洞北╱粉嶺北新發展區", "古洞北╱粉嶺北")]),
    ("元朗南和古洞北/粉岭北新发展区的工程进度理想。", [("元朗南", "Yuen Long South"), ("古洞北/粉岭北新发展区", "古洞北/粉岭北")]),
    ("區內的新市鎮包括大埔、粉嶺/上水等。", [("大埔", "Tai Po"), ("粉嶺/上水", "粉嶺/上水")]),
    ("規劃範圍包括新田/落馬洲、文錦渡及牛潭尾。", [("新田/落馬洲", "新田/落馬洲"), ("文錦渡", "Man Kam To"),
                                         ("牛潭尾", "Ngau Tam Mei")]),
    ("粉嶺／上水新市鎮的人口持續上升。", [("粉嶺／上水新市鎮", "粉嶺／上水")]),
])
def test_slash_pair_of_areas_is_one_area(matcher: ZhEntityMatcher, text: str, places: list[tuple[str, str]]) -> None:
    assert [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"] == places


@pytest.mark.parametrize(("text", "names"), [
    ("往返香港/深圳的旅客人數上升。", ["香港", "深圳"]),  # the SAR and a city: two places
    ("大埔/沙田路段將會封閉。", []),  # no area stands alone: a road section, no name here
])
def test_slash_pair_of_cities_or_not_alone_stays_apart(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    got = [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]
    assert "/" not in "".join(got) and all(n in got for n in names)


@pytest.mark.parametrize(("text", "names"), [
    # a chain of three or more names joined by slashes is a list (lead ruling, session 14): each its own place
    ("新巴士線會途經沙田/大埔/北區一帶。", ["沙田", "大埔", "北區"]),
    ("擬議鐵路會連接羅湖/文錦渡/香園圍/打鼓嶺,再南下至粉嶺。", ["羅湖", "文錦渡", "香園圍", "打鼓嶺", "粉嶺"]),
    ("研究尖鼻咀/流浮山/白泥一带的交通需要。", ["尖鼻咀", "流浮山", "白泥"]),
    # two of Hong Kong's 18 districts joined by a slash name no new area: two places
    ("服务范围:东区/湾仔 - 铜锣湾的长者中心。", ["东区", "湾仔", "铜锣湾"]),
    ("觀塘/黃大仙的居民可使用這條巴士線。", ["觀塘", "黃大仙"]),
])
def test_slash_chain_or_districts_are_listed_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    got = [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]
    assert got == names
