"""entities_zh: 本會 ('this Council') in a Hong Kong text that names the Legislative Council is the Council (lead's
ruling, session 14), and a verb of thanks before a post leaves the body before it (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_this_council_in_a_text_that_names_the_legislative_council(matcher: ZhEntityMatcher) -> None:
    # 本會 in a Hong Kong text that names 立法會 (Hansard, a Budget speech, a LegCo paper) is the Council itself
    got = insts(matcher, "主席:我謹動議本會感謝財政司司長。立法會議員其後發言。")
    assert ("本會", "Legislative Council") in got
    assert ("本会", "Legislative Council") in insts(matcher, "本会今日通过议案，立法会秘书处发出通告。")
    # without 立法會 in the text 本會 is any association speaking of itself; 本會議 is 'this meeting'
    assert insts(matcher, "本會歡迎財政預算案的紓困措施。") == []
    assert not any(s.startswith("本會") for s, _ in insts(matcher, "立法會今日開會，本會議由主席主持。"))
    assert not any(s == "本会" for s, _ in insts(matcher, "本会感谢立法会议员的支持。", "cn"))


def test_a_verb_of_thanks_before_a_post_leaves_the_body_that_thanks(matcher: ZhEntityMatcher) -> None:
    # 感謝財政司司長: the post is the verb's object, not a unit of the body before the verb (交通部運輸司司長 is)
    got = insts(matcher, "立法會感謝財政司司長的努力。")
    assert ("立法會", "Legislative Council") in got
