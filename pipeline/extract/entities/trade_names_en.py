"""Text + the entity mentions found in it → the same, with companies named by a proper name and their line of business
made institutions: 'Tuas Power's existing complex', 'Some, like Kim Hock Fisheries, culture fish', 'Sembawang
Engineering said' (enent, session 25: the model read the first as the place Tuas, missed the others).

A business word closing a run of capitalised words ('Power', 'Fisheries', 'Engineering', `trade_words` in
trade_names.en.json) names a company where the run is a proper name — one of its words is no English word, or the
run holds a known place ('Tuas', 'China') — and the name ends there as a company's: a possessive or a lower-case verb or
auxiliary after it (`after_words`), or, where the name holds a coined word of its own (no English word, no place, not
all capitals: 'Kim Hock', 'Lim-Tan'), a comma or stop, a conjunction or a preposition (`weak_after_words`: 'Hong Kong
Industries to upgrade', 'Mainland Enterprises to list' name sectors; 'FinTech Industries and start-ups' a class).
No word of the run is a possessive ('China's Military Power' names the owner China). The place inside such a name is no
mention of its own (GUIDELINES: a place named only inside a longer name is not listed). Everyday compounds of
English words ('Solar Power is growing', 'Human Resources and ...', 'Civil Engineering and Development') name no
company; a noun or a capitalised word after the business word makes it a premodifier or part of a longer name ('the
Tuas Power plant', 'the Fisheries sector', 'Tuas Power Station', 'Hong Kong Electric Vehicle Association'), and a
name something else found already as one body ('Singapore Airlines', a gazetteer company) stays as found."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.common_words import english_words
from pipeline.extract.entities.gazetteer import Entry, load_json_data
from pipeline.extract.entities.line_windows import gated_lines
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention


Find = Callable[[str], Iterable[tuple[int, int, Entry]]]
# a word of a name: an apostrophe inside ('O’Neill'), never a possessive ('Hong Kong's Soft Power' names an owner)
NAME_WORD = r"[A-Z](?:[\w&]|['’](?!s\b))*"
PLURAL_NEXT = re.compile(r"[ ]+(?:[a-z][\w-]*[a-z]s|[A-Z]{2,}s)\b")


@lru_cache(maxsize=1)
def trade_pattern() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The pattern of a capitalised run of one to three words closed by a business word; the words after it; of those,
    the ones that end a list or a phrase as well."""
    data = load_json_data("trade_names.en.json")
    trades = "|".join(sorted(data["trade_words"], key=len, reverse=True))
    pattern = re.compile(r"(?<![\w&'’.-])((?:" + NAME_WORD + r"(?:-[A-Za-z](?:[\w&]|['’](?!s\b))*)*[ ]){1,3})("
                         + trades + r")(?=(?:['’]s\b)|[,.;:)]|[ ]+([a-z]+)\b|\s*$)")
    return pattern, frozenset(data["after_words"]), frozenset(data["weak_after_words"])


@lru_cache(maxsize=1)
def leading_words() -> frozenset[str]:
    return frozenset(load_json_data("trade_names.en.json")["leading_words"])


@lru_cache(maxsize=1)
def trade_gate() -> re.Pattern[str]:
    """A business word after a space: every match of `trade_pattern` holds one on one line, so only the lines that hold
    one are searched (line_windows; the pattern's lookahead reads past the line's end, hence `reach`)."""
    return re.compile(r"[ ](?:" + "|".join(load_json_data("trade_names.en.json")["trade_words"]) + r")")


def proper_name(words: list[str], start: int, found: list[EntityMention], text_end: int) -> bool:
    """Whether a run of capitalised words is a proper name: a word that is no English word, or a known place."""
    every, _ = english_words()
    if any(part.lower() not in every for w in words for part in re.split(r"[-'’]", w) if part and
           not (part.lower().endswith("s") and part.lower()[:-1] in every)):
        return True
    return any(m.label == "PLACE" and start <= m.start and m.end <= text_end for m in found)


def coined(text: str, start: int, end: int, found: list[EntityMention], find: Find | None) -> bool:
    """Whether a name holds a coined word of its own: no English word, not inside a known place (found, or a place of
    the gazetteer: 'Hong Kong Industries', where the model read no place), not all capitals."""
    every, _ = english_words()
    places = [(m.start, m.end) for m in found if m.label == "PLACE"]
    places += [(start + s, start + e) for s, e, entry in (find(text[start:end]) if find else ())
               if entry.table == "place"]
    for w in re.finditer(r"[^ ]+", text[start:end]):
        a, b = start + w.start(), start + w.end()
        if w.group().isupper() or any(s <= a and b <= e for s, e in places):
            continue
        if any(part.lower() not in every and not (part.lower().endswith("s") and part.lower()[:-1] in every)
               for part in re.split(r"[-'’]", w.group()) if part):
            return True
    return False


def trade_names(doc_id: str, text: str, found: list[EntityMention], find: Find | None = None) -> list[EntityMention]:
    """`found` plus the companies named by a proper name and a business word (see the module's docstring)."""
    pattern, after, weak = trade_pattern()
    new = []
    for m in (m for a, b in gated_lines(text, trade_gate(), reach=True) for m in pattern.finditer(text, a, b)):
        if m.group(3) is not None and m.group(3) not in after:
            continue  # 'the Tuas Power plant', 'the Fisheries sector': a premodifier
        words = m.group(1).split()
        start, end = m.start(1), m.end(2)
        while words and words[0] in leading_words():  # 'Meanwhile Kim Hock Fisheries said': no part of the name
            start += len(words.pop(0)) + 1
        if not words:
            continue
        if words[0] in ("The", "A", "An") or not proper_name(words, start, found, end):
            continue  # 'The Fisheries', 'Solar Power': no company's name
        if text[end:end + 2] not in ("'s", "’s") and (m.group(3) is None or m.group(3) in weak) and (
                not coined(text, start, m.start(2), found, find) or
                m.group(3) in ("and", "or") and PLURAL_NEXT.match(text, m.end(3))):
            continue  # 'Hong Kong Industries to upgrade', 'FinTech Industries and start-ups': a sector, a class
        same = [i for i, f in enumerate(found) if f.label == "INSTITUTION" and (f.start, f.end) == (start, end) and
                not f.type and f.method == "rule"]
        if same:  # the very name an evidence rule found untyped ('A local firm, Sun Hing Engineering, won'): a
            found = found[:same[0]] + [replace(found[same[0]], type="company")] + found[same[0] + 1:]
            continue  # company still (review reven S3)
        if any(f.label == "INSTITUTION" and f.start <= start and end <= f.end or
               f.start < start < f.end or f.start < end < f.end for f in found):
            continue  # a body found already ('Singapore Airlines'), or a name that crosses this one
        name = text[start:end]
        new.append(EntityMention(doc_id, start, end, name, "INSTITUTION", "rule", 0.75,
                                 entity_id=synthetic_id("INSTITUTION", name), canonical=name, type="company"))
    if not new:
        return found
    kept = [f for f in found if not any(n.start <= f.start and f.end <= n.end for n in new)]
    return sorted(kept + new, key=lambda f: (f.start, f.end))


__all__ = ["trade_names"]
