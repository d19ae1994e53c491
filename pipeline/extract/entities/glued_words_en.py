"""Text + the entity mentions found in it → the same, with the gazetteer names a lost space glues to a neighbouring word
read on their own: 'a good friend of Hong Kongand continue', 'currentlyHong Kong’s third largest partner', 'in
Vietnamand China' (enent, session 25: a news agency's page had lost the spaces where its lines were joined; the model
read 'Hong Kongand' as a place and missed the others).

Two kinds of seam are opened, each by a space put back: a lower-case English word run into a capital ('theHong',
'currentlyHong': the word before the capital is an English word, in lower case or of four letters or more, so
'McKinsey', 'InnoHK', 'eTAX' stay whole; a capitalised one only in a text with a lower-case or small-word seam too, as
a brand or outlet is written 'ThinkChina', 'VisitSingapore'), and a capitalised word run into one of the small words
that follow names ('Kongand', 'Vietnamand', 'Singaporefor': 'and', 'for', 'of', 'in', 'to', 'the', 'with', 'on', 'at',
'by', 'from', closing the word), unless the whole word is itself a known name or an English word ('Poland',
'Thailand', 'Turin', 'Lisbon' stay). The gazetteer's
names are looked up in the text with the spaces put back, and a match that starts or ends at an opened seam becomes a
mention of its written span (what the rules found across that span gives way to it). Short forms (all capitals),
names a gazetteer reads only in context, and names of three letters or fewer are not read this way."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from pipeline.extract.entities.broken_words_en import entry_mention, give_way
from pipeline.extract.entities.common_words import english_words
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.line_windows import gated_lines
from pipeline.records import EntityMention

LOWER_INTO_CAPITAL = re.compile(r"(?<![A-Za-z])([A-Za-z][a-z]+)(?=[A-Z][a-z])")
# a capital between two lower-case letters, in every seam of LOWER_INTO_CAPITAL: only its lines are searched (the gate
# and NAME_INTO_SMALL_WORD are led by a capital, the letters before it tested after: the engine jumps between capitals,
# where a search led by a look-behind or a lower-case letter tries nearly every position; mendspeed, session 26)
LOWER_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])(?=[a-z])")
SMALL_WORDS = ("and", "for", "of", "in", "to", "the", "with", "on", "at", "by", "from")
NAME_INTO_SMALL_WORD = re.compile(r"([A-Z](?<![A-Za-z][A-Z])[a-z]{3,})(" + "|".join(SMALL_WORDS) + r")(?![A-Za-z])")


def seams(text: str, whole_name: Callable[[str], bool]) -> list[int]:
    """The text offsets where a lost space is put back (see the module's docstring), in order."""
    every, _ = english_words()
    lower, capital = [], []
    for m in (m for a, b in gated_lines(text, LOWER_CAPITAL) for m in LOWER_INTO_CAPITAL.finditer(text, a, b)):
        if m.group(1).islower() and m.group(1) in every:
            lower.append(m.end(1))  # 'theHong'
        elif len(m.group(1)) >= 4 and m.group(1).lower() in every:
            capital.append(m.end(1))  # 'VietnameseConsulate'; not 'McKinsey'
    for m in NAME_INTO_SMALL_WORD.finditer(text):
        word = m.group(1) + m.group(2)
        if word.lower() not in every and not whole_name(word):
            lower.append(m.end(1))
    # a brand or outlet is written in camel case ('ThinkChina', 'VisitSingapore'): a capitalised word is run into the
    # next only in a text that shows lost spaces elsewhere
    return sorted(set(lower + capital)) if lower else []


def near_seams(opened: str, spaces: list[int], find: Callable[[str], Iterable[tuple[int, int, Entry]]]
               ) -> Iterable[tuple[int, int, Entry]]:
    """The gazetteer's matches in the stretches of `opened` around its put-back spaces (80 characters either side,
    widened to whole words): only a match touching a seam is kept, and a document's other text needs no second scan."""
    windows: list[list[int]] = []
    for at in spaces:
        a = opened.rfind(" ", 0, max(0, at - 80)) + 1
        b = opened.find(" ", min(len(opened), at + 80))
        b = len(opened) if b < 0 else b
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    for a, b in windows:
        for s, e, entry in find(opened[a:b]):
            yield a + s, a + e, entry


def glued_names(doc_id: str, text: str, found: list[EntityMention],
                find: Callable[[str], Iterable[tuple[int, int, Entry]]]) -> list[EntityMention]:
    """`found` plus a mention of every known name glued to a neighbouring word (see the module's docstring)."""
    def whole_name(word: str) -> bool:
        return any(s == 0 and e == len(word) for s, e, _ in find(word))

    points = seams(text, whole_name)
    if not points:
        return found
    opened = "".join(text[a:b] + " " for a, b in zip([0, *points], points)) + text[points[-1]:]
    spaces = [p + i for i, p in enumerate(points)]  # where each put-back space stands in `opened`
    new = []
    for s, e, entry in near_seams(opened, spaces, find):
        surface = opened[s:e]
        if not (s - 1 in spaces or e in spaces) or surface.isupper() or len(surface) < 4 or \
                any(alias == surface for alias, _ in entry.context_aliases):
            continue
        start, end = s - bisect_left(spaces, s), e - bisect_right(spaces, e - 1)
        new.append(entry_mention(doc_id, text, start, end, entry, 0.8))
    return give_way(found, new)


__all__ = ["glued_names", "seams"]
