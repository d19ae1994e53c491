"""entities_zh: whose bodies a bare 市委 / 市政府 names in a county-level city's own text, the joint party-government
form (X市委市政府), the social science academies, source lines' publishers, Hong Kong departments' short names and a
party acting toward a post (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_county_level_citys_own_report_keeps_its_bare_bodies_when_it_names_its_prefecture(matcher: ZhEntityMatcher) -> None:
    # a county-level city names its prefecture only as its superior (茂名市委常委、化州市委书记); the city it names
    # most is the text's own, so its 市委 / 市人民政府 are the county-level city's, not the prefecture's
    text = "茂名市委常委、化州市委书记主持大会。化州发展向好，化州经济增长。市政府在市委领导下推进工作，市人大常委会监督。"
    got = insts(matcher, text)
    assert ("市委", "中共化州市委员会") in got and ("市政府", "化州市人民政府") in got
    assert ("市人大常委会", "化州市人民代表大会常务委员会") in got
    assert not any("茂名市人民政府" in c or c == "中共茂名市委员会" and s == "市委" for s, c in got)


def test_a_prefecture_named_as_often_as_its_county_level_city_stays_the_home(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "湛江市和廉江市召开会议，市委部署工作。")
    assert got == [("市委", "中共湛江市委员会")]


def test_the_joint_party_government_form_names_one_divisions_bodies(matcher: ZhEntityMatcher) -> None:
    # 茂名市委市政府部署 in 化州's own report: the government written right after 茂名市委 is 茂名's
    text = "化州市人民政府印发通知。化州市发展向好，化州市经济增长。认真落实茂名市委市政府部署和市委要求。"
    got = insts(matcher, text)
    assert ("市政府", "茂名市人民政府") in got and ("市委", "中共化州市委员会") in got
    assert insts(matcher, "贯彻韶关市委、市政府部署。") == [("韶关市委", "中共韶关市委员会"), ("市政府", "韶关市人民政府")]
    assert insts(matcher, "各级党委政府要重视。", "hk") == []  # a generic 党委政府 names no government


def test_social_science_academies_by_level_and_the_bare_short_form(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "佛山市召开会议，市社科院发布报告。") == [("市社科院", "佛山市社会科学院")]
    assert insts(matcher, "湖南省社科院专家出席。") == [("湖南省社科院", "湖南省社会科学院")]
    assert insts(matcher, "该县入选社科院发布的百强县榜单。") == [("社科院", "Chinese Academy of Social Sciences")]


def test_a_source_lines_publisher_is_a_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "标题 来源：清远发布 发布时间：2025-01-02") == [("清远发布", "清远发布")]
    assert insts(matcher, "文章来源:韶关科技报作者:记者 李某") == [("韶关科技报", "韶关科技报")]
    assert insts(matcher, "来源：本网 发布时间：2025-01-02") == []
    assert insts(matcher, "数据来源：抽样调查") == []  # a table's data source is no publisher line


def test_hong_kong_departments_short_names(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "房署會跟進個案，民政總署及估價署亦會配合。", "hk")
    assert got == [("房署", "Housing Department"), ("民政總署", "Home Affairs Department"),
                   ("估價署", "Rating and Valuation Department")]


def test_a_party_acting_toward_a_post_stays_a_mention(matcher: ZhEntityMatcher) -> None:
    # X向Y局局長: the party acts toward a post; the post names no body, the party is still named
    got = insts(matcher, "民建聯成員向發展局局長遞交建議書。", "hk")
    assert got == [("民建聯", "Democratic Alliance for the Betterment and Progress of Hong Kong")]
    assert insts(matcher, "交通运输部运输服务司副司长出席。") == []  # a body's unit head: a post


def test_a_reports_own_congress_session_or_mayor_in_its_first_lines_decides_its_home(matcher: ZhEntityMatcher) -> None:
    # a county-level city's report that names its prefecture often (its party congress, a leader's visit, a ranking)
    # is still its own: the first lines name its own congress session and its mayor
    text = ("政府工作报告\n——在化州市第九届人民代表大会第二次会议上\n化州市市长 某某\n各位代表:\n我代表市人民政府报告工作。"
            "落实茂名市第八次党代会精神，领导调研茂名，茂名市综合考评，为茂名发展贡献力量，在市委领导下。")
    got = insts(matcher, text)
    assert ("市人民政府", "化州市人民政府") in got and ("市委", "中共化州市委员会") in got
    assert not any("茂名" in c for _, c in got)


def test_a_bodys_chamber_or_meeting_room_is_no_place_and_names_no_body(matcher: ZhEntityMatcher) -> None:
    # a room of a body's building (the HK batches' gold lists no room): neither the room nor the body is a mention
    assert found(matcher, "特首步入立法会会议厅发言。", "hk") == []
    assert insts(matcher, "議員在立法會會議室開會，立法會通過議案。", "hk") == [("立法會", "Legislative Council")]


def test_a_chair_and_deputy_chair_written_together_are_posts(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "司長每星期與立法會內務委員會正副主席會面。", "hk") == []


def test_namely_opens_a_list_of_committees_and_is_no_part_of_the_first(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "轄下設有兩個委員會，即薪酬委員會、審計委員會。", "hk")
    assert got == [("薪酬委員會", "薪酬委員會"), ("審計委員會", "審計委員會")]


def test_a_bodys_own_committees_by_its_possessive_are_no_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "本章說明立法會如何透過其委員會運作。", "hk") == [("立法會", "Legislative Council")]


def test_a_quoted_designation_before_a_bare_office_head_is_one_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "去年成立的「海洋經濟」辦公室統籌工作。", "hk") == [("「海洋經濟」辦公室", "「海洋經濟」辦公室")]
    assert insts(matcher, "「海洋經濟」辦公室主任出席。", "hk") == []  # the office names a post


def test_a_shared_head_ending_in_a_post_title_names_posts_only(matcher: ZhEntityMatcher) -> None:
    # 甲、乙市政协主席: the chairmen of two cities' committees, two posts; no body for either city
    assert insts(matcher, "江门、珠海市政协主席在主席台就座。") == []
    got = insts(matcher, "江门、珠海市政协派员出席。")
    assert got == [("江门", "政协江门市委员会"), ("珠海市政协", "政协珠海市委员会")]


def test_military_districts_named_by_their_division_and_their_commanders_posts(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "湖南省召开会议。省委、省政府、省军区领导同志出席。")
    assert ("省军区", "湖南省军区") in got
    assert insts(matcher, "南京军区领导机关负责同志出席。") == [("南京军区", "南京军区")]
    assert insts(matcher, "湖南省军区司令员出席。") == []  # a commander's title: a post


def test_a_development_goal_before_a_kind_word_names_no_body(matcher: ZhEntityMatcher) -> None:
    # 要發展 / 打造 / 建成 + generic words + 中心: a status a place is to become (DECISIONS-zh 25), no institution
    assert insts(matcher, "澳門要發展國際科技創新中心。", "hk") == []
    assert insts(matcher, "珠海将发展国际科技创新中心，建成全球创新中心。") == []
    assert insts(matcher, "广东粤海发展集团有限公司投资。") == [("广东粤海发展集团有限公司", "广东粤海发展集团有限公司")]


def test_the_next_terms_government_is_the_government_and_a_bureaus_press_short_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "議員期望下屆政府正視問題。", "hk") == [("政府", "Hong Kong SAR Government")]
    assert insts(matcher, "新設的文體旅遊局獲撥資源。", "hk") == [("文體旅遊局", "Culture, Sports and Tourism Bureau")]


def test_study_all_proposals_is_no_research_institute(matcher: ZhEntityMatcher) -> None:
    # 研究 + 所有 ('study all'): the suffix 研究所 before 有 / 在 / 属 is no name; 研究所有关负责人 keeps the institute
    assert insts(matcher, "我們會詳細研究所有建議。", "hk") == []
    assert insts(matcher, "深圳先进技术研究所有关负责人表示。") == [("深圳先进技术研究所", "深圳先进技术研究所")]


def test_a_standing_committee_that_is_held_is_a_meeting(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "区委到各镇召开的区委常委会首站选在该镇。") == [("区委", "区委")]
    assert insts(matcher, "市委常委会召开会议研究工作。") == [("市委常委会", "市委常委会")]


def test_legco_committee_kinds_without_a_subject_are_no_names(matcher: ZhEntityMatcher) -> None:
    # 事務委員會 ('a panel') and 法案委員會 ('a bills committee') are kinds; a panel named by its subject is a body
    assert insts(matcher, "文件已送交各事務委員會及法案委員會。", "hk") == []
    assert insts(matcher, "立法會發展事務委員會討論計劃。", "hk") == [("立法會發展事務委員會", "Panel on Development")]  # the panel from the gazetteer (s15)
