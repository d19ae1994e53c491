"""entities_zh: Hong Kong bodies as HK texts write them — short forms after 自, former heads' titles, a
government's own department written after it, district councils written with 區 twice, venues where something
is held, and parties, bus companies and statutory bodies the gazetteer lacked (made-up sentences; each states
the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def places(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "PLACE"]


@pytest.mark.parametrize("text", ["《報告》中大量篇幅談及房屋。", "《計劃》中大幅增加名額。"])
def test_cuhk_short_name_is_no_name_inside_a_word(matcher: ZhEntityMatcher, text: str) -> None:
    # 中大 is CUHK only as a word of its own: 中 + 大量 ('in … a large amount'), 中 + 大幅 are not
    assert institutions(matcher, text) == []


def test_since_ends_the_word_before_a_short_body_name(matcher: ZhEntityMatcher) -> None:
    # 自 ('since') + 創科局: the bureau's short name has its boundary
    assert institutions(matcher, "自創科局成立以來,工作已上軌道。") == [
        ("創科局", "Innovation, Technology and Industry Bureau")]


@pytest.mark.parametrize("text", ["運輸及房屋局前局長出席論壇。", "民政事務總署署理署長表示歡迎。"])
def test_a_former_or_acting_heads_title_is_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    # 前局長 ('former Secretary'), 署理署長 ('acting Director'): a post; the body before it is no mention
    assert institutions(matcher, text) == []


def test_a_verb_starting_with_a_suffix_character_ends_no_name(matcher: ZhEntityMatcher) -> None:
    # 處 in 處理 ('handle') is no one-character suffix: 廣州 + 機關有責任妥善處 is no body
    assert institutions(matcher, "廣州機關有責任妥善處理。") == []


def test_a_venue_after_zai_is_where_something_is_held(matcher: ZhEntityMatcher) -> None:
    # 在 X 和 Y 舉辦: the venues are places, not bodies that act
    assert places(matcher, "多項活動將在會展中心和亞洲國際博覽館舉辦。") == [
        ("會展中心", "Hong Kong Convention and Exhibition Centre"), ("亞洲國際博覽館", "AsiaWorld-Expo")]
    assert institutions(matcher, "多項活動將在會展中心和亞洲國際博覽館舉辦。") == []


def test_a_venue_that_holds_something_still_acts(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "亞洲國際博覽館舉辦了大型展覽。") == [("亞洲國際博覽館", "AsiaWorld-Expo")]


@pytest.mark.parametrize(("text", "name"), [("沙田區區議會通過動議。", "沙田區區議會"),
                                            ("東區區議會今日開會。", "東區區議會")])
def test_a_district_written_with_qu_then_its_council_is_one_body(matcher: ZhEntityMatcher, text: str,
                                                                 name: str) -> None:
    # 沙田區區議會 is the Sha Tin District Council (as 沙田區議會), not Sha Tin and the District Councils
    assert institutions(matcher, text) == [(name, name)]
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("香港特區政府新聞處今日公布。", [("新聞處", "Information Services Department")]),
    ("香港特區政府律政司昨日宣布。", [("律政司", "Department of Justice")]),
    ("香港特區政府統計處發表數字。", [("統計處", "Census and Statistics Department")]),
])
def test_a_governments_own_department_written_after_it_is_that_department(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    # the government's name before its department qualifies it; 統計處 after 政府 is 政府統計處
    assert institutions(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("社民連和街工發表聲明。", [("社民連", "League of Social Democrats"),
                               ("街工", "Neighbourhood and Worker's Service Centre")]),
    ("公民黨今日舉行記者會。", [("公民黨", "Civic Party")]),
    ("城巴宣布加價。", [("城巴", "Citybus Limited")]),
    ("魚類統營處和蔬菜統營處", [("魚類統營處", "Fish Marketing Organization"),
                              ("蔬菜統營處", "Vegetable Marketing Organization")]),
    ("製衣業訓練局開辦課程。", [("製衣業訓練局", "Clothing Industry Training Authority")]),
    ("政府已邀請港科院研究。", [("政府", "Hong Kong SAR Government"), ("港科院", "Hong Kong Academy of Sciences")]),
    ("撥款予西九管理局和體院。", [("西九管理局", "West Kowloon Cultural District Authority"),
                                ("體院", "Hong Kong Sports Institute")]),
])
def test_hong_kong_parties_bus_companies_and_statutory_bodies(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert institutions(matcher, text) == expected


def test_new_buses_are_no_bus_company(matcher: ZhEntityMatcher) -> None:
    # 新巴 (New World First Bus) is no name in 新巴士 ('new buses')
    assert institutions(matcher, "公司將購置新巴士。") == []


def test_a_fused_post_before_a_working_group_leaves_the_groups_own_name(matcher: ZhEntityMatcher) -> None:
    # 財政司長 is the Financial Secretary's title written short: the group's name starts after 長
    assert institutions(matcher, "財政司長土地規劃工作組已開會。") == [("土地規劃工作組", "土地規劃工作組")]


def test_each_of_a_bodys_committees_is_no_name(matcher: ZhEntityMatcher) -> None:
    # 各 ('each') before a committee's head counts the body's committees: only the body is named
    assert institutions(matcher, "政府已諮詢立法會各事務委員會。") == [
        ("政府", "Hong Kong SAR Government"), ("立法會", "Legislative Council")]


def test_a_departments_staff_fund_names_no_department(matcher: ZhEntityMatcher) -> None:
    # a fund for a department's staff or their children is a fund (DECISIONS 28), and the department in its name
    # is no mention of its own
    assert institutions(matcher, "消防處人員子女教育信託基金年報") == []


@pytest.mark.parametrize(("text", "name"), [
    ("《2031年船舶(修訂)條例草案》委員會報告", "《2031年船舶(修訂)條例草案》委員會"),
    ("《某某(費用)規例》小組委員會已完成研究。", "《某某(費用)規例》小組委員會"),
])
def test_a_committee_named_by_its_bill_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    # LegCo names a Bills Committee by its bill's quoted title: title + 委員會 is the committee
    assert institutions(matcher, text) == [(name, name)]


@pytest.mark.parametrize("text", ["出席人員:水務署高級工程師/康樂及文化事務署總行政主任(策劃)", "渠務署總工程師(污水工程)出席會議。"])
def test_a_civil_service_rank_after_a_department_is_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    # attendance lists name officers by department + grade (總工程師, 高級工程師, 總行政主任): posts, no body
    assert institutions(matcher, text) == []


def test_two_fields_joined_by_ji_name_a_committee_even_in_common_words(matcher: ZhEntityMatcher) -> None:
    # 創新及科技 + 諮詢委員會: the fields a Hong Kong committee is named by may be common words; joined by 及 they
    # make its name (a kind of committee would be written without the pair: 成立諮詢委員會)
    assert institutions(matcher, "交由金融及科技諮詢委員會研究。") == [("金融及科技諮詢委員會", "金融及科技諮詢委員會")]


@pytest.mark.parametrize("text", ["香港經濟正處於轉型期。", "該區發展正處於關鍵階段。"])
def test_chu_yu_is_a_verb_not_a_suffix(matcher: ZhEntityMatcher, text: str) -> None:
    # 處於 ('be in'): 處 ends no name even though the scan's run stops at 於
    assert institutions(matcher, text) == []


def test_being_awarded_a_title_names_no_university(matcher: ZhEntityMatcher) -> None:
    # 獲頒大學名銜 ('was granted university title'): the verb takes 大學 as its object
    assert institutions(matcher, "該學院於2001年獲頒大學名銜。") == []


def test_a_predecessor_is_the_same_body_under_its_old_name(matcher: ZhEntityMatcher) -> None:
    # X的前身(是)Y: Y is X's old name, one body (DECISIONS-zh 26)
    got = institutions(matcher, "香港都會大學的前身是香港公開大學。")
    assert {c for _, c in got} == {"Hong Kong Metropolitan University"}


def test_hkmu_short_name_needs_a_boundary(matcher: ZhEntityMatcher) -> None:
    # 都大 is HKMU after a boundary; 首都大學 and 都大幅 ('all … greatly') are other words
    assert institutions(matcher, "首都大學代表團到訪,各項收入都大幅增加。") == []
    assert institutions(matcher, "都大的學生表示歡迎。") == [("都大", "Hong Kong Metropolitan University")]


@pytest.mark.parametrize(("text", "name"), [("衞生署衞生防護中心今日公布。", "衞生署衞生防護中心"),
                                            ("食物環境衞生署食物安全中心呼籲市民。", "食物環境衞生署食物安全中心")])
def test_a_departments_centre_written_after_it_is_its_unit(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    # a department + the name of a centre it runs, with no break, names the centre (the unit), as 部/司/處 units do
    assert institutions(matcher, text) == [(name, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ("【識港網訊】特區政府今日宣布。", [("識港網", "MeetingHK"), ("特區政府", "Hong Kong SAR Government")]),
    ("據巴士的報報道,新城電台亦有報道。", [("巴士的報", "Bastille Post"), ("新城電台", "Metro Broadcast Corporation")]),
])
def test_hong_kong_news_outlets_in_bylines(matcher: ZhEntityMatcher, text: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert institutions(matcher, text) == expected


def test_economic_inflation_names_no_outlet(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "本港經濟通脹壓力減輕。") == []


def test_a_quoted_body_defined_by_a_quoted_short_form_is_one_body(matcher: ZhEntityMatcher) -> None:
    # 「X」(「Y」): the name and its short form both in quotes define one body, as X(「Y」) does
    got = institutions(matcher, "政府成立「海濱發展督導組」(「督導組」),「督導組」由司長主持。")
    assert {c for s, c in got if s != "政府"} == {"海濱發展督導組"}


def test_a_quoted_body_before_a_post_title_is_the_post(matcher: ZhEntityMatcher) -> None:
    # 出任「X委員會」主席 ('become the chairman of X'): the post's title, as X委員會主席 is
    assert institutions(matcher, "他已同意出任「海濱發展委員會」主席。") == []


def test_the_mortgage_corporation_by_its_short_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "按揭證券公司推出新計劃。") == [
        ("按揭證券公司", "Hong Kong Mortgage Corporation Limited")]
