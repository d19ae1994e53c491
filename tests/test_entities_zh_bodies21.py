"""entities_zh (session 16): a national body's regional branch (某总署某省分署, 中科院某市分院) is one body; a
division's government before its head's title and a court before a judge's are posts; a committee described only by
its kind (獨立調查委員會) names no body, nor does 局 in 局面; LegCo's Finance Committee subcommittees and two Hong
Kong parties by their Chinese names; a task force (工作专班) named by its task; a troupe (剧团); a people's congress
written with its term; a file reference's bureau code — made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_national_bodys_regional_branch_is_one_body(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in insts(matcher, "海关总署四川分署与成都海关联合开展检查。")] == ["海关总署四川分署", "成都海关"]
    assert [s for s, _ in insts(matcher, "中科院武汉分院与当地高校共建平台。")] == ["中科院武汉分院"]
    assert insts(matcher, "成员:李某 中科院武汉分院院长") == []  # the branch's head's post: no academy named


def test_a_government_before_its_heads_title_and_a_court_before_a_judges_are_posts(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "列席人员包括县政府副县长和市政府副市长。") == []
    assert insts(matcher, "由終審法院 前非常任法官陳某主持。", "hk") == []
    assert [s for s, _ in insts(matcher, "終審法院首席法官表示,終審法院下月開庭。", "hk")] == ["終審法院"]


def test_a_committee_named_only_by_its_kind_is_no_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "事件交由獨立法定調查委員會跟進,須待專責委員會完成報告。", "hk") == []
    got = insts(matcher, "立法會調查某某工程延誤專責委員會今日開會。", "hk")
    assert [s for s, _ in got] == ["立法會調查某某工程延誤專責委員會"]  # named by its task: a name


def test_ju_in_jumian_ends_no_bureau(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "深圳迎来良好发展局面,合作呈现崭新局势。") == []


def test_finance_committee_subcommittees_and_parties_by_chinese_names(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "工務小組昨日通過撥款,人事編制小組委員會下周再議。", "hk")
    assert [c for _, c in got] == ["Public Works Subcommittee", "Establishment Subcommittee"]
    got = insts(matcher, "人民力量和工黨議員反對撥款。", "hk")
    assert [c for _, c in got][:2] == ["People Power", "Labour Party (Hong Kong)"]
    assert [c for _, c in insts(matcher, "【now新聞台】議員今日開會。", "hk")] == ["Now News"]


def test_a_task_force_is_named_by_its_task(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "省政府决定成立某省支持某市扩大开放综合试点工作专班。")
    assert [s for s, _ in got][-1] == "某省支持某市扩大开放综合试点工作专班"
    assert [s for s, _ in insts(matcher, "名单由省商务厅以工作专班办公室名义印发。")] == ["省商务厅"]


def test_a_troupe_and_an_advisory_council_are_bodies(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in insts(matcher, "茂名市粤剧团新编剧目获得金奖。")] == ["茂名市粤剧团"]
    got = insts(matcher, "特区政府宣布成立行政长官青年发展顾问团。", "hk")
    assert [s for s, _ in got][-1] == "行政长官青年发展顾问团"


def test_a_congress_written_with_its_term_is_the_divisions_congress(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "茂名市第九届人民代表大会共有代表300人。") == [("茂名市第九届人民代表大会", "茂名市人民代表大会")]
    assert insts(matcher, "茂名市第九届人民代表大会第二次会议开幕。") == []  # a session, an event


def test_a_file_references_bureau_code_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "檔號: THB(T)CR 1/2/3", "hk") == []
    assert [c for _, c in insts(matcher, "THB表示會跟進。", "hk")] == ["Transport and Housing Bureau"]


def test_hong_kongs_office_abroad_is_named_as_an_embassy_is(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in insts(matcher, "他出席特區政府駐曼谷經貿辦事處的開幕。", "hk")] == ["特區政府駐曼谷經貿辦事處"]
    assert [s for s, _ in insts(matcher, "香港駐東京經濟貿易辦事處主辦研討會。", "hk")] == ["香港駐東京經濟貿易辦事處"]
    assert [s for s, _ in insts(matcher, "日本政府表示關注。", "hk")] == ["日本政府"]  # a country's government stays


def test_the_highways_departments_railway_office(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "政府因應鐵路拓展處的工作量增加人手。", "hk")
    assert [c for _, c in got] == ["Hong Kong SAR Government", "Railway Development Office"]


def test_a_count_or_a_modal_before_a_bare_committee_head_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "政府委任了二十名委員會成員,他們將能加強委員會的工作。", "hk")[:1] == [("政府", "Hong Kong SAR Government")]
    assert len(insts(matcher, "政府委任了二十名委員會成員,他們將能加強委員會的工作。", "hk")) == 1


def test_former_heads_titles_and_grades_are_posts(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "出席者包括東華三院前任主席。", "hk") == []
    assert insts(matcher, "他曾任規劃署助理城市規劃師,後任律政司法律政策專員。", "hk") == []


def test_bodies_the_gazetteers_lacked_by_their_chinese_names(matcher: ZhEntityMatcher) -> None:
    assert [c for _, c in insts(matcher, "特首政策組會協助特首制定政策。", "hk")] == ["Chief Executive's Policy Unit"]
    assert [c for _, c in insts(matcher, "立法會財委會今日通過撥款。", "hk")] == ["Finance Committee of the Legislative Council"]
    assert [s for s, _ in insts(matcher, "市委、廣州警備區領導同志出席。")][-1:] == ["廣州警備區"]


def test_a_bureaus_district_branch_is_one_body(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "有关问题请径向市规划和自然资源局番禺区分局反映。")
    assert [s for s, _ in got] == ["市规划和自然资源局番禺区分局"]


def test_a_decree_number_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "根据《某市城市更新办法》(某市人民政府令第12号)制定本意见。") == []
    assert insts(matcher, "依照广东省人民政府令第 250 号执行。") == []


def test_hong_kong_offices_and_authorities_by_their_chinese_names(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "展覽由古物古蹟辦事處籌劃,物業管理業監管局亦有參與。", "hk")
    assert [c for _, c in got] == ["Antiquities and Monuments Office", "Property Management Services Authority"]
