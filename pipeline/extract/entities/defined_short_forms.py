"""A short form takes the meaning of the name the text defines it for (issue 14): 'the Dependency Ratio Ceiling (DRC)'
is no Congo, 'its Open Market Value (OMV)' no body. A name of everyday words only (pipeline/data/words.en.json) that no
gazetteer knows and no body or place head ends ('Ratio Ceiling', 'Market Value') names a measure, rule or scheme, so
the short form defined for it is no entity in that text — not even where a gazetteer lists the letters for something
else."""

from __future__ import annotations

import re

from typing import Any, Callable

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.references import spell_out
from pipeline.extract.entities.spans import CONNECTORS

WORD = re.compile(r"[A-Za-z]+")
# 'Open Market Value (OMV)', 'the Dependency Ratio Ceiling, or DRC, will ...': a short form has two capitals at
# least; '(Chengdu)' names a place, no short form. A short form may open with a lower-case prefix ('the Sub-Dependency
# Ratio Ceiling, or sub-DRC'): the prefix is spelled by the name's first word, and the letters after it are its short form
DEFINED = re.compile(r"\((?P<p1>[a-z]{2,5}-)?([A-Z][a-z&]*[A-Z][A-Za-z&]{0,8})\)"
                     r"|,[ ]or[ ](?P<p2>[a-z]{2,5}-)?([A-Z][a-z&]*[A-Z][A-Za-z&]{0,8})(?=[,.;:])")


def everyday_name(surface: str) -> bool:
    """Every word of the name, but its connectors ('and', 'of'), is an everyday English word."""
    words = [w for w in WORD.findall(surface) if w.lower() not in CONNECTORS]
    return bool(words) and all(everyday_word(w, nouns=True) for w in words)


def everyday_short_forms(text: str, head_type: Callable[[str], str | None],
                         whole_entry: Callable[[str], Any]) -> set[str]:
    """The short forms the text defines (in brackets, or after ', or') for a name of everyday words that no head
    types and no gazetteer knows, with their plural forms (as `not_entity_short_forms` gives them). A prefixed one
    keeps its prefix ('sub-DRC'): the text defined the letters only after it, and a bare 'DRC' elsewhere in the same
    document is still the country (`everyday_short_form` reads the prefix back at a candidate)."""
    out = set()
    for m in DEFINED.finditer(text):
        short = m.group(2) or m.group(4)
        prefix = m.group("p1") or m.group("p2") or ""
        full = spell_out(text, m.start(), prefix[:1].upper() + prefix[1:] + short)
        if full is not None:
            name = text[full[0]:full[1]]
            # its head, and its last word ('Our Lady of Rosewood Hospital': a hospital, whatever 'Lady' is)
            if head_type(name) is None and head_type(name.split()[-1]) is None and everyday_name(name) \
                    and whole_entry(name) is None:
                out.add(prefix + short)
    return out | {f"{a}s" for a in out if not a.endswith("s")}


def everyday_short_form(text: str, start: int, end: int, forms: set[str]) -> bool:
    """The candidate text[start:end] is one of the short forms `everyday_short_forms` gave: bare, or right after the
    lower-case prefix it was defined with ('sub-' before 'DRC'), a prefix that opens its word."""
    surface = text[start:end]
    if surface in forms:
        return True
    for form in forms:
        cut = len(form) - len(surface)
        if cut > 0 and form[cut - 1] == "-" and form.endswith(surface) and text.startswith(form, start - cut) \
                and not text[start - cut - 1:start - cut].isalpha():
            return True
    return False
