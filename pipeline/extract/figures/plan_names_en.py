"""A duration that is part of a plan's name: 'the first 10-year Hospital Development Plan', 'the second 10-year HDP',
'the second ten-year plan', 'the 12th Five-year Plan', 'the Ten-year Hospital Development Plan'. An ordinal before
'N-year' counts the plans of that name, so the 'N-year' belongs to the name (like '14th Five-Year Plan', or
第一個十年醫院發展計劃 in Chinese: changes_zh.named_plan_span) and states no figure; so does an 'N-year' inside a
capitalised plan's name, which runs on in capitals to its head word (the lead's ruling, session 16: 'the Ten-year
Hospital Development Plan', 'the Three-year Action Plan'). A plain 'a 10-year plan' or 'the 10-year land supply
target' still states a duration, and so does a number spelt in lower case before a capitalised name ('the three-year
Pilot Technology Voucher Programme', 'a five-year District Sports Funding Scheme': the name starts after it). Words come from the figure lexicon (plan_name_ordinals, plan_name_heads,
ordinal_suffixes)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.match import Amount

_REACH = 4  # words between 'N-year' and the plan's head word
_NAME_LINKS = frozenset(("&", "and", "of", "for", "on"))  # lowercase words inside a title-case name


def _after_ordinal(reader: Any, k: int) -> bool:
    """Token k ends an ordinal: 'second', 'next', '12th' (digits and a glued suffix)."""
    lex = reader.lex
    if reader.low(k) in lex.get("plan_name_ordinals", ()):
        return True
    prev = reader.tok(k - 1)
    return reader.low(k) in lex["_ordinal_suffixes"] and prev is not None and prev.kind == "num" and \
        reader.glued(k - 1, k)


def _capitalised_name_head(reader: Any, end: int) -> bool:
    """From token `end` the words run in capitals (with 'of', 'for', '&' between) to a plan head word."""
    heads = reader.lex.get("plan_name_heads", ())
    for k in range(end, end + _REACH + 1):
        t = reader.tok(k)
        if t is None or t.kind != "word":
            return False
        if not t.text[:1].isupper():
            if k == end or t.low not in _NAME_LINKS:
                return False
            continue
        if t.low in heads:
            return True
    return False


def plan_name_numeral(reader: Any, amt: Amount, end: int) -> bool:
    """The adjectival 'N-year' read at `amt` (ending at token `end`) is part of a plan's name: after an ordinal, a
    plan head word within a few words or a capitalized name or acronym right after it; without one, a capitalised
    name running to its plan head word."""
    if amt.currency or amt.value_max is not None or reader.low(amt.num_idx + 1) != "-":
        return False
    if not _after_ordinal(reader, amt.start_idx - 1):
        if amt.in_words and reader.toks[amt.num_idx].text[:1].islower():
            return False  # 'the three-year Pilot Technology Voucher Programme': a lower-case length before the name
        return _capitalised_name_head(reader, end)  # 'the Ten-year Hospital Development Plan'
    nxt = reader.tok(end)
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
        return True  # 'the second 10-year HDP', 'the first 10-year Hospital Development Plan'
    heads = reader.lex.get("plan_name_heads", ())
    for k in range(end, end + _REACH):
        t = reader.tok(k)
        if t is None or t.kind != "word":
            return False
        if t.low in heads:
            return True  # 'the second 10-year hospital development plan'
    return False
