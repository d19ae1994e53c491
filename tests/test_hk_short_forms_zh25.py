"""Hong Kong bodies by the short names Hong Kong texts use (zhinsthk, session 25; made-up sentences): the Jockey
Club as 馬會 / 賽馬會 and its Charities Trust, HKU's medical faculty as 港大醫學院 and by its donor's name, the Home
Affairs Bureau as 民政局, am730 by its masthead, and the national CPPCC as the bare 政協 after 全國人大."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found

HKJC = "Hong Kong Jockey Club"


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_the_jockey_club_by_its_short_names_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "馬會昨日宣布捐款予某某中心。") == [("馬會", HKJC)]
    assert bodies(matcher, "賽馬會將紀念品贈予嘉賓。") == [("賽馬會", HKJC)]
    assert bodies(matcher, "某校獲馬會慈善信託基金撥款。") == [("馬會慈善信託基金", "Hong Kong Jockey Club Charities Trust")]


def test_no_jockey_club_inside_words_or_outside_hong_kong(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "兩路人馬會合後一同出發。") == []
    assert ("賽馬會", HKJC) not in bodies(matcher, "澳門賽馬會宣布停辦賽事。", "mo")
    assert bodies(matcher, "马会昨日宣布新安排。", "cn") == []


def test_hku_medical_faculty_is_its_own_body(matcher: ZhEntityMatcher) -> None:
    faculty = "Li Ka Shing Faculty of Medicine, The University of Hong Kong"
    assert bodies(matcher, "港大醫學院宣布成立新研究所。") == [("港大醫學院", faculty)]
    assert bodies(matcher, "某醫院是香港大學李嘉誠醫學院的教學醫院。")[-1][1] == faculty


def test_home_affairs_bureau_short_form_only_in_hong_kong(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "民政局昨日回應議員。") == [("民政局", "Home Affairs Bureau")]
    assert ("民政局", "Home Affairs Bureau") not in bodies(matcher, "市民政局发布通知。", "cn")
    assert bodies(matcher, "民政局发布通知。", "cn") == []


def test_am730_by_its_masthead(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "原文刊於 [AM730專欄](https://example.com/a)") == [("AM730", "am730")]


def test_the_bare_cppcc_after_the_national_congress(matcher: ZhEntityMatcher) -> None:
    cppcc = "Chinese People's Political Consultative Conference"
    assert bodies(matcher, "不少商人獲選為全國人大或政協。")[-1] == ("政協", cppcc)
    assert bodies(matcher, "全國人大和政協的會議昨日結束。")[-1] == ("政協", cppcc)
    # a member's title after it names no body (a post)
    assert bodies(matcher, "他獲選為全國人大或政協委員。") == [("全國人大", "National People's Congress")]
