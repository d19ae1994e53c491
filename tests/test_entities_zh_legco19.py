"""entities_zh: the Legislative Council's standing committees (its Rules of Procedure: Finance Committee, House
Committee, Public Accounts Committee, Committee on Rules of Procedure, Committee on Members' Interests, the Committee of
the whole Council) by their Chinese names; the bare ones only in a Hong Kong text (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_bare_standing_committee_name_in_a_hong_kong_text_is_the_councils(matcher: ZhEntityMatcher) -> None:
    # the known name wins over an unknown one glued to the verb or noun before it (说明 + 财务委员会, 交付 + 全體委員會)
    assert insts(matcher, "本章亦会说明财务委员会的职能。") == [("财务委员会", "Finance Committee of the Legislative Council")]
    assert insts(matcher, "撥款法案一經二讀,即告交付全體委員會。") == [("全體委員會", "Committee of the whole Council")]
    assert insts(matcher, "內務委員會今日舉行會議。") == [("內務委員會", "House Committee")]
    assert insts(matcher, "當局年內會推出新計劃。") == []  # 年內 + 會 ("will within the year"), no 內會
    assert insts(matcher, "審計報告交由政府帳目委員會研究。") == [("政府帳目委員會", "Public Accounts Committee")]
    assert insts(matcher, "修訂由議事規則委員會提出。") == [("議事規則委員會", "Committee on Rules of Procedure")]


def test_a_bare_finance_committee_elsewhere_is_no_legislative_councils(matcher: ZhEntityMatcher) -> None:
    assert not any("Legislative Council" in c for _, c in insts(matcher, "公司财务委员会审批开支。", "cn"))


def test_a_demonstrative_follows_the_defined_short_form_to_its_body(matcher: ZhEntityMatcher) -> None:
    # 財務委員會(下稱「委員會」) … 該委員會: the demonstrative names the committee the short form was defined for
    text = "立法會財務委員會的會議程序。財務委員會(下稱「委員會」)是立法會屬下的常設委員會。該委員會的職能包括審核開支預算。"
    got = insts(matcher, text)
    assert ("該委員會", "Finance Committee of the Legislative Council") in got
    assert not any(c == "委員會" for _, c in got)
