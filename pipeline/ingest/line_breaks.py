"""Text → the same text with line breaks a scraper lost put back (eninst, session 21).

A page scraped without its block tags glues a heading or a list item to the sentence after it: 'Sustain the
fundThe Government agrees', '62000 Jobs and InternshipWe will', '(see Annex A.)The Credit'. A lower-case letter (or
a closing bracket, or the capital after '&' in 'R&D') directly followed by a capitalised word that only ever opens a
sentence (a determiner, a personal pronoun, an infinitive's 'To', a sentence adverb) and then a space is such a lost
break: intercapped names ('PayNow', 'iPhone', 'McDonald', 'LinkedIn', 'WeChat') put a content word or a name there,
never one of these closed-class words followed by a space. The break goes back as a newline, so the heading is a
line of its own and the name before it ends there. Runs at ingest on text formats (not on PDF text, whose lines come
from the page layout), before the text file is written, so every offset still points into that file.
"""

from __future__ import annotations

import re

# closed-class words that open a sentence (not 'In', 'On', 'As', 'A', 'I': 'LinkedIn', 'PaaS', 'HbA', 'iPadI')
SENTENCE_OPENERS = ("The", "We", "To", "This", "These", "Those", "Our", "It", "Its", "They", "He", "She", "For",
                    "With", "Under", "However", "Moreover", "Meanwhile", "Besides", "There")
# (capital-first: the word is searched, the character before it checked per match; a leading lookbehind would be
# tried at every position of the text)
_OPENER = re.compile(r"(?:%s)(?=[ ])" % "|".join(SENTENCE_OPENERS))
# an infinitive's 'To' opens a line only before a lower-case verb ('To build'; not 'GoTo Group', 'HowTo Guides')
_TO_VERB = re.compile(r"To [a-z]")
# a glued word shorter than this is the first part of an intercapped name ('GoTo', 'HowTo', 'MeWe'), not a heading
MIN_GLUED_WORD = 4


def glued_at(text: str, at: int) -> bool:
    """The opener at `at` sticks to a closing bracket, the capital after '&' ('R&DThe') or a lower-case letter ending
    a glued word of at least MIN_GLUED_WORD characters ('poolThe'; not 'GoTo', 'MeWe'); 'To' only before a
    lower-case word."""
    before = text[at - 1:at]
    if before in (")", "]") or "A" <= before <= "Z" and text[at - 2:at - 1] == "&":
        return True
    if not "a" <= before <= "z":
        return False
    if text.startswith("To", at) and not _TO_VERB.match(text, at):
        return False
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
    return at - start >= MIN_GLUED_WORD


def restore_line_breaks(text: str) -> str:
    """A newline where a heading or list item was glued to the next sentence (the module's docstring)."""
    cuts = [m.start() for m in _OPENER.finditer(text) if glued_at(text, m.start())]
    if not cuts:
        return text
    return "\n".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)]))


__all__ = ["SENTENCE_OPENERS", "restore_line_breaks"]
