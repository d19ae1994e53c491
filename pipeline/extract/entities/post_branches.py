"""Text + a post's title words → where a post's title names a place that is no mention, and where a place-like
word is part of a person's name.

Hong Kong minutes, papers and letters list officers by post and branch: 'District Officer (North)', 'Chief
Traffic Engineer (New Territories West)', 'District Planning Officer/Sha Tin, Tai Po and North, Planning
Department', 'Chief Manager/Management (Tai Po, North and Sai Kung)'. The branch in brackets or after the slash is
part of the post's title: a place written only there is not listed (GUIDELINES: a place inside a longer name is no
mention). The same lists write a person as 'Ms CHAN Tai-man, Florence' (surname in capitals, romanised given name,
English name after the comma) and glue a name to the post after it ('Patrick WONG District Commander'): the model
reads such words as places, as it reads a ruler's name ('King Carl XVI Gustaf': GeoNames gives 'Gustaf' as a
name of Gustavia). Words: `post_heads` and `grade_heads` of not_entities.en.json."""

from __future__ import annotations

import re
from functools import lru_cache

# 'LEE Kwun-yee, ' / 'NG Kam-chun, ': a surname in capitals and a romanised given name, then an English name
ROMANISED_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[ ][A-Z][a-z]+(?:-[a-z]+)*)+,[ ]$")
# the title words of ROYAL_NAME as written before the name ('Prince' also opens 'Princess ')
ROYAL_TITLES = ("King ", "Queen ", "Prince", "Emperor ", "Empress ", "Sultan ", "Emir ", "Sheikh ", "Grand Duke ",
                "Grand Duchess ", "Pope ")
BRANCH_WORD = r"(?:[A-Z][\w&'’-]*|\d+)"
# 'King Carl XVI Gustaf', 'Sultan Hassanal Bolkiah': the names after a ruler's title are a person's (a regnal
# number among them); a name that starts with the title is another thing ('Queen Elizabeth Hospital', 'Prince Edward')
ROYAL_NAME = re.compile(r"\b(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Grand[ ]Duke|Grand[ ]Duchess|"
                        r"Pope)[ ]((?:[A-Z][\w'’-]*|[IVX]{1,5})(?:[ ](?:[A-Z][\w'’-]*|[IVX]{1,5}))*)")


@lru_cache(maxsize=4)
def branch_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """A post's title word, then its branch: '(...)' right after it, or '/X Y' (a run of capitalised words,
    numbers and 'and', commas between) with an optional '(...)' after that."""
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    # the lookahead of the words' first letters skips the other positions at once (the alternation was tried
    # word by word at every word boundary: a third of the CPU of the stage's branch scan)
    first = "".join(sorted({re.escape(h[0]) for h in heads if h})) or "^\\s\\S"
    return re.compile(
        rf"\b(?=[{first}])(?:{words})(?P<branch>[ ]?\([^()\n]{{1,80}}\)"
        rf"|/{BRANCH_WORD}(?:,?[ ](?:and[ ]|&[ ])?{BRANCH_WORD}){{0,6}}(?:[ ]?\([^()\n]{{1,80}}\))?)")


@lru_cache(maxsize=4)
def post_after_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ ](?:{words})\b")


def post_branch_spans(text: str, heads: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the branches written after a post's title word (the title word itself left out)."""
    if "(" not in text and "/" not in text:
        return []
    return [m.span("branch") for m in branch_pattern(heads).finditer(text)]


def person_part(text: str, start: int, end: int, known: bool, heads: frozenset[str]) -> bool:
    """A place-like name that is part of a person's name in a list of officers: an English name after a romanised
    Chinese one ('NG Kam-chun, Stephen'), or a name the model ran into the post after it ('Patrick WONG District'
    + ' Commander'; a name no gazetteer knows)."""
    if ROMANISED_NAME_BEFORE.search(text, max(0, start - 40), start):
        return True
    return not known and post_after_pattern(heads).match(text, end) is not None


def royal_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names after a ruler's title: 'Carl XVI Gustaf' in 'King Carl XVI Gustaf of Sweden'."""
    if not any(title in text for title in ROYAL_TITLES):  # no title word, no match: skip the slow scan
        return []
    return [m.span(1) for m in ROYAL_NAME.finditer(text)]
