"""entities_zh (issue 14, session 27, zhplhk): Hong Kong country-park trails, wartime relics and peaks are places.
A named heritage, nature or family trail (某某歷史徑, 某某文物徑, 某某自然教育徑, 某某家樂徑), a battery or a redoubt
(某某炮台, 某某碉堡) end a named site, one place by the whole name; the long-distance trails and the main peaks are
gazetteer entries (麥理浩徑, 鳳凰徑, 鳳凰山); 獅子山, Sierra Leone's Chinese name, is Lion Rock in a Hong Kong text
beside a Hong Kong place and in a trail's name, and stays the country elsewhere. A bare 行山徑, 古炮台 names a
kind (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "PLACE"]


def test_named_trails_are_places(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "漁護署會翻新大帽山歷史徑及鶴藪自然教育徑。")] == ["大帽山歷史徑", "鶴藪自然教育徑"]
    assert [s for s, _ in places(matcher, "市民可沿屏山文物徑參觀祠堂。")] == ["屏山文物徑"]


def test_long_trails_and_peaks_are_gazetteer_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "不少市民週末行麥理浩徑，或登上鳳凰山看日出，再走鳳凰徑第二段下山。")
    assert got == [("麥理浩徑", "MacLehose Trail"), ("鳳凰山", "Lantau Peak"), ("鳳凰徑", "Lantau Trail")]


def test_batteries_and_redoubts_are_places(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "政府會為鯉魚門炮台及城門碉堡加設導賞牌。")] == ["鯉魚門炮台", "城門碉堡"]


def test_lion_rock_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "週末可到鳳凰山、獅子山遠足。") == [("鳳凰山", "Lantau Peak"), ("獅子山", "Lion Rock")]
    assert [s for s, _ in places(matcher, "將改善獅子山歷史徑的設施。")] == ["獅子山歷史徑"]


def test_sierra_leone_stays_the_country(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "獅子山共和國總統訪問北京。", "cn") == [("獅子山", "Sierra Leone"), ("北京", "Beijing")]
    assert ("獅子山", "Sierra Leone") in places(matcher, "代表團將訪問獅子山及利比里亞。")


def test_kinds_of_trail_and_battery_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "政府會改善10條行山徑及一座古炮台。") == []


def test_peak_names_in_a_mainland_text_are_no_hong_kong_peaks(matcher: ZhEntityMatcher) -> None:
    # 凤凰山, 大东山, 飞鹅山 are hills of many Mainland cities too: beside a Mainland place, or alone in a text
    # naming no Hong Kong place, they are never Hong Kong's peaks (review-revzh M1)
    for text in ("潮州凤凰山是凤凰单丛茶的产地。", "深圳凤凰山发生山火。", "韶关大东山一带降雨。", "惠州飞鹅山游人如织。",
                 "凤凰山发生山火。"):
        assert not any(c in ("Lantau Peak", "Sunset Peak", "Kowloon Peak") for _, c in places(matcher, text, "cn")), text
    assert ("凤凰山", "Lantau Peak") in places(matcher, "大屿山凤凰山是香港第二高峰。", "cn")


def test_a_clause_before_a_kind_of_trail_or_battery_is_no_name(matcher: ZhEntityMatcher) -> None:
    # a subject, a modal and 沿/經 ('along', 'via') before a bare trail word walk a trail of that kind; an age before
    # a bare battery word describes one: no name (review-revzh M4)
    for text in ("市民可沿歷史徑參觀。", "遊客可沿文物徑遊覽。", "學生沿樹木研習徑考察。", "他們參觀了古老炮台。",
                 "旅客可經郊遊徑下山。", "村民發現一座廢棄碉堡。"):
        assert places(matcher, text) == [], text
    assert [s for s, _ in places(matcher, "市民可沿屏山文物徑參觀祠堂。")] == ["屏山文物徑"]
