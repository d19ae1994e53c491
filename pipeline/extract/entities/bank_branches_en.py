"""Text + entity mentions → the same with a bank's branch named by its city read as one body (enpl, session 29;
issue 14, HKMA releases: 'the settlement account in PBoC's Shenzhen Sub-branch' gave the place Shenzhen and no body;
'the Shenzhen Sub-branch of the PBoC and in HSBC's Shanghai Branch' one body across 'and in'; 'Citibank's Singapore
Branch' a body 'Singapore Branch'). The Chinese rules read 某银行某市分行 / 支行 so (session 28).

Two forms, each of a bank the gazetteer knows (bank_branches.en.json 'bank_words' in its name, aliases or type), a
place it knows and a capitalised branch word ('Branch', 'Sub-branch'):
- the bank, an optional possessive, the place, the branch word: 'PBoC's Shenzhen Sub-branch', 'Bank of China Macau
  Branch' — one body from the bank to the branch word, named '<bank> <place> <branch word>';
- the place, the branch word, 'of', an optional 'the', the bank: 'the Shenzhen Sub-branch of the PBoC' — one body
  from the place to the bank.
The place and the bank read inside the span give way (a place named elsewhere in the text stays a place there), and so
does a longer name glued across the span's end ('... of the PBoC and in HSBC's ...'): each branch in it is read by
itself. A lower-case 'branch' ('HSBC's Hong Kong branch') is a part of the bank named as its kind, left as read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

POSSESSIVE = re.compile(r"(?:'s|’s)?[ ]$")
OF_THE = re.compile(r"[ ]of[ ](?:the[ ])?")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = load_json_data("bank_branches.en.json")
    heads = "|".join(re.escape(w) for w in sorted(data["branch_words"], key=len, reverse=True))
    return re.compile(rf"(?<=[ ])(?:{heads})\b(?!-)"), tuple(data["bank_words"])


def _is_bank(entry: Any) -> bool:
    _, words = _words()
    return entry.table == "institution" and any(
        w in entry.type or w in entry.canonical or any(w in a for a in entry.aliases) for w in words)


def bank_branches(doc_id: str, text: str, found: list[EntityMention],
                  find: Callable[[str], Iterable[tuple[int, int, Any]]]) -> list[EntityMention]:
    """`found` with each bank branch named by its city read as one body (see the module's docstring)."""
    if "ranch" not in text:
        return found
    branch_re, _ = _words()
    new: list[EntityMention] = []
    for b in branch_re.finditer(text):
        a = max(0, text.rfind("\n", 0, b.start()) + 1, b.start() - 160)
        z = min(len(text), b.end() + 160)
        newline = text.find("\n", b.end())
        z = z if newline < 0 else min(z, newline)
        matches = [(a + s, a + e, entry) for s, e, entry in find(text[a:z])]
        places = [(s, e) for s, e, entry in matches if entry.table == "place" and e == b.start() - 1]
        if not places:
            continue
        ps, _ = min(places)
        span: tuple[int, int] | None = None
        name = ""
        for s, e, entry in matches:
            if _is_bank(entry) and e <= ps and POSSESSIVE.fullmatch(text, e, ps):
                span, name = (s, b.end()), f"{entry.canonical} {text[ps:b.end()]}"
                break
        if span is None:
            of = OF_THE.match(text, b.end())
            after = [(s, e, entry) for s, e, entry in matches if of and s == of.end() and _is_bank(entry)]
            if after:
                s, e, _ = max(after, key=lambda x: x[1])
                span, name = (ps, e), text[ps:e]
        if span is None:
            continue
        canonical = clean_name(name)
        new.append(EntityMention(doc_id, span[0], span[1], text[span[0]:span[1]], "INSTITUTION", "rule", 0.8,
                                 entity_id=synthetic_id("INSTITUTION", canonical), canonical=canonical, type="bank"))
    if not new:
        return found
    kept = [m for m in found if not any(m.start < n.end and n.start < m.end for n in new)]
    return sorted(kept + new, key=lambda m: (m.start, m.end, m.label))


__all__ = ["bank_branches"]
