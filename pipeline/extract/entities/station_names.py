"""Candidates → a station named together with the line it serves is the station: 'the Exhibition Station of the
Shatin to Central Link', 'Tai Wai Station on the Tuen Ma Line' (DECISIONS 16: stations are places; rail lines and
rail projects are not, and no place inside a line's name is a mention). A name that the model or a run of
capitalised words read across 'of/on' stops at 'Station'; a gazetteer entry is left as it is."""

from __future__ import annotations

import re
from collections.abc import Container

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id

# 'X Station of the Y Line', 'X Station on the Y Link': the preposition and a capitalised line name after it
# whose name ends in a rail word ('the Guangzhou Station of the … Roadshow' is an event's stop, no station)
STATION_OF = re.compile(r"(?<=[A-Za-z'’])[ \t\n]+Station(?=[ \t\n]+(?:of|on)[ \t\n]+(?:the[ \t\n]+)?[A-Z]"
                        r"(?:[\w'’&-]+[ \t\n]+){0,6}?(?:Line|Link|Railway|Rail|Express|Corridor|Extension)\b)")
FIRST_CAP = re.compile(r"[A-Z]")


def stations_before_lines(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """`cands` with each unknown name that runs from 'X Station' over 'of/on the <line>' cut back to the station."""
    if "Station" not in text:
        return cands
    out = []
    for c in cands:
        if c.label != "PLACE" or c.entity_id in known:  # (None marks a name that is no entity: left alone)
            out.append(c)
            continue
        m = STATION_OF.search(text, c.start, c.end)
        if m is None or not FIRST_CAP.match(text, c.start):
            out.append(c)
            continue
        name = clean_name(text[c.start:m.end()])
        out.append(Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", name), name, "station", c.country_code, "",
                        "rule", max(c.confidence, 0.75)))
    return out
