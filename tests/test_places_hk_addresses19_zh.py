"""Chinese places in Hong Kong texts, session 14 (issue 14): community centres (X社區中心, with a bracketed part:
X(西區)社區中心), temples (X廟, X寺), a public golf centre and a metropolis area (X都會區) are named places; an
estate and the hall or centre on its podium or ground floor are two places in an address (祥華邨祥華社區會堂); a street
number's 號 ends the address before the name; a count word (多個) or a unit right after a number (150公頃) is no
item of a list of places. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("長者可到順利社區中心參加活動。", ["順利社區中心"]),
    ("投票站设于将军澳宝林社区中心。", ["将军澳宝林社区中心"]),
    ("屯門 - 屯門友愛邨友愛社區會堂", ["屯門", "屯門", "友愛邨", "友愛社區會堂"]),
    ("活動在大埔富亨邨地下富亨社區中心舉行。", ["大埔", "富亨邨", "富亨社區中心"]),
    ("葵涌石蔭東邨第二座平台石蔭社區會堂", ["葵涌", "石蔭東邨", "石蔭社區會堂"]),
    ("地點:秀茂坪道12號秀茂坪(南區)社區中心", ["秀茂坪(南區)社區中心"]),
])
def test_community_centres_and_estates_in_addresses(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("遊客可參觀赤柱天后廟及附近的古蹟。", "赤柱天后廟"),
    ("島上的北帝庙香火鼎盛。", "北帝庙"),
    ("屯門妙法寺已列為一級歷史建築。", "屯門妙法寺"),
    ("政府會在粉嶺高爾夫球中心內重置泳池。", "粉嶺高爾夫球中心"),
    ("當局研究擴大維港都會區的範圍。", "維港都會區"),
])
def test_temples_golf_centres_and_metropolis_areas_are_places(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("巴士線連接沙田、大埔與多個九廣鐵路東鐵車站。", "多個"),  # 'many': a count word, no place
    ("其中元朗南約佔150公頃、古洞北及粉嶺北約佔110公頃。", "公頃"),  # a unit after its number, no list item
])
def test_count_words_and_units_are_no_list_items(matcher: ZhEntityMatcher, text: str, absent: str) -> None:
    assert absent not in places(matcher, text)
