"""Text + entity mentions → the same plus the news outlet a byline names before its reporter (enpl, session 29; issue
14, fc28: a translated HKMA story opening 'China Fund News reporter Ye Shijie' — the outlet no gazetteer lists was
missed; DECISIONS 28 and 30: bylines are mentions, media companies institutions).

A line opening with an optional 'By', then one to six capitalised words the last of which is a masthead's last word
(not_entities.en.json 'masthead_heads': 'News', 'Daily', 'Times', 'Post' ...), then a word for a reporter
(byline_reporters.en.json 'reporter_words') and a capitalised name, names the outlet: 'Harbour Finance Daily reporter Li
Wei', 'By Eastern Times correspondent Anna Lo'. A name read there already (a known outlet) stays as read; a place read
inside the outlet's name gives way to it. A masthead's word alone ('The News reporter Tom') names none. Only a line's opening is read: 'the reporter' in prose names nobody."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.outlet_short_forms_en import masthead_heads
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

WORD = r"[A-Z][\w&'’.-]*"
ARTICLES = frozenset({"The", "A", "An", "By"})


@lru_cache(maxsize=1)
def byline() -> re.Pattern[str]:
    """The byline pattern, built once from the masthead heads and the reporter words."""
    heads = "|".join(sorted(masthead_heads()))
    words = "|".join(re.escape(w) for w in sorted(load_json_data("byline_reporters.en.json")["reporter_words"],
                                                    key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:By[ ]+)?((?:{WORD}[ ]){{0,5}}(?:{heads}))[ ]+(?:{words})[ ]+[A-Z]", re.MULTILINE)


def byline_reporters(doc_id: str, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` plus the outlets bylines name (see the module's docstring)."""
    if "eporter" not in text and "orrespondent" not in text and "ournalist" not in text and "writer" not in text:
        return found
    out = list(found)
    for m in byline().finditer(text):
        s, e = m.span(1)
        if len([w for w in text[s:e].split() if w not in ARTICLES]) < 2:
            continue  # 'The News reporter Tom said': a masthead's word alone names no outlet
        inside = [f for f in out if f.start < e and s < f.end]
        if any(f.label != "PLACE" or f.start < s or f.end > e for f in inside):
            continue  # a known outlet or a body read there already
        canonical = clean_name(text[s:e])
        out = [f for f in out if f not in inside]
        out.append(EntityMention(doc_id, s, e, text[s:e], "INSTITUTION", "rule", 0.75,
                                 entity_id=synthetic_id("INSTITUTION", canonical), canonical=canonical,
                                 type="news media"))
    return sorted(out, key=lambda f: (f.start, f.end, f.label))


__all__ = ["byline_reporters"]
