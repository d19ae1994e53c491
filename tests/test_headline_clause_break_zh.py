"""An ideographic space between two Chinese characters inside a line is a headline's clause break (news titles set
their clauses apart with it): folding keeps it and the Chinese reader does not join across it, so no name runs from
one clause into the next (zhinsthk, session 25; made-up headlines)."""

from __future__ import annotations

import pipeline
from pipeline.textfold import fold


def bodies(text: str) -> list[tuple[str, str]]:
    return [(i.text, i.canonical) for i in pipeline.extract_text(text).institutions]


def test_fold_keeps_the_clause_break_between_characters() -> None:
    assert fold("某會捐款　建新中心") == "某會捐款　建新中心"
    # elsewhere the ideographic space is still a space: before a digit, after Latin, doubled
    assert fold("ＨＫ　３億元") == "HK 3億元"
    assert fold("項目　2031年") == "項目 2031年"
    assert fold("甲　　乙") == "甲  乙"


def test_a_name_does_not_run_across_a_headline_clause_break() -> None:
    text = "# 某基金捐款港大醫學院　建兒科研究中心\n\n港大醫學院昨日宣布消息。"
    cut = text.index("\u3000")
    r = pipeline.extract_text(text)
    assert not [i.text for i in r.institutions if i.start <= cut < i.end]  # (the old reading: 港大醫學院　建兒科研究中心)
    assert [i.text for i in r.institutions if i.end <= cut] == ["港大醫學院"]


def test_a_body_after_the_clause_break_is_read() -> None:
    got = bodies("# 一連五日展出國安物品　警務處首日登場\n\n多個部門發布影片。")
    assert ("警務處", "Hong Kong Police Force") in got


def test_a_space_padding_a_name_before_its_kind_word_is_no_clause_break() -> None:
    # a form's cell or a justified line pads a body's name before its kind word: the name is read whole
    assert fold("主办单位：某市　人民政府") == "主办单位：某市 人民政府"
    assert fold("某區科技園　公司") == "某區科技園 公司"
    assert fold("某會捐款　建新中心") == "某會捐款　建新中心"
    got = bodies("主办单位：深圳市　人民政府\n")
    assert [t for t, _ in got] == ["深圳市\u3000人民政府"]
