"""A duration that is part of a plan's name: 'the first 10-year Hospital Development Plan', 'the second 10-year HDP',
'the second ten-year plan'. An ordinal before 'N-year' counts the plans of that name, so the 'N-year' belongs to the
name (like '14th Five-Year Plan', or 第一個十年醫院發展計劃 in Chinese: changes_zh.named_plan_span) and states no
figure; a plain 'a 10-year plan' or 'the 10-year land supply target' still does. Words come from the figure lexicon
(plan_name_ordinals, plan_name_heads)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.match import Amount

_REACH = 4


def plan_name_numeral(reader: Any, amt: Amount, end: int) -> bool:
    """The adjectival 'N-year' read at `amt` (ending at token `end`) follows an ordinal and opens a plan's name: a
    plan head word within a few words, or a capitalized name or acronym right after it."""
    lex = reader.lex
    if amt.currency or amt.value_max is not None or reader.low(amt.num_idx + 1) != "-" or \
            reader.low(amt.start_idx - 1) not in lex.get("plan_name_ordinals", ()):
        return False
    nxt = reader.tok(end)
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
        return True  # 'the second 10-year HDP', 'the first 10-year Hospital Development Plan'
    heads = lex.get("plan_name_heads", ())
    for k in range(end, end + _REACH):
        t = reader.tok(k)
        if t is None or t.kind != "word":
            return False
        if t.low in heads:
            return True  # 'the second 10-year hospital development plan'
    return False
