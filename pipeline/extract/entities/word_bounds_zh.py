"""Chinese place matches → without the known places read across two words (隆重庆祝: no 重庆).

Chinese runs its words together, so a gazetteer name matches wherever its characters stand in a row: 隆重庆祝 holds
重庆, 顺应城市 holds 应城市, 其中山区 holds 中山. Where a common word ends inside the name from the left (隆重,
顺应, 其中) and another takes the rest of it, maybe with the next character or two (庆祝, 城市, 山区), the text reads
as those two words and names no place. The word lists are generated from jieba's dictionary less our place names
(scripts/build_zh_word_bounds.py → pipeline/data/zh_word_bounds.json); a cut on one side only keeps the place
(以前海企业: 以前 cuts 前海, but 海企 is no word; 上海南京路: 上海 is a place, no word). A place or a division's short
form may take the left word's part (梅江苏区: 梅江 of 梅江区 + 苏区, no 江苏), a known place the right word's (罗浮山东江:
浮山 of 浮山县 + the river 东江, no 山东): two places written together name no third one read across their seam.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.person_names_zh import drop_person_names
from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json_data("zh_word_bounds.json")
    return frozenset(data["left"]), frozenset(data["right"])


def right_words() -> frozenset[str]:
    """The common words that may take the rest of a place name (民生 after 惠民: 惠民生)."""
    return _words()[1]


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """jieba's frequent words of 2-3 characters (zh_frequent_words.json, scripts/build_zh_frequent_words.py)."""
    return frozenset(load_json_data("zh_frequent_words.json")["words"].split())


def ends_left_word(folded: str, i: int, inside: str = "") -> bool:
    """Whether a common word of the left list ends with the character at i, opening one or two characters before it
    with a character not in `inside` (节假日、非: 日 ends 假日; 欧美、日 with inside 欧美日…: a list, no word)."""
    left = _words()[0]
    return any(i - j >= 0 and folded[i - j:i + 1] in left and any(c not in inside for c in folded[i - j:i])
               for j in (1, 2))


def left_edge(folded: str, i: int, boundary: Container[str], ends: Container[int] = ()) -> bool:
    """Whether a name starting at i stands after an edge: the text's start, a boundary, a non-CJK character or a
    known place ending at i (`ends`), not inside a word (区域合作, 扩大城镇)."""
    return i == 0 or folded[i - 1] in boundary or not _CJK.match(folded[i - 1]) or i in ends


_DIVISION_ENDS = "区县市"


def _place_or_division(folded: str, at: int, w: str, is_place: Callable[[str], object]) -> bool:
    """Whether w (written at `at`) is a known place or a division's short form (梅江 of 梅江区, 浮山 of 浮山县: a
    division's name is its short form + its level, and texts write the short form alone); a short form whose first
    character ends a known place written before it is no word there (辽宁海城市: 宁 is 辽宁's, no 宁海)."""
    if is_place(w):
        return True
    return any(is_place(w + c) for c in _DIVISION_ENDS) and not any(
        at - j >= 0 and is_place(folded[at - j:at + 1]) for j in (1, 2))


def straddled(folded: str, start: int, end: int, is_place: Callable[[str], object] = lambda _k: None) -> bool:
    """Whether the name at [start, end) is read as a word ending inside it and a word taking its rest; the word on
    the left may be a known place or a division's short form (`is_place`: 鹤山东部 is 鹤山 + 东部, no 山东; 浙江西部, no
    江西; 梅江苏区 is 梅江 + 苏区 'the former Soviet area', no 江苏), the word on the right a known place (罗浮山东江大桥:
    浮山 + 东江, no 山东)."""
    return _left_word(folded, start, end, is_place, True) >= 0


def _left_word(folded: str, start: int, end: int, is_place: Callable[[str], object], words: bool) -> int:
    """The start of the left word of a straddle of [start, end) (`words`: a common word or a place; else a place or a
    division's short form only), -1 if none."""
    left, right = _words()
    for k in range(1, end - start):  # the left word ends k characters into the name
        at = next((start - j for j in (1, 2) if start - j >= 0 and (
            words and folded[start - j:start + k] in left or
            _place_or_division(folded, start - j, folded[start - j:start + k], is_place))), -1)
        if at >= 0 and any((r := folded[start + k:end + m]) in right or (m > 0 and is_place(r)) for m in (0, 1, 2)
                           if end + m <= len(folded) and end + m - start - k >= 2):
            return at
    return -1


def _grown_from_division(folded: str, m: Match, is_place: Callable[[str], object]) -> Match:
    """A name built on a suffix that grew from a known place read across a division's short form (梅江|苏区振兴发展
    示范区 grew from 江苏) starts at the short form: the division is the name's prefix (梅江苏区振兴发展示范区)."""
    if m.label != "PLACE" or m.entity.startswith("id:") or m.end - m.start < 4:
        return m
    lead = next((n for n in (4, 3, 2) if n < m.end - m.start and is_place(folded[m.start:m.start + n])), 0)
    at = _left_word(folded, m.start, m.start + lead, is_place, False) if lead else -1
    return replace(m, start=at, alias="") if at >= 0 else m


# 省、市和县委: a list of administrative levels joined by a conjunction (和, 与, 及) before the last, so a name that
# opens with the conjunction and a level's character (和县, Anhui's He County) right after a level is the list's
# conjunction and its last level, no place, and the level's body after it (和县委, 和县政府) no county's body
_CONJUNCTIONS = "和与及"
_LEVELS = "省市县区镇乡"
# the levels' bodies follow the list (市和县委); 马鞍山市和县发展 is Anhui's county
_BODIES_AFTER = ("委", "政府", "人大", "政协", "人民政府", "两级", "各级")


def level_conjunction(folded: str, start: int) -> bool:
    """Whether the name at `start` opens with a conjunction and a level right after a level (市和县委)."""
    return start > 0 and folded[start - 1] in _LEVELS and folded[start:start + 1] in _CONJUNCTIONS and \
        folded[start + 1:start + 2] in _LEVELS and folded.startswith(_BODIES_AFTER, start + 2)


def drop_straddled(folded: str, matches: list[Match], is_place: Callable[[str], object] = lambda _k: None) -> list[Match]:
    """Drop the gazetteer places read across two words (not the names built on a suffix or a known body) and the
    names read across a list of levels' conjunction (市和县委) or inside a person's name (县长江某某, 主席李长春); a name
    built on a suffix that grew from a place read across a division's short form starts at the short form."""
    return [_grown_from_division(folded, m, is_place) for m in drop_person_names(folded, matches, is_place)
            if not (m.label == "PLACE" and m.entity.startswith("id:") and straddled(folded, m.start, m.end, is_place))
            and not level_conjunction(folded, m.start)]
