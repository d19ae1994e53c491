"""Entity mentions of one document → the same, with a body's name that the model cut before its closing 'in <place>'
made whole: 'the Task Force on Study in Hong Kong', 'the Alliance of UASs in\nHong Kong' (enent, session 26: read as
'Task Force on Study' + the place, an extra row and a lost one).

A body named by a head word and a complement ('Task Force on X', 'Alliance of X', 'Consulate General of X') may close
its complement with the place it covers: 'in <place>' right after such a name belongs to the complement, as 'Study in
Hong Kong' is the task force's topic. The head words are this module's table; the name must be no gazetteer body (a
known body is located by the phrase: 'the Hospital Authority in Hong Kong'), the place a known one, written right after
'in' (a line break allowed), and the place must end there (no possessive, no capitalised word after it: 'in Hong Kong
Science Park' names another site). The place inside the name is no mention of its own there; its other mentions stay.
Every mention of the cut name (its anaphors, its short forms) takes the whole name's identity."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

# head words of bodies whose complement may close with the place it covers
SCOPED_HEADS = ("Task Force", "Taskforce", "Working Group", "Alliance", "Coalition", "Committee", "Commission",
                "Council", "Consulate General", "Consulate-General", "Association", "Federation", "Network")
# an 'of' complement closes with its place only after the heads whose 'of' names the members' kind or the country
# represented ('Alliance of UASs in Hong Kong', 'Consulate General of Vietnam in Hong Kong'); after the others it names
# the members, and 'in <place>' is where the body sits or meets ('the Council of Ministers in Brussels', review reven M7)
OF_HEADS = ("Alliance", "Coalition", "Consulate General", "Consulate-General")
HEAD_COMPLEMENT = re.compile(r"(?<![\w-])(?:(?:" + "|".join(re.escape(h) for h in SCOPED_HEADS) +
                             r")[ \n]+(?:on|for)|(?:" + "|".join(re.escape(h) for h in OF_HEADS) +
                             r")[ \n]+of)[ \n]+[A-Z]")
IN_GAP = re.compile(r"[ ]+in(?:[ ]+|[ ]*\n[ \t]*)")
# (a time after the place makes it the place of an event: 'met in Brussels on Monday', '... in Hong Kong last year')
PLACE_ENDS = re.compile(r"(?![ ]*['’]s\b)(?![ ]+[A-Z])(?!,?[ ]+(?:on[ ]+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|"
                        r"(?:last|this|next|earlier[ ]+this|later[ ]+this)[ ]+(?:year|month|week|time)\b|"
                        r"(?:yesterday|today|tomorrow)\b|in[ ]+(?:\d{4}|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b))")


def synthetic(m: EntityMention) -> bool:
    """No gazetteer entry stands behind the mention (a synthetic id, ':x-', or none)."""
    return not m.gazetteer_id or ":x-" in m.gazetteer_id


def scoped_names(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each cut 'Head on/of X' + 'in' + known place made one name (see the module's note)."""
    if " in" not in text:
        return found
    places = {m.start: m for m in found if m.label == "PLACE" and not synthetic(m)}
    grown: dict[int, tuple[int, str]] = {}  # start of the cut name → (new end, canonical)
    dropped: set[int] = set()  # starts of the places taken into a name
    renamed: dict[str, tuple[str, str]] = {}  # old entity id → (new id, canonical)
    for m in found:
        if m.label != "INSTITUTION" or not synthetic(m) or not HEAD_COMPLEMENT.search(text, m.start, m.end):
            continue
        gap = IN_GAP.match(text, m.end)
        place = places.get(gap.end()) if gap is not None else None
        if place is None or not PLACE_ENDS.match(text, place.end):
            continue
        canonical = clean_name(" ".join(text[m.start:place.end].split()))
        grown[m.start] = (place.end, canonical)
        dropped.add(place.start)
        renamed.setdefault(m.entity_id, (synthetic_id("INSTITUTION", canonical), canonical))
    if not grown:
        return found
    out = []
    for m in found:
        if m.label == "PLACE" and m.start in dropped:
            continue
        new = renamed.get(m.entity_id) if m.label == "INSTITUTION" else None
        if new is not None:
            end = grown[m.start][0] if m.start in grown else m.end
            m = replace(m, end=end, text=text[m.start:end], entity_id=new[0], gazetteer_id=new[0], canonical=new[1])
        out.append(m)
    return out


__all__ = ["scoped_names"]
