"""When a qualifying word before a figure is a preposition instead: 'about' after a verb of speech or thought names
a topic ('I have talked about two key enablers'), and 'over' before a duration right after another figure or a verb
of spreading means during ('$1.8 billion over two years', 'a rebate of $360, given out over four months': DECISIONS
40), where 'for over ten years' or 'has enjoyed over 50 years' still means more than. The words are in the figure
lexicon (`about_after_verbs`, `over_during_after`)."""

from __future__ import annotations

from typing import Any


def topic_or_stretch_qualifier(reader: Any, qstart: int, kind: str, qualifier: str) -> bool:
    """False when the qualifier word at token qstart is a preposition, not a qualifier of the figure after it."""
    word, before = reader.low(qstart), reader.low(qstart - 1)
    if word == "about" and before in reader.lex["about_after_verbs"]:
        return False
    if word == "over" and kind == "duration" and qstart - 1 >= 0 and (
            (qstart - 1) in reader.used or before in reader.lex["over_during_after"] or
            reader.words_match(qstart - 2, "set aside") == 2 or reader.words_match(qstart - 2, "rolled out") == 2):
        return False
    return True
