"""'one day' meaning 'at some time in the future' (an idiom, no length of time): 'One day we would like to …',
'we will one day see …', 'One day, …'. It opens a sentence before a comma or a subject pronoun, or stands between a
modal verb and its verb; a length of one day follows a preposition or a verb instead ('for one day', 'takes one
day'). Word lists are in the figure lexicon (`someday_*`)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.match import Amount


def is_someday(reader: Any, amt: Amount, kind: str, unit: str, end_idx: int) -> bool:
    """True when the duration 'one day' from amt.start_idx to end_idx is the idiom 'some day'."""
    if not (amt.in_words and amt.value == 1 and kind == "duration" and unit == "day") or amt.qualifier or \
            end_idx != amt.end_idx + 1 or reader.low(amt.end_idx) != "day":
        return False
    lex = reader.lex
    nxt = reader.low(end_idx)
    if reader.sentence_initial(amt.start_idx):
        return nxt == "," or nxt in lex["someday_subjects"]  # 'One day, …', 'One day we would …'
    return reader.low(amt.start_idx - 1) in lex["someday_modals"] and \
        reader.tok(end_idx) is not None and reader.toks[end_idx].kind == "word"  # 'we will one day see'
