"""Text + the document's entity mentions → the same plus sites named by one glued word (enpl, session 27; issue 14:
names the model does not tag): an intercapped word whose capitalised tail is a site's head ('the recycling plant at
EcoPark', 'the new WestPark', 'SunQuay') and a word joined by a middle dot whose tail is a site's head or a compass
word ('the I·PARK facilities', 'Lantau·North') name a place. The tails are not_entities.en.json's
`glued_site_tails` (a hub, centre or link is left out: 'StarHub' is a company). A single digit glued after a dotted
name numbers the site ('I·PARK2', a second facility); two or more digits are a footnote's marker and stay out, but
for the first digit where the text numbers the series elsewhere ('O·PARK2' beside 'O·PARK118': site 1, footnote 18). A known
place the dotted word holds ('Lantau' in 'Lantau·North') gives way to it. A word no rule
typed, not inside another mention and not before a company's legal form ('SunQuay Limited') is read so; so is one the
model read as a body of no kind ('the new SmartPark': mendea, review S1). An intercapped word needs the text to place
it (mendea, review M2): a preposition of place or 'the' right before it ('at EcoPark', 'the new WestPark'), or a
possessive owning a part of a site after it ('EcoPark's new visitor centre': review S4); 'the fund manager BlueBay' and
'Dr Anne McBay' (a 'Mac'/'Mc' surname never matches) name no site. A clause's opening word before a dotted name is no
part of it ('Once O·PARK2', 'Meanwhile Tai Po·North': mendea, review M3)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.opening_words_en import CLAUSE_START, SUBORDINATORS, opening_words
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

ARTICLES = frozenset({"The", "A", "An", "At", "In", "To", "From"})
LEGAL_AFTER = re.compile(r"[ ]+(?:Limited|Ltd|Holdings|Group|Pte|Inc|Corporation|Company|Co)\b")


@lru_cache(maxsize=2)
def glued_site(dotted: bool = True) -> re.Pattern[str]:
    """An intercapped word ending in a site's tail, or (`dotted`) a name joined by a middle dot to a tail or compass
    word. The capital comes first and the test of what stands before it after it ('[A-Z](?<!X.)' is '(?<!X)[A-Z]'),
    and a lookahead for a tail's first letter stops the lower-case run from trying every tail at each of its
    letters: `re` skips to the capitals (the same matches; 'Mac' + capital is '(?!(?<=M)ac[A-Z])' after the 'M').
    A text with no middle dot is searched without the dotted branch, which needs one (long document 0.46 -> 0.11
    ms, small 0.076 -> 0.018)."""
    data = load_json_data("not_entities.en.json")
    tails = "|".join(sorted(map(re.escape, data.get("glued_site_tails", [])), key=len, reverse=True)) or "(?!)"
    firsts = "".join(sorted({re.escape(t[0]) for t in data.get("glued_site_tails", []) if t}))
    compass = "|".join(map(re.escape, data.get("compass_words", []))) or "(?!)"
    tail_next = rf"(?=[a-z]{{2,}}[{firsts}])" if firsts else "(?!)"
    glued = rf"(?!(?<=M)ac[A-Z]){tail_next}[a-z]{{2,}}(?:{tails})(?:(?=['’]s\b)|(?![A-Za-z_·'’@-]))"
    dot = rf"|[A-Za-z]*(?:[ ][A-Z][A-Za-z]*){{0,2}}·(?i:{tails}|{compass})(?:\d(?!\d))?(?![A-Za-z_·'’@-])(?!\d(?!\d))"
    return re.compile(rf"[A-Z](?<![\w·@#/.-].)(?:{glued}{dot if dotted else ''})")


@lru_cache(maxsize=1)
def site_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a place's cue right before an intercapped word, a possessive owning a site's part right after it)"""
    data = load_json_data("not_entities.en.json")
    cues, adjectives, parts = (["|".join(map(re.escape, data.get(key, []))) or "(?!)" for key in
                               ("glued_site_cues", "glued_site_adjectives", "glued_site_parts")])
    return (re.compile(rf"(?i:\b(?:{cues})[ ]+(?:the[ ]+)?(?:(?:{adjectives})[ ]+)?)$"),
            re.compile(rf"['’]s[ ]+(?:[a-z-]+[ ]+){{0,2}}?(?:{parts})\b"))


def placed(text: str, s: int, e: int) -> bool:
    """Whether the text places the intercapped word at text[s:e] (module doc)."""
    before, after = site_cues()
    return bool(before.search(text, max(0, s - 40), s) or after.match(text, e))


def glued_sites(doc_id: str, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` plus a place for every site named by one glued word (module doc)."""
    if not any(c.isupper() for c in text):
        return found
    out = list(found)
    leads = opening_words() | frozenset(SUBORDINATORS)
    for g in glued_site("·" in text).finditer(text):
        s, e = g.span()
        while " " in text[s:e] and (text[s:e].partition(" ")[0] in ARTICLES or text[s:e].partition(" ")[0] in leads
                                    and CLAUSE_START.search(text, max(0, s - 8), s)):
            s += text[s:e].index(" ") + 1  # 'Once O·PARK2', 'Meanwhile Tai Po·North': the clause's word, no name's
        if "·" not in g.group() and not placed(text, s, e):
            continue
        over = [m for m in out if m.start < e and s < m.end]
        if "·" in g.group() and over and all(m.label == "PLACE" and s <= m.start and m.end <= e for m in over):
            out = [m for m in out if m not in over]  # 'Lantau·North': the dotted name, not the bare 'Lantau'
        elif [(m.start, m.end, m.method, m.type, ":x-" in m.entity_id) for m in over] == [(s, e, "ner", "", True)]:
            out = [m for m in out if m not in over]  # 'the new SmartPark': the model's body of no kind
        elif over or LEGAL_AFTER.match(text, e):
            continue
        if "·" in g.group() and text[e:e + 2].isdigit() and re.search(rf"{re.escape(text[s:e])}\d(?!\d)", text):
            e += 1  # 'I·PARK118' where the text numbers the series ('I·PARK2'): site 1 and footnote 18
        canonical = clean_name(text[s:e])
        new_id = synthetic_id("PLACE", canonical)
        out.append(EntityMention(doc_id=doc_id, start=s, end=e, text=text[s:e], label="PLACE", method="rule",
                                 confidence=0.7, entity_id=new_id, gazetteer_id=new_id, canonical=canonical))
    return out


__all__ = ["glued_sites"]
