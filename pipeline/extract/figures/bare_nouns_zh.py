"""Nouns that Chinese counts without a classifier (九市, 三跑道, 粵港澳三地): the noun at a position, unless the
characters after it make it the first character of another word.

地 counts places (粵港澳三地 'the three places', 港深兩地 'the two places'), but it also starts many words that a
numeral can stand before without counting places: 三地塊 (three sites: 塊 is the noun), 兩地區, 四地方, 地鐵, 地產.
The lexicon's bare_noun_word_starts lists, for each bare noun, the characters that make such a word with it, and
bare_noun_set_phrases the words before the numeral that make a set phrase of it: 兩岸三地 ('both sides of the strait
and the three places', Greater China as a whole) and the slogan 一點兩地 name regions, they count nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["bare_noun_at"]


def bare_noun_at(reader: ZhReader, p: int, first: int) -> str:
    """The bare noun that starts at p after the numeral that starts at `first` ('' if none, if it starts a longer word
    there: 三地塊, 兩地區, or if the numeral and noun close a set phrase: 兩岸三地)."""
    noun = reader.at(p, reader.lex["_bare_nouns"])
    if noun and reader.char_in(p + len(noun), reader.lex["bare_noun_word_starts"].get(noun, "")):
        return ""
    if noun and reader.before(first, reader.lex["bare_noun_set_phrases"].get(noun, [])):
        return ""
    return noun
