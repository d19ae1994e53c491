"""Text + the entity mentions found in it → the same, with the gazetteer names a line-end hyphen splits read whole:
'Singa-\\npore', 'the Legislative Coun-\\ncil' (forecast of session 24: a place broken over a line end was missed).

Typeset text (a PDF's text layer, fixed-width wire copy) breaks a long word at a line's end with a hyphen, and the
model and the alias matcher then read two fragments ('Singa', 'pore'). A hyphen ending a line, a letter before it and
a lower-case letter opening the next line, is such a break where the joined word spells a known name: the text is
joined at every break, the gazetteer's names are looked up in the joined paragraphs that hold a break, and each match
that crosses a break becomes a mention of its whole written span (what was found inside that span gives way to it). A
compound broken after its own hyphen ('Hong Kong-\\nShenzhen' opens a capital; 'co-\\noperation', 'Sha Tin-\\nbased')
joins into no known name and stays as written. Short forms (all capitals) and the names a gazetteer reads only in
context are not joined: a break inside them is rare and a wrong join costs a false row.

Only the paragraphs that hold a break are searched (mendspeed, session 26: one break made the whole document's
gazetteer scan run again): no alias match crosses a blank line (AliasMatcher.contiguous), so a paragraph's matches in
the whole text are its matches searched alone, and every match crossing a break lies in the paragraph of the break."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from pipeline.extract.entities.gazetteer import Entry
from pipeline.records import EntityMention

# a letter, the hyphen at a line's end (trailing blanks allowed), the next line opening with a lower-case letter (led
# by the hyphen, the letter before it tested after: a search led by a look-behind tries every position)
BREAK = re.compile(r"-(?<=[A-Za-z]-)[ \t]*\r?\n[ \t]*(?=[a-z])")
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")  # a paragraph's end: no gazetteer match crosses it


def joined_text(text: str) -> tuple[str, list[int], list[int]]:
    """`text` with every line-end break removed; the joined offsets where each kept piece starts, the text offsets
    where it starts (a joined offset k in piece i is text offset origins[i] + k - starts[i])."""
    pieces, starts, origins = [], [0], [0]
    at = length = 0
    for m in BREAK.finditer(text):
        pieces.append(text[at:m.start()])
        length += m.start() - at
        at = m.end()
        starts.append(length)
        origins.append(at)
    pieces.append(text[at:])
    return "".join(pieces), starts, origins


def broken_names(doc_id: str, text: str, found: list[EntityMention],
                 find: Callable[[str], Iterable[tuple[int, int, Entry]]]) -> list[EntityMention]:
    """`found` plus a mention of every known name that a line-end break splits (see the module's docstring)."""
    if "-" not in text or not BREAK.search(text):
        return found
    joined, starts, origins = joined_text(text)
    cuts = starts[1:]
    new = []
    for s, e, entry in near_breaks(joined, cuts, find):
        surface = joined[s:e]
        if not any(s < c < e for c in cuts) or surface.isupper() or \
                any(alias == surface for alias, _ in entry.context_aliases):
            continue
        i, j = bisect_right(starts, s) - 1, bisect_right(starts, e - 1) - 1
        start, end = origins[i] + s - starts[i], origins[j] + e - 1 - starts[j] + 1
        new.append(entry_mention(doc_id, text, start, end, entry, 0.85))
    return give_way(found, new)


def break_paragraphs(joined: str, cuts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `joined` (blank lines between paragraphs) that holds one of `cuts`, in order."""
    bounds = [0]
    for m in BLANK_LINE.finditer(joined):
        bounds += [m.start(), m.end()]
    bounds.append(len(joined))
    out: list[tuple[int, int]] = []
    for c in cuts:
        i = bisect_right(bounds, c) - 1
        i -= i % 2  # (an odd i: the cut stands in a blank run, which a cut between two letters never does)
        if not out or out[-1][0] != bounds[i]:
            out.append((bounds[i], bounds[i + 1]))
    return out


def near_breaks(joined: str, cuts: list[int], find: Callable[[str], Iterable[tuple[int, int, Entry]]]
                ) -> Iterator[tuple[int, int, Entry]]:
    """The gazetteer's matches in the paragraphs of `joined` that hold a cut, in joined offsets: the same as the
    whole text's matches there (see the module's docstring)."""
    for a, b in break_paragraphs(joined, cuts):
        for s, e, entry in find(joined[a:b]):
            yield a + s, a + e, entry


def entry_mention(doc_id: str, text: str, start: int, end: int, entry: Entry, confidence: float) -> EntityMention:
    """A rule's mention of a gazetteer entry at text[start:end]."""
    label = "PLACE" if entry.table == "place" else "INSTITUTION"
    return EntityMention(doc_id, start, end, text[start:end], label, "rule", confidence, entity_id=entry.id,
                         gazetteer_id=entry.id, canonical=entry.canonical, type=entry.type,
                         country_code=entry.country_code, acronym=entry.acronym)


def give_way(found: list[EntityMention], new: list[EntityMention]) -> list[EntityMention]:
    """`found` without the mentions that overlap one of `new`, plus `new`, in text order."""
    if not new:
        return found
    kept = [m for m in found if not any(m.start < n.end and n.start < m.end for n in new)]
    return sorted(kept + new, key=lambda m: (m.start, m.end))


__all__ = ["break_paragraphs", "broken_names", "entry_mention", "give_way", "joined_text", "near_breaks"]
