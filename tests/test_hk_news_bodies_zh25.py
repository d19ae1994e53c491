"""Bodies a Hong Kong news feed names beside its own (zhinsthk, session 25; made-up sentences): outlets in photo
credits and citations (（路透社）, 大公文匯報), the national customs written with 國家, a Macao police force, a
national association, and 警方 right after a place as that place's police, not Hong Kong's."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found

HKPF = "Hong Kong Police Force"


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_outlets_in_credits_and_citations(matcher: ZhEntityMatcher) -> None:
    assert ("路透社", "Reuters") in bodies(matcher, "某國總統昨日訪問某地。（路透社資料圖片）")
    assert bodies(matcher, "某網站轉載大公文匯報的報道。") == [("大公文匯報", "Ta Kung Wen Wei Media Group")]


def test_national_and_macao_bodies(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "某關長昨日在北京拜訪國家海關總署。")
    assert got == [("國家海關總署", "General Administration of Customs")]  # (was: 北京拜訪國家海關總署, one 'body')
    assert bodies(matcher, "澳門司警昨日拘捕三人。") == [("澳門司警", "Judiciary Police (Macao)")]
    assert ("全國港澳研究會", "Chinese Association of Hong Kong & Macao Studies") in \
        bodies(matcher, "某組與全國港澳研究會合辦研討會。")


def test_police_after_a_place_is_that_places(matcher: ZhEntityMatcher) -> None:
    assert (("警方", HKPF)) not in bodies(matcher, "澳門與內地警方聯手破案。")
    assert ("警方", HKPF) not in bodies(matcher, "深圳警方昨日通報。")
    assert bodies(matcher, "警方昨日拘捕三人。") == [("警方", HKPF)]
    assert bodies(matcher, "香港警方昨日拘捕三人。") == [("香港警方", HKPF)]


def test_the_party_and_state_hk_macao_office_is_one_body_under_both_names(matcher: ZhEntityMatcher) -> None:
    hkmao = "Hong Kong and Macao Affairs Office of the State Council"
    assert bodies(matcher, "中共中央港澳辦、國務院港澳辦昨日轉載報道。") == [("中共中央港澳辦", hkmao), ("國務院港澳辦", hkmao)]
    assert bodies(matcher, "中共中央昨日召開會議。") == [("中共中央", "Central Committee of the Communist Party of China")]
