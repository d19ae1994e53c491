"""Chinese institutions, session 24: a laboratory, institute or centre written only in common words or an industry's
field is a kind of body; a place + 首家 / 首个 ranks a body among its kind; a task group's own last word may be a
building verb, and 领导 ('led by') opens the group it leads (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_lab_or_centre_written_in_field_words_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "新能源实验室与高校联合攻关项目获奖。") == []
    assert bodies(matcher, "区里的人工智能研究院和生物医药创新中心投入运行。") == []
    assert bodies(matcher, "该所与化学研究所合作。") == ["化学研究所"]  # one word: a discipline's institute
    assert bodies(matcher, "技师学院今年扩招。") == []
    assert bodies(matcher, "沿海智慧农业研究院成立。") == ["沿海智慧农业研究院"]  # three words: a name
    assert bodies(matcher, "推动大数据交易所挂牌。") == []


def test_a_lab_named_by_a_place_a_firm_or_a_coined_word_stays(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "河源新材料研究院获奖。") == ["河源新材料研究院"]
    assert bodies(matcher, "甲乙新材料研究院获奖。") == ["甲乙新材料研究院"]
    assert bodies(matcher, "鹏城实验室牵头攻关。") == ["鹏城实验室"]


def test_a_place_and_the_first_of_a_kind_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "该集团成为粤东首家发行公司债的县属国企。") == []
    assert bodies(matcher, "韶关首家外资银行开业。") == []


def test_a_task_group_may_end_in_a_building_verb(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "成立文化城筹划及建设工作组。", "hk") == ["文化城筹划及建设工作组"]
    assert bodies(matcher, "县里成立园区建设工作专班。") == ["园区建设工作专班"]
    assert bodies(matcher, "全力推进建设工作组织。") == []


def test_led_by_opens_the_group_it_leads(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "由副局长领导规划及发展工作组。", "hk") == ["规划及发展工作组"]


def test_a_list_holding_known_companies_lists_companies(matcher: ZhEntityMatcher) -> None:
    # two known firms are no sector words: the unknown item beside them is a company too
    assert bodies(matcher, "美的、格力、甲信等企业增资扩产。") == ["美的", "格力", "甲信"]


def test_firms_named_as_examples_after_such_as(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "吸引多家世界500强企业落户,如甲益国际、广药集团等。") == ["甲益国际", "广药集团"]
    assert bodies(matcher, "引进一批企业,如电子信息、新材料等。") == []


def test_chamber_before_members_is_merchants_and_members(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "向广大潮商会员企业家致以问候。") == []


def test_a_chambers_honorary_and_supervisory_heads_are_posts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "某市潮州商会名誉会长兼秘书长魏某出席。") == []
    assert bodies(matcher, "深圳市某县商会监事长刘某接待。") == []


def test_a_command_posts_executive_deputy_commander_is_a_post(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "市长、市防汛指挥部常务副总指挥吕某率队检查。") == []


def test_a_verb_of_greeting_takes_the_body_as_its_object(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "他致辞,祝福商会会务昌隆。") == []
    assert bodies(matcher, "祝贺汕头市潮商协会成立。") == ["汕头市潮商协会"]
