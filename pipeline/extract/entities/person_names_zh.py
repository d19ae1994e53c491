"""Chinese place matches → without the places read inside a person's name.

A person's name runs into the words around it as any Chinese word does, and its characters may spell a place: after a
head's title that ends in 长 (县长, 院长, 检察长) a surname 江 gives 长江 (县长江某某: the county head Jiang), and a given
name may be a place's name (李长春, 王桂林, 吴文莱). A name is a common surname and one or two characters; it stands
after a post title (主席, 书记, 县长 …) or in a list of names joined by 、, and it ends where the name does (a list or
clause mark, or a word that follows a name: 主持, 作, 同志). Such a place is no mention (a person is no place). Where
the surname and the place together are a known place (马鞍山) the place stays. Data: `person_names` of
pipeline/data/entities_zh.json (the surnames are the most common ones of the national household register: a fact of
the language, not names seen in a text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match


class _Rules(NamedTuple):
    surnames: frozenset[str]
    head_chars: str  # 县 of 县长, 院 of 院长: a head's title is one of them + 长
    not_before_head: str  # 我市长江段: 我市 is a word, no 市长
    marks: str  # a name ends before these
    words_after: tuple[str, ...]  # … or before these (主持, 作, 同志)
    title_before: re.Pattern[str]  # a post title right before the surname
    longest_title: int
    not_given: str  # 市长江段, 该市长江大桥: a place's part or kind after 长江, no given name
    prepositions: str  # 于 / 向 after a title or opening a sentence are prepositions (主席于北京会见), no surnames


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_json_data("entities_zh.json")
    rules = data["person_names"]
    titles = sorted(set(data["post_titles_after"]) | set(rules["titles_before"]), key=len, reverse=True)
    return _Rules(frozenset(rules["surnames"]), rules["head_title_chars"], rules["not_before_head"], rules["name_ends"],
                  tuple(rules["words_after"]), re.compile("(?:" + "|".join(map(re.escape, titles)) + ")$"),
                  max(map(len, titles)), rules["not_in_given_name"],
                  rules["not_name_surnames"])


_SPACES = " \u3000"


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _ends_name(folded: str, i: int, r: _Rules) -> bool:
    """Whether a name may end at i: the text's end, a mark, or a word that follows a name."""
    return i >= len(folded) or folded[i] in r.marks or folded.startswith(r.words_after, i)


def in_person_name(folded: str, m: Match, is_place: Callable[[str], object]) -> bool:
    """Whether the 2-character place at m is read inside a person's name: 长 + a surname right after a head's title
    (县长江某某), or a given name after a surname that follows a post title or a 、 after another name (主席李长春), or
    that opens a sentence whose verb follows the name (吴某某主持大会)."""
    if m.label != "PLACE" or m.start < 1:
        return False
    r, s = _rules(), m.start
    if m.end - s == 3 and folded[s + 1] in _SPACES:  # 县长 江某某: a spaced signature line
        return _head_surname(folded, s, m.end, r)
    if m.end - s != 2:
        return False
    if _head_surname(folded, s, m.end, r):
        return True
    if folded[s - 1] not in r.surnames or not _ends_name(folded, m.end, r) or is_place(folded[s - 1:m.end]):
        return False
    if folded[s - 2:s - 1] == "、" and _listed_name(folded, s - 2, r):
        return True
    return folded[s - 1] not in r.prepositions and (
        bool(r.title_before.search(folded, max(0, s - 1 - r.longest_title), s - 1)) or
        (s < 2 or folded[s - 2] in "\n。") and folded.startswith(r.words_after, m.end))  # a line's 吴某某主持大会


def _head_surname(folded: str, s: int, end: int, r: _Rules) -> bool:
    """Whether the 长 at s closes a head's title and the character at end - 1 is a surname opening a name of one or
    two characters more (县长江某某作报告, 县长 江某某 on a signature line, where a digit or a Latin letter of
    the layout may follow the name)."""
    return folded[s] == "长" and folded[end - 1] in r.surnames and folded[s - 1] in r.head_chars and \
        (s < 2 or folded[s - 2] not in r.not_before_head) and any(  # 县长江某某作报告: 江 and one or two characters
            end + k <= len(folded) and all(_cjk(c) and c not in r.not_given for c in folded[end:end + k])
            and (_ends_name(folded, end + k, r) or end + k < len(folded) and folded[end + k].isascii()
                 and folded[end + k].isalnum())  # 宜昌市长江保护: a common word after 长江, no given name
            and folded[end:end + k] not in common_words("zh_common_words.json") for k in (1, 2))


def _listed_name(folded: str, mark: int, r: _Rules) -> bool:
    """Whether the item before the 、 at `mark` ends in a name: two or three characters opened by a surname (孙某某、;
    有孙某某、: the verb before the list runs into the first name)."""
    return any(mark - k >= 0 and folded[mark - k] in r.surnames and all(_cjk(c) for c in folded[mark - k:mark])
               for k in (2, 3))


def drop_person_names(folded: str, matches: list[Match], is_place: Callable[[str], object]) -> list[Match]:
    """The matches without the places read inside a person's name (a look at the few characters around each
    2-character place; the title pattern is compiled once)."""
    return [m for m in matches if not in_person_name(folded, m, is_place)]
