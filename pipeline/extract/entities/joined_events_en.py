"""Text + the entity mentions found in it → the same, less the bodies and places that only open an event's name joined by
hyphens: 'the 2nd Asean-Gulf Cooperation Council (GCC) Summit', 'the inaugural Asean-GCC-China Summit', 'the China-ASEAN
Expo' (enent, session 25; devset-real DECISIONS 27: an organisation used as a premodifier inside an event's name is no
mention, and GUIDELINES: a place named only inside a longer name is not listed).

The rules already read 'the ASEAN Summit' as an event; a name joined to another by a hyphen ('Asean-Gulf Cooperation
Council') escapes them, and each part was listed. A run of capitalised words, hyphens and bracketed short forms that
ends in an event's head word (`event_heads`, not_entities.en.json: Summit, Forum, Expo, Conference ...) closing the name
(no capitalised word after it: 'ASEAN-China Dialogue Relations' is a relation, no event) and joins two names by a
hyphen is one event's name; it starts at most at the words joined by spaces before its first hyphen (a list before it,
'Guangxi and the China-ASEAN Expo', 'Hong Kong, Macao and the Guangdong-Hong Kong-Macao ... Forum', keeps its places); the mentions inside it are dropped (the same body named elsewhere in the text
keeps its row: 'Malaysia is chairing Asean'). A hyphenated name without an event head ('the Asean-China free trade
area', 'Asia-Pacific Economic Cooperation') is left as found."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.line_windows import gated_lines
from pipeline.records import EntityMention

# a capitalised word (a stop only inside it: 'U.S.', not a sentence's end) or a bracketed short form
WORD = r"(?:[A-Z](?:[\w'’&]|\.(?=\w))*|\([A-Z][A-Za-z]{1,9}\))"


@lru_cache(maxsize=1)
def event_run() -> re.Pattern[str]:
    """A run of capitalised words ('of', 'and', 'the', 'for', 'on' inside), hyphens and bracketed short forms closed
    by an event's head word."""
    alternatives = _heads()
    # before the first hyphen only words joined by spaces ('Guangxi and the China-ASEAN Expo' lists Guangxi before the
    # name), and the head closes the name ('ASEAN-China Dialogue Relations' is no event)
    return re.compile(r"(?<![\w-])((?:" + WORD + r"[ ])*" + WORD + r"-" + WORD
                      + r"(?:(?:-|[ ](?:(?:of|and|the|for|on)[ ])*)" + WORD + r")*)[ ](?:" + alternatives
                      + r")(?![\w-])(?![ ]+[A-Z])")


@lru_cache(maxsize=1)
def event_gate() -> re.Pattern[str]:
    """An event's head word: every match of `event_run` holds one after a space, on its own line (a run never crosses
    a line break), so only the lines that hold one are searched (line_windows). The space is left to `event_run`: a
    gate led by the heads' first letters is searched faster than one led by a space (mendspeed, session 26), and a
    line with a head but no space before it is searched for nothing."""
    return re.compile(r"(?:" + _heads() + r")")


def _heads() -> str:
    heads = load_json_data("not_entities.en.json")["event_heads"]
    return "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))


def joined_events(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` less the mentions inside an event's name that joins names by a hyphen (see the module's docstring)."""
    if "-" not in text:
        return found
    run = event_run()
    spans = [(m.start(1), m.end(1)) for a, b in gated_lines(text, event_gate()) for m in run.finditer(text, a, b)]
    if not spans:
        return found
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


__all__ = ["joined_events"]
