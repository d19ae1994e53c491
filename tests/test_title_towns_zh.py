"""Session 29 (zhinst): a title a town works for or is awarded (创建“广东省卫生镇”, 全国重点镇) is no town, so it never
becomes the home town that a bare 镇政府 / 镇党委 is read as, however often the text repeats the title (sentences are
made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found

TEXT = ("溪口：召开创建“广东省卫生镇”动员会\n"
        "5月8日，溪口镇创建“广东省卫生镇”动员会召开。会议要求各村全力推进“广东省卫生镇”创建工作。"
        "镇政府将加大投入，确保溪口镇成功创建“广东省卫生镇”。")


def test_a_towns_title_is_not_the_home_town_of_its_bare_government(matcher: ZhEntityMatcher) -> None:
    canon = [c for s, lab, c in found(matcher, TEXT, "cn") if s == "镇政府"]
    assert canon == ["溪口镇人民政府"]


def test_the_town_itself_still_names_its_government(matcher: ZhEntityMatcher) -> None:
    text = "5月8日，溪口镇召开会议。镇政府将加大投入。"
    assert [c for s, lab, c in found(matcher, text, "cn") if s == "镇政府"] == ["溪口镇人民政府"]
