"""Chinese institutions, session 24: outlets in dated bracketed dispatches, in a news page's timestamp line and joined by
a dash, periodicals and papers named by their mastheads in title marks, RTHK as 港台 in Hong Kong texts; the Hong Kong
Government after a time or a verb of saying, and as the owner of its revenue and spending (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_dated_bracketed_dispatch_names_its_outlet(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "【某某人2031年1月2日訊】市長週三出席會議。", "hk") == [("某某人", "某某人")]
    assert bodies(matcher, "【某某观察3月4日讯】会议开幕。") == [("某某观察", "某某观察")]
    assert bodies(matcher, "【快讯】会议开幕。") == []


def test_a_news_pages_timestamp_line_names_its_source(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "http://www.example.com.cn 2031年02月23日10:03 某洋网-某城日报\n\n  会议开幕。")
    assert [s for s, _ in got] == ["某洋网", "某城日报"]
    assert [s for s, _ in bodies(matcher, "2031年05月25日 16:11 某城日报\n\n会议开幕。")] == ["某城日报"]
    # a person's name or a column after the time names no outlet
    assert bodies(matcher, "2031-05-10 05:34李某明\n\n会议开幕。") == []


def test_a_dash_joins_a_portal_and_its_paper_in_a_source_line(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "来源:某城日报-某洋网\n\n会议开幕。")] == ["某城日报", "某洋网"]
    assert [s for s, _ in bodies(matcher, "来源:某洋网-港澳频道\n\n会议开幕。")] == ["某洋网"]


def test_a_font_size_field_ends_the_source(matcher: ZhEntityMatcher) -> None:
    # the spaces between Chinese words are gone once a page's lines are unwrapped (来源:某网大字体小字体)
    assert bodies(matcher, "来源:某网大字体小字体 扫码带走\n\n会议开幕。") == [("某网", "某网")]


def test_mastheads_in_title_marks(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "《某方》杂志记者带你走进画中。") == [("某方", "某方杂志")]
    assert bodies(matcher, "他在《某是》雜誌發表了文章。", "hk") == [("某是", "某是杂志")]
    # a known paper's short masthead before a reporting word; a plan or a book in title marks is no outlet
    assert bodies(matcher, "根據《星島》統計，議題最為集中。", "hk") == [("星島", "Sing Tao Daily")]
    assert bodies(matcher, "《某某规划》提出目标，《某书》统计数字。") == []


def test_rthk_by_its_short_name_only_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "司長日前出席港台節目。", "hk") == [("港台", "Radio Television Hong Kong")]
    assert bodies(matcher, "港台兩地的明星演出。", "hk") == []
    assert bodies(matcher, "多位港台节目主持人来访。", "cn") == []


def test_the_government_after_a_time_or_a_verb_of_saying(matcher: ZhEntityMatcher) -> None:
    hk = "Hong Kong SAR Government"
    assert bodies(matcher, "預測未計及未來四年政府可能推出的措施。", "hk") == [("政府", hk)]
    assert bodies(matcher, "局方表示，過去三年政府已收回土地。", "hk") == [("政府", hk)]
    assert bodies(matcher, "他说政府会推出新措施。", "hk") == [("政府", hk)]
    assert bodies(matcher, "如果這個政府不懂面對問題。", "hk") == [("政府", hk)]
    # a provisional government is a body of its own; a year before the work report names the document
    assert bodies(matcher, "某國臨時政府成立。", "hk") == []
    assert bodies(matcher, "2031年政府工作报告", "hk") == []


def test_the_government_as_owner_of_its_revenue_and_spending(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "希望社會更留心政府整體收支情况。", "hk") == []
    assert bodies(matcher, "這些措施只佔政府小部分支出。", "hk") == []
    assert bodies(matcher, "期望外界可更關心政府整體情况。", "hk") == []


def test_a_special_dispatch_names_a_short_paper(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "【明報專訊】財委會昨日舉行會議。", "hk")[0] == ("明報", "Ming Pao")
    assert bodies(matcher, "【某某报专讯】会议开幕。") == [("某某报", "某某报")]


def test_a_source_label_after_a_byline_fields_name(matcher: ZhEntityMatcher) -> None:
    # 作者:某某 来源:… once the page's line is unwrapped (no space between the name and the label)
    assert bodies(matcher, "作者:丽丽来源:某业电台 2031-11-08 13:46:44\n\n会议开幕。") == [("某业电台", "某业电台")]
    assert bodies(matcher, "他的收入来源:工资\n\n会议开幕。") == []


def test_panels_passed_through_are_no_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "項目經過事務委員會等討論流程。", "hk") == []
    assert [s for s, _ in bodies(matcher, "經過園藝事務委員會討論。", "hk")] == ["園藝事務委員會"]


def test_the_committee_stage_names_no_committee(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "預算案的審議今日進入全體委員會階段。", "hk") == []


def test_a_country_before_its_own_national_body_or_region(matcher: ZhEntityMatcher) -> None:
    places = lambda t, loc="hk": [s for s, lab, _ in found(matcher, t, loc) if lab == "PLACE"]
    assert places("中國全國人大常委會作出決定。") == []
    assert places("中华人民共和国国务院发布通知。", "cn") == []
    assert places("中華人民共和國香港特別行政區政府") == []
    assert "中華人民共和國" not in places("他們來自中華人民共和國香港特別行政區。")
    assert places("中國經濟持續增長。") == ["中國"]


def test_the_papers_own_dispatch_from_a_place_names_no_outlet(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "本报某城4月15日讯(记者 某某) 会议开幕。") == []


def test_an_account_quoted_before_its_platform(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "據「某某發布」微信公眾號發布，省長作報告。", "hk") == [("某某發布", "某某發布")]
    assert bodies(matcher, "他提出“某某计划”的建议。") == []


def test_a_photo_credit_closing_a_caption_names_the_outlet(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "会议现场。某方+记者 某某某 摄\n\n会议开幕。") == [("某方+", "某方+")]
    assert bodies(matcher, "会议现场。本报记者 某某某 摄\n\n会议开幕。") == []


def test_an_outlets_header_line_with_its_latin_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "某洲华语广播电台 Radio Mandarin Somewhere\n\n会议开幕。") == [("某洲华语广播电台", "某洲华语广播电台")]


def test_the_legco_complex_by_its_short_name_is_one_place(matcher: ZhEntityMatcher) -> None:
    got = {c for s, lab, c in found(matcher, "參觀立法會大樓，熟悉立法會綜合大樓的設施。", "hk") if lab == "PLACE"}
    assert got == {"Legislative Council Complex"}


def test_hong_kong_bodies_from_their_own_sites(matcher: ZhEntityMatcher) -> None:
    got = dict(bodies(matcher, "政府成立了弘揚中華文化辦公室，並與香港學界體育聯會合作；職工盟表示反對。", "hk"))
    assert got["弘揚中華文化辦公室"] == "Chinese Culture Promotion Office"
    assert got["香港學界體育聯會"] == "Hong Kong Schools Sports Federation"
    assert got["職工盟"] == "Hong Kong Confederation of Trade Unions"
