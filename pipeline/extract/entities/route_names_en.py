"""A place candidate that names a road link, not a place (enpl, session 24; fc23: 'the Western Harbour Crossing' gave
'Western Harbour', 'the other two tunnels, Hung Hom and Eastern' gave Hung Hom).

A tunnel, bridge, sea crossing, highway or bypass is a transport link like a route (DECISIONS 20 and 22, README
"Chinese bridges and sea crossings"), not a place, and a place inside its name is no mention: a place right before
a capitalised link head ('the Eastern Harbour Crossing', 'the Shenzhen Bay Bridge'; data: not_entities.en.json
`route_link_heads`) is part of the link's name, and a candidate ending in such a head is the link itself ('the Eastern
Harbour Crossing' read whole by the model as a facility), unless a facility word follows ('Hong Kong Boundary Crossing
Facilities' is a border port, DECISIONS 17). Names listed in apposition to a plural link noun after a determiner or
count ('the two tunnels, X and Y'; data: `route_link_plurals`, `route_link_list_openers`), the list closing at a
comma, stop or bracket, name those links, not their districts. Checked per place candidate: a match at its end, and
a literal test for the plural noun in the 100 characters before it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data

WINDOW = 100  # characters before a candidate searched for 'tunnels, X and' (a list of up to ~5 names)
# the candidate and the names after it close a list: the last item ends at ',', ';', '.', ')' or the text's end
# ('tunnels, X needs' and 'bridges, Hong Kong and Macao are' are clauses; possessive, so no shorter list is tried)
LIST_END = re.compile(r"(?:(?:,[ ]+(?:(?:and|or)[ ]+)?|[ ]+(?:and|or)[ ]+)[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)*+"
                      r"[ ]*(?:[,;.)]|$)")
# the names between the plural link noun and the candidate: capitalised words, each name closed by ', ' or ' and '
LISTED_BEFORE = r"(?:[,:][ ]+|[ ]+namely[ ]+|[ ]*[–—][ ]*)(?:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+))*$"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    words = load_json_data("not_entities.en.json")
    heads = "|".join(re.escape(h) for h in words.get("route_link_heads", []))
    facilities = "|".join(re.escape(h) for h in words.get("route_link_facility_words", []))
    plurals = tuple(words.get("route_link_plurals", []))
    after = re.compile(rf"[ ](?:{heads})\b(?![ ](?:{facilities})\b)")
    openers = "|".join(re.escape(w) for w in words.get("route_link_list_openers", []))
    # a determiner or count before the plural ('the other two tunnels,', 'three bridges:'), not a fronted phrase
    # ('Through cross-boundary bridges, Hong Kong ...')
    listed = re.compile(rf"\b(?i:{openers}|\d+)(?:[ ][a-z][\w'’-]*){{0,2}}[ ]"
                        rf"(?:{'|'.join(re.escape(p) for p in plurals)}){LISTED_BEFORE}")
    own = tuple(" " + h for h in words.get("route_link_heads", []))
    facility = re.compile(rf"[ ](?:{facilities})\b")
    return after, listed, plurals, own, facility


def in_route_name(text: str, start: int, end: int) -> bool:
    """Is the place at text[start:end] a link's name ('the Eastern Harbour Crossing' read whole), part of one ('the
    Western Harbour Crossing') or one of the links listed after a plural link noun ('the two tunnels, Hung Hom and
    Eastern')?"""
    after, listed, plurals, own, facility = _patterns()
    if after.match(text, end) is not None:
        return True
    if text.endswith(own, start, end) and facility.match(text, end) is None:
        return True  # the whole link's name read as a place ('the Eastern Harbour Crossing', 'X Viaduct')
    window = text[max(0, start - WINDOW):start]
    if not any(p in window for p in plurals) or LIST_END.match(text, end) is None:
        return False
    return listed.search(window) is not None
