"""Session 29 (zhplfp): a place written only inside the title of a document a notice issues (关于印发某市…工作方案的通知),
of a body's opinion (某某关于推动某区…的意见, wrapped over two lines) or on the issued document's own heading line names
the document, no place; the same place in the text's sentences, a headline where the place acts and a report heard by
a meeting stay (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_an_issued_plans_title(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "江门市人民政府办公厅关于印发江门市贯彻落实《某某规划》工作方案的通知") == []


def test_the_heading_line_repeats_the_title_and_the_sentence_keeps_the_place(matcher: ZhEntityMatcher) -> None:
    text = ("江门市人民政府办公厅关于印发江门市贯彻落实《某某规划》工作方案\n"
            "江门市贯彻落实《某某规划》工作方案\n为贯彻落实规划,发挥江门市的作用,制定本方案。")
    assert places(matcher, text) == ["江门市"]


def test_a_wrapped_opinion_title(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "国务院关于推动广西高质量发展\n奋力书写新篇章的意见\n支持广西加快发展。") == ["广西"]


def test_a_headline_where_the_place_acts_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "广州市出台实施方案") == ["广州市"]
    assert places(matcher, "广州市、深圳市等地出台实施方案") == ["广州市", "深圳市"]


def test_a_report_heard_by_a_meeting_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "会议审议了关于江门市2024年预算执行情况的报告。") == ["江门市"]


def test_a_long_title_line_joined_to_the_next(matcher: ZhEntityMatcher) -> None:
    # a page title that stops at the issued plan's head, its line long enough to be joined to the next line
    text = ("粤办发〔2020〕9号 江门市人民政府办公厅关于印发江门市贯彻落实《某某地区发展规划》工作方案\n"
            "江门市人民政府办公厅关于印发江门市贯彻落实《某某地区发展规划》工作方案\n各县(市、区)人民政府:\n"
            "江门市贯彻落实《某某地区发展规划》工作方案\n为贯彻落实规划,发挥江门市的作用,制定本方案。")
    assert places(matcher, text) == ["江门市"]


def test_a_notice_asking_a_city_is_a_clause(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "省政府印发通知要求广州加快编制规划。") == ["广州"]
