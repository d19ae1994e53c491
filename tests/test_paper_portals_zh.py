"""entities_zh (issue 14, session 25): a byline that joins a paper and its portal or app with a middle dot names both
outlets (文/某某日报·某某记者), and so does a source line that names a paper, a space and a site (来源：某某日报 某某网).
Made-up outlets."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_paper_and_its_app_in_a_byline(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "文/江北日报·新江北记者:张三 见习记者 李四") == ["江北日报", "新江北"]
    assert bodies(matcher, "江北日报·新江北编辑:王五") == ["江北日报", "新江北"]


def test_a_paper_and_its_site_after_a_space_on_a_source_line(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "来源：江北日报 江北网") == ["江北日报", "江北网"]


def test_a_date_after_the_paper_names_no_second_outlet(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "来源：江北日报 2024-01-01") == ["江北日报"]
    assert bodies(matcher, "来源：江北日报 作者：张三") == ["江北日报"]


def test_an_edition_after_the_dot_is_no_outlet(matcher: ZhEntityMatcher) -> None:
    # review S6 (session 25): 海外版 / 周刊 is the paper's edition, the paper alone is named
    assert bodies(matcher, "（江北日报·海外版记者 张三）") == ["江北日报"]
    assert bodies(matcher, "（江北日报·周刊编辑 李四）") == ["江北日报"]
    assert bodies(matcher, "（人民日报·海外版记者 张某）") == ["人民日报"]
