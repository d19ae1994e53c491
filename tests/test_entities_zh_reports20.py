"""entities_zh: a body that only names a work report as its author gives no row (某某法院工作报告: the lead's ruling,
session 15); verbs of saying before an unknown body are no part of its name (指出某某工作组); the short forms and
bylines of bodies and outlets the gazetteers lacked (國安公署, 海合會, 外交部特派員公署, 海外网, 匯港通訊, 大公文匯全媒體)
— made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_body_before_work_report_names_the_document(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "会议听取了某某市中级人民法院工作报告和某某市人民检察院工作报告。") == []
    got = insts(matcher, "市中级人民法院依法审结案件三千件。")
    assert [s for s, _ in got] == ["市中级人民法院"]


def test_a_verb_of_saying_is_no_part_of_the_body_after_it(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "他又指出海濱推廣工作組會在月底提交報告。", "hk")
    assert [s for s, _ in got] == ["海濱推廣工作組"]
    assert insts(matcher, "她強調大學的研究應配合社會需要。", "hk") == []  # the subject and her verb, then 'universities'


def test_short_forms_and_bylines_the_gazetteers_lacked(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "當局強調國安公署依法履行職責,並與海合會成員國加強合作。", "hk")
    assert [c for _, c in got] == ["Office for Safeguarding National Security of the Central People's Government in the HKSAR",
                                   "Gulf Cooperation Council"]
    got = insts(matcher, "特首到访外交部驻香港特派员公署。", "hk")
    assert [c for _, c in got] == ["Office of the Commissioner of the Ministry of Foreign Affairs in the HKSAR"]
    assert [c for _, c in insts(matcher, "海外网5月3日电 记者从有关方面获悉。")] == ["Haiwainet"]
    assert [c for _, c in insts(matcher, "<匯港通訊> 恒指今早高開。", "hk")] == ["Infocast News"]
    assert [c for _, c in insts(matcher, "据香港大公文汇全媒体报道,展览今日开幕。", "hk")] == ["Ta Kung Wen Wei Media Group"]


def test_a_permanent_secretarys_short_title_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "政府宣布陳大文出任特首辦常秘。", "hk") == [("政府", "Hong Kong SAR Government")]


def test_a_congress_standing_committee_with_its_term_is_the_divisions(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "我代表湖南省第十三届人民代表大会常务委员会,向大会报告工作。")
    assert got == [("湖南省第十三届人民代表大会常务委员会", "湖南省人民代表大会常务委员会")]
    assert insts(matcher, "湖南省第十三届人民代表大会第五次会议开幕。") == []  # a session, an event


def test_an_agencys_byline_in_title_marks_names_the_agency(matcher: ZhEntityMatcher) -> None:
    assert [c for _, c in insts(matcher, "港股今日高開。\n《經濟通通訊社3日專訊》", "hk")] == ["ETNet"]
    assert insts(matcher, "他推介《經濟通通訊社報道選集》一書。", "hk") == []  # a book's title, no byline


def test_outlets_and_a_subsidiary_the_gazetteers_lacked(matcher: ZhEntityMatcher) -> None:
    assert [c for _, c in insts(matcher, "来源:紫荆网", "hk")] == ["Bauhinia Net"]
    assert [c for _, c in insts(matcher, "来源:新浪财经")] == ["Sina Finance"]
    assert [c for _, c in insts(matcher, "按證保險公司表示,申請期延長一年。", "hk")] == ["HKMC Insurance Limited"]


def test_the_chief_executives_title_after_the_government_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "香港特区政府行政长官某某今日出席论坛。", "hk") == []
    assert insts(matcher, "行政長官表示,政府會研究。", "hk") == [("政府", "Hong Kong SAR Government")]
    # only after a government: a source line glued to the next sentence keeps its paper
    assert [c for _, c in insts(matcher, "來源:香港商報網行政長官今日表示。", "hk")] == ["Hong Kong Commercial Daily"]
