"""Nouns that Chinese counts without a classifier (九市, 三跑道, 粵港澳三地): the noun at a position, unless the
characters after it make it the first character of another word.

地 counts places (粵港澳三地 'the three places', 港深兩地 'the two places'), but it also starts many words that a
numeral can stand before without counting places: 三地塊 (three sites: 塊 is the noun), 兩地區, 四地方, 地鐵, 地產.
The lexicon's bare_noun_word_starts lists, for each bare noun, the characters that make such a word with it, and
bare_noun_set_phrases the words before the numeral that make a set phrase of it: 兩岸三地 ('both sides of the strait
and the three places', Greater China as a whole) and the slogan 一點兩地 name regions, they count nothing.

The nouns of bare_nouns_generated (方 parties, 塔 towers, 国 countries) take both lists from jieba's dictionary
(zh_bare_noun_words.json, scripts/build_zh_bare_noun_words.py): 三方案 counts plans, and a numeral inside an idiom or a
name (四面八方, 志在四方, 三国演义, 七国集团) counts nothing — unless the characters after the noun make a word of their
own (中日韩三国政府, 三国人民, 东盟十国外长: 政府, 人民, 外长 are words, so 国 ends before them and three countries
are counted; the file's 'split'). 方 counts parties only where the text lists them before
the numeral or has them act together after it (bare_nouns_need_parties): 八方游客 and 四方宾客 are 'from all directions'.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["bare_noun_at"]


def bare_noun_at(reader: ZhReader, p: int, first: int) -> str:
    """The bare noun that starts at p after the numeral that starts at `first` ('' if none, if it starts a longer word
    there: 三地塊, 兩地區, or if the numeral and noun close a set phrase: 兩岸三地)."""
    lex = reader.lex
    noun = reader.at(p, lex["_bare_nouns"])
    if noun and reader.char_in(p + len(noun), lex["bare_noun_word_starts"].get(noun, "")):
        return ""
    if noun and reader.before(first, lex["bare_noun_set_phrases"].get(noun, [])):
        return ""
    if noun and reader.char_in(p + len(noun), lex["bare_noun_site_heads"]):
        return ""  # 五塔寺: the numeral is inside a temple's or site's name
    starts, phrases, split = _jieba_words()
    q = p + len(noun)
    if noun in starts and (reader.char_in(q, starts[noun]) and not reader.char_in(q + 1, split.get(reader.char(q), "")) or
                           _in_phrase(reader.text, first, p, phrases[noun])):
        return ""  # 三方案 (plans), 四面八方, 三国演义: the noun opens another word, the numeral sits in an idiom or name
    needs = lex["bare_nouns_need_after"].get(noun)
    if needs and reader.char(first) not in [*lex["liang_numerals"], *lex["pair_numerals"]] and not reader.at(p + len(noun), needs):
        return ""  # 機場三跑道 is the airport's third runway; 三跑道系統 counts three (DECISIONS-zh 4)
    parties = lex["bare_nouns_need_parties"].get(noun)
    if parties and not reader.at(p + len(noun), parties) and not _parties_listed(reader, first):
        return ""  # 八方游客, 四方宾客: 'from all directions', no parties named nor acting together
    if noun in lex["pair_anaphora_nouns"] and reader.char(first) in lex["liang_numerals"] and names_pair(reader, first):
        return ""  # 廣深兩市, 廣州、深圳兩市: 'both cities', the two just named (the 兩地 ruling), no count
    if noun in lex["pair_anaphora_nouns"] and reader.char(first) in lex["pair_numerals"]:
        return ""  # 双区驱动, 形成双区叠加, 广深双城联动: 'the twin zones / cities', a pair named, not counted
    return noun


@lru_cache(maxsize=1)
def _jieba_words() -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
    """(the characters after each generated noun that make another word, the phrases holding a numeral + the noun,
    for each such character the characters that make a word with it: 人 + 民, 政 + 府, 外 + 长)."""
    data = json.loads(resources.files("pipeline.data").joinpath("zh_bare_noun_words.json").read_text("utf-8"))
    return data["after"], data["phrases"], data["split"]


def _in_phrase(text: str, first: int, p: int, phrases: list[str]) -> bool:
    """Whether one of `phrases` is written over the numeral [first, p) and the noun after it."""
    pair = text[first:p + 1]
    for w in phrases:
        k = w.find(pair)
        while k >= 0:
            if text.startswith(w, first - k):
                return True
            k = w.find(pair, k + 1)
    return False


def _parties_listed(reader: ZhReader, first: int) -> bool:
    """The clause before `first` lists the parties the count sums up: names joined by 、 / 和 / 与 / 及 (政府、企业、
    高校三方; 香港和深圳两方) or one-character place abbreviations written together (粤港澳三方)."""
    lead = _CLAUSE_END.split(reader.text[max(0, first - 16):first])[-1]
    abbr = reader.lex["place_abbreviations"]
    return bool(_LISTED.search(lead)) or _two_abbreviations(lead, abbr)


_CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")
_LISTED = re.compile(r"[、和与與及同跟]")


def names_pair(reader: ZhReader, first: int) -> bool:
    """The words right before `first` name two places: two one-character place abbreviations (廣深, 珠澳: lexicon
    place_abbreviations) or two short names joined by 、 / 和 / 與 / 及 (廣州、深圳)."""
    lead = reader.text[max(0, first - 12):first]
    abbr = reader.lex["place_abbreviations"]
    if _two_abbreviations(lead, abbr):
        return True
    return _PAIR.search(lead) is not None


# two short CJK names joined by one joining word, right before the numeral (and nothing before them in the clause)
_PAIR = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的和與与及在將将對对向為为把])[\u4e00-\u9fff]{2,4}[、和與与及][\u4e00-\u9fff]{2,4}$")


def _two_abbreviations(lead: str, abbr: str) -> bool:
    """`lead` ends with two one-character place abbreviations written together (廣深, 粤港)."""
    return len(lead) >= 2 and lead[-1] in abbr and lead[-2] in abbr
