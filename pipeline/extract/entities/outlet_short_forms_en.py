"""Text + candidates → an outlet named again by its masthead's last word ('told the Post', 'The Times reported'), the
outlet the document names in full, by its site or in a credit (eninst, session 24; DECISIONS 30: media companies are
institutions). A newspaper's story calls its own paper 'the Post' after a source line gave 'scmp.com'; a report cites
'the Journal' after naming 'The Wall Street Journal'. Only a distinctive last word of a masthead (not_entities.en.json
'masthead_short_heads': 'Post', 'Times', 'Daily', ...; not 'Press', 'Agency': 'met the Press' is the press), only when one outlet of the document ends with it (two outlets
ending in 'Times' leave 'the Times' alone), never where a capitalised word goes on ('the Post Office', 'the Times
Square'). One compiled search per document, run only when an outlet was read."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand


@lru_cache(maxsize=1)
def masthead_heads() -> frozenset[str]:
    """The last words of news outlets' names ('Pakistan Point News', 'China Daily'): data, not_entities.en.json."""
    return frozenset(load_json_data("not_entities.en.json").get("masthead_heads", []))


@lru_cache(maxsize=1)
def masthead_short_heads() -> frozenset[str]:
    """The masthead heads that alone name the outlet again ('the Post'): data, not_entities.en.json."""
    return frozenset(load_json_data("not_entities.en.json").get("masthead_short_heads", []))


@lru_cache(maxsize=1)
def short_form_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, masthead_short_heads()), key=len, reverse=True)) or "(?!)"
    # 'the Post', "the Post's": not 'the Post Office', 'the Daily Telegraph', 'the News-Gazette'
    return re.compile(rf"(?<![\w-])[Tt]he[ ]({heads})(?![\w-])(?![ \t]+[A-Z0-9])")


def outlet_short_forms(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """`cands` plus 'the <last word>' for each outlet read in the text that alone ends with that word."""
    if not any(c.label == "INSTITUTION" and c.etype == "news media" for c in cands):
        return cands
    outlets: dict[str, list[Cand]] = {}  # every body whose name ends with a masthead's word ('New York Times' too)
    for c in cands:
        last = c.canonical.split()[-1] if c.label == "INSTITUTION" and c.canonical else ""
        if last in masthead_short_heads() and not any(o.canonical == c.canonical for o in outlets.get(last, [])):
            outlets.setdefault(last, []).append(c)
    added = []
    for m in short_form_pattern().finditer(text):
        named = outlets.get(m.group(1), [])
        s, e = m.span(1)
        if len(named) != 1 or named[0].etype != "news media" or named[0].entity_id not in known or \
                any(c.start < e and s < c.end and c.label is not None for c in cands):
            continue
        o = named[0]
        added.append(Cand(s, e, "INSTITUTION", o.entity_id, o.canonical, o.etype, o.country_code, o.acronym, "rule",
                          0.8))
    if not added:
        return cands
    kept = [c for c in cands if not any(c.start < a.end and a.start < c.end for a in added)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


__all__ = ["masthead_heads", "outlet_short_forms"]
