"""Text + candidates → candidates without the 'places' that a text sets up in several cities at once: one named site
stands in one place, so a facility name followed (in its own clause) by 'in major overseas cities', 'in various
Mainland cities', 'in ten cities' names a format or a brand of pop-up displays ('setting up Hong Kong Pavilion, Hong
Kong Design Gallery and pop-up shops in major overseas cities': only the rest of the list between), no site (eninst, session 19; the gold of two budget
texts). A gazetteer place keeps its reading: a known site is not a format."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.spans import Cand

# 'in major overseas cities', 'in various Mainland cities', 'in 10 cities': several places, unnamed
SEVERAL_PLACES = re.compile(r"\bin[ ]+(?:major|overseas|various|different|other|many|several|key|more|\d+|two|three|"
                            r"four|five|six|seven|eight|nine|ten)[ ]+(?:[A-Za-z]+[ ]+){0,2}"
                            r"(?:cities|countries|economies|markets|regions|provinces|places)\b")
# what may stand between the name and 'in ... cities': the rest of a list of things set up (', the X Gallery and
# pop-up shops'): each further item opens with a joiner, so a main verb after the name ('X produces textiles sold in
# many markets', 'X hosts fairs in many cities') ends no list and the site stays (review-reven M1, session 19)
LIST_REST = re.compile(r"(?:[ ]*(?:,[ ]*(?:and|or|&)?|[ ]+(?:and|or|&))(?:[ ]+(?:[a-z][\w-]*|[A-Z][\w'’-]*))+)*[ ]+")
NOT_LIST_WORDS = frozenset("as has have had is are was were will would can to which that who where when".split())


def multi_site_names(text: str, cands: list[Cand], entries: dict[str, Any]) -> list[Cand]:
    """`cands` less the unknown places a clause sets up in several unnamed cities (see the module's docstring)."""
    if " cities" not in text and " countries" not in text and " markets" not in text:
        return cands
    out = []
    for c in cands:
        if c.label == "PLACE" and c.entity_id not in entries:
            m = SEVERAL_PLACES.search(text, c.end, c.end + 60)
            if m is not None and LIST_REST.fullmatch(text, c.end, m.start()) and \
                    not NOT_LIST_WORDS.intersection(text[c.end:m.start()].split()):
                continue
        out.append(c)
    return out
