"""local_firms_zh: local companies a Mainland report names by their short form — trade name + line of business
(某某机械) or the trade name alone — in lists closed by 等 / N家 + a word for firms, in lists of projects when the item
has the company shape, and as producers (made-up names and sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_items_of_a_list_closed_by_a_word_for_firms_are_companies(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "推动岚峰机械、新禾泰重工两家企业扩大产能。") == ["岚峰机械", "新禾泰重工"]
    assert bodies(matcher, "云溪商场、百芝堂等一批连锁经营企业加快发展。") == ["云溪商场", "百芝堂"]
    assert bodies(matcher, "引进朗悦科技、汇思德等高端孵化器。") == ["朗悦科技", "汇思德"]
    # a known place that opens a trade name belongs to it (中国某某: a group's name)
    assert bodies(matcher, "与中国宏远、中国建峰等知名企业加强合作。") == ["中国宏远", "中国建峰"]


def test_sector_phrases_and_common_words_before_a_word_for_firms_are_no_names(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "支持电子信息、新材料、高端装备等龙头企业发展。") == []
    assert bodies(matcher, "推动家电、家具等传统企业转型升级。") == []
    assert bodies(matcher, "吸引顺德、南海等地企业投资。") == []  # 等地: the places firms come from


def test_items_of_a_project_list_need_the_company_shape(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "翔宇新材料、鑫越石材等项目顺利推进。") == ["翔宇新材料", "鑫越石材"]
    assert bodies(matcher, "岚峰印刷等12个项目建成投产。") == ["岚峰印刷"]
    # a phase after the company names its works (DECISIONS 19): the company stays
    assert bodies(matcher, "推进岚峰铜业二期、翠禾健康等企业增资扩产。") == ["岚峰铜业", "翠禾健康"]
    # works and phrases of common words are no companies
    assert bodies(matcher, "推进污水处理厂、垃圾焚烧发电等项目。") == []


def test_a_list_closed_by_a_verb_of_producing_needs_the_company_shape(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "元峰水产、美澜生物等陆续投产。") == ["元峰水产", "美澜生物"]
    assert bodies(matcher, "推动高校、科研院所等落户。") == []


def test_a_company_shaped_name_before_a_producers_word_acts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "推动岚田铜业产值向百亿迈进。") == ["岚田铜业"]
    assert bodies(matcher, "全市农业产值增长5%,渔业产值达3亿元。") == []


def test_a_company_that_is_a_whole_item_of_a_project_list_stays(matcher: ZhEntityMatcher) -> None:
    # the company named for its project is that company; one that opens a longer designation is not (DECISIONS 21)
    assert bodies(matcher, "比亚迪、岚峰智能等项目动工建设。") == ["比亚迪", "岚峰智能"]
    assert bodies(matcher, "比亚迪电池基地、京东方新型显示线等重大项目加快实施。") == []


def test_items_coordinated_with_a_company_in_a_project_list_are_companies(matcher: ZhEntityMatcher) -> None:
    # one item has the company shape (某某化学); the short names beside it are companies too
    assert bodies(matcher, "带动岚正源、澜斯科、粤岚化学等一批下游项目落地。") == ["岚正源", "澜斯科", "粤岚化学"]
    # a railway or a site beside a company stays a project
    assert bodies(matcher, "加快粤岚高铁、岚华能源等项目建设。") == ["岚华能源"]


def test_a_list_mostly_of_sectors_names_no_company(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "新投资落地电子电器、模具、制衣等企业7家。") == []


def test_a_company_shaped_name_that_becomes_something_acts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "2024年,岚宇新材料成为全市首家示范企业。") == ["岚宇新材料"]
    assert bodies(matcher, "现代农业成为新亮点,电子信息成为支柱产业。") == []


def test_a_joint_stock_company_by_its_legal_form(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "将市检测站改制重组为岚信国控检测股份公司并上市。") == ["岚信国控检测股份公司"]


def test_an_object_marked_by_ba_is_no_trade_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "加快把滨海园区建设成为区域创新高地。") == []


def test_enterprise_grades_sizes_and_place_words_before_a_word_for_firms_are_no_names(matcher: ZhEntityMatcher) -> None:
    # lead's note (session 22): designations, statistics thresholds, size classes and place-kind words are kinds
    assert bodies(matcher, "今年新增高新技术、专精特新等企业42家。") == []
    assert bodies(matcher, "培育规上、限上等企业18家,瞪羚、独角兽等企业加快成长。") == []
    assert bodies(matcher, "保障县城区、镇区等企业用地需求。") == []
    assert bodies(matcher, "推动大中型企业、小微企业等企业共享资源。") == []


def test_firms_listed_before_qi_ye_fa_zhan_are_companies(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "支持岚筑家居、岚利食品等优势企业发展壮大。") == ["岚筑家居", "岚利食品"]
