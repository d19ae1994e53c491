"""Chinese institutions, session 23 (second set): a company's unit written after it, central enterprises by their
short names, a periodical's masthead line, command posts named by a quoted campaign or opened by 以, and the verbs
that open a group's name (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_companys_branch_or_centre_written_after_it_is_one_unit(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "临空产业加快集聚,东航广东分公司等企业落户。")] == ["东航广东分公司"]
    assert [s for s, _ in bodies(matcher, "中船集团华南采购中心完成销售额5亿元。")] == ["中船集团华南采购中心"]
    # a company's headquarters in a city is no unit of it (a site: the place rules read it)
    got = found(matcher, "美的集团深圳总部落成。", "cn")
    assert ("美的集团深圳总部", "INSTITUTION") not in [(s, lab) for s, lab, _ in got]


def test_central_enterprises_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "国航、东航与华侨城集团签约,国家管网参与。")
    assert [c for _, c in got] == ["China National Aviation Holding", "China Eastern Air Holding",
                                   "Overseas Chinese Town Group", "China Oil & Gas Pipeline Network Corporation"]


def test_a_periodicals_masthead_line_names_it(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "2024-05-10 05:34王某\n某某之声 2024年2期\n关键词:发展") == [("某某之声", "某某之声")]
    assert bodies(matcher, "今年 2024年3期\n工作完成。") == []


def test_command_posts_named_by_their_task(matcher: ZhEntityMatcher) -> None:
    # 以 opens the task (以水兴城 'to build the city by water'), a campaign in quotes after the level
    assert [s for s, _ in bodies(matcher, "成立以水兴城建设指挥部,开展清岸行动。")] == ["以水兴城建设指挥部"]
    assert [s for s, _ in bodies(matcher, "该市率先成立市“百千万工程”指挥部及办公室。")] == ["市“百千万工程”指挥部"]
    # a quote after other words is a clause, no name
    assert bodies(matcher, "他说“要抓落实”指挥部已成立。") == []


def test_verbs_that_open_a_groups_name(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "构建起区推进某某建设领导小组、办公室、专项小组的工作架构。")
    assert [s for s, _ in got] == ["区推进某某建设领导小组"]


def test_a_districts_short_name_before_firms_is_no_company(matcher: ZhEntityMatcher) -> None:
    # the lead's probe: 顺德、南海等企业 are the firms of two districts; 香洲、斗门 likewise; 顺德家电 before 产值 an industry
    for text in ("顺德、南海等企业加快转型。", "支持香洲、斗门等企业发展。", "今年顺德家电产值增长10%。"):
        assert bodies(matcher, text) == [], text
    assert [s for s, _ in bodies(matcher, "甲机械、乙电子等企业参加。")] == ["甲机械", "乙电子"]


def test_a_ports_east_channel_is_no_airline(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "依托某州港东航道通航能力,东航增开航线。") == [("东航", "China Eastern Air Holding")]
