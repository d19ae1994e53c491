"""suffix_zh / clause_verbs_zh (issue 14, session 27): before a company's legal form the words of its business line
(建设, 投资, 开发 … and 工程, 集团, 控股 between them) are nouns of the company's name, not the verb of a clause before
it: 华信建设集团有限公司 is one company (it was read as a bare 集团有限公司, and 华信建设有限公司 as nothing). A real verb
before the business line still ends the clause (made-up names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_construction_or_investment_company_keeps_its_whole_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "华信建设集团有限公司中标该项目。") == ["华信建设集团有限公司"]
    assert bodies(matcher, "华信建设有限公司中标该项目。") == ["华信建设有限公司"]
    assert bodies(matcher, "华信投资集团有限公司参与竞买。") == ["华信投资集团有限公司"]
    assert bodies(matcher, "华信工程建设有限公司承建。") == ["华信工程建设有限公司"]


def test_a_group_subsidiary_with_a_numeral(matcher: ZhEntityMatcher) -> None:
    assert "中冶二十三冶建设集团有限公司" in bodies(matcher, "县政府与中冶二十三冶建设集团有限公司签约。")


def test_a_verb_before_the_business_line_still_ends_the_clause(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "积极推进华信城市建设投资集团有限公司改革。") == ["华信城市建设投资集团有限公司"]
    assert bodies(matcher, "代表团来到华信建设有限公司参观。") == ["华信建设有限公司"]


def test_common_words_before_the_business_line_name_a_kind(matcher: ZhEntityMatcher) -> None:
    # a group every city forms, named by common words only (城市 + 建设集团), is a kind, no company (review S5)
    assert bodies(matcher, "加快推进城市建设集团组建工作。") == []
    assert bodies(matcher, "积极推进城市建设投资集团有限公司改革。") == []
