"""Hong Kong places in Chinese text (through the Chinese matcher): estates and courts, police stations,
a longer known name crossing a shorter one, dates and 有 before an unknown name."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    # 邨 ends a public housing estate's name, 苑 a subsidised-sale court's; a year before the name is a date
    ("房屋署在2020年樂富邨完成翻新，並到訪了彩雲邨及居於康田苑的家庭。", ["樂富邨", "彩雲邨", "康田苑"]),
    ("今年落成的有安達邨和凱樂苑。", ["安達邨", "凱樂苑"]),  # 有 before the name is a verb, not part of it
    ("局長探望观塘上邨的居民。", ["观塘上邨"]),  # a known place + 上 + 邨
    ("區內的公共屋邨和新屋苑陸續落成，屋邨設施完善。", []),  # kinds of housing, no names
])
def test_estates_and_courts(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names


def test_a_police_station_is_a_place_not_a_body(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "新體育館位於大圍警署旁。", "hk")
    assert [(t[0], t[1]) for t in got] == [("大圍警署", "PLACE")]


def test_a_longer_known_name_wins_over_one_it_crosses(matcher: ZhEntityMatcher) -> None:
    # 新界北 is a known name too, but 北部都會區 starts inside it and runs on: 新界 + 北部都會區
    got = found(matcher, "政府推展新界北部都會區的發展。", "hk")
    assert [t[2] for t in got if t[1] == "PLACE"] == ["New Territories", "Northern Metropolis"]
    assert [t[2] for t in found(matcher, "新界北的土地", "hk") if t[1] == "PLACE"] == ["New Territories North"]


def test_related_to_is_no_part_of_a_facility_name(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "公司通报了有关大亚湾核电站的事件。", "cn")
    assert [t[0] for t in got if t[1] == "PLACE"] == ["大亚湾核电站"]


def test_coastal_areas_of_the_northern_metropolis(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "發展流浮山和白泥一帶的沿海地方。", "hk")
    assert [t[2] for t in got if t[1] == "PLACE"] == ["Lau Fau Shan", "Pak Nai"]
