"""Quoted slogans that a plain length limit takes for speech: numbered items glossed in brackets, and campaign names.

- A slogan whose numbered items each carry their members in brackets: “四区(甲、乙及丙片区)五园(丁园、戊园)”建设.
  Without the brackets it is a short numbered slogan (“四区五园”, like “一区两园”: GUIDELINES-zh 9), so its
  numerals are part of a name; the brackets only spell out what the name covers, however long they are.
- A quoted campaign or project name ending in its head word (“某某补短板积优势十项行动”, “某某提升工程”): a name
  (GUIDELINES-zh 9; README: numbers inside names), though longer than the short-slogan limit. Words: figure_lexicon.zh.json
  quoted_name_ends.

Read by reading_zh.slogan_spans once per block (one compiled pattern per quote pair).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.numbers_zh import lexicon

__all__ = ["glossed_slogan_spans", "quoted_name"]

_ITEM_MAX = 4  # characters of one numbered item outside its brackets ('四区', '五大园区')
_GLOSS_MAX = 80  # characters inside one bracket pair


@lru_cache(maxsize=8)
def _glossed(open_q: str, close_q: str) -> re.Pattern[str]:
    """open quote, then numbered items (a Chinese numeral + up to _ITEM_MAX characters, an optional bracketed gloss),
    at least one of them glossed, then the close quote — built once per quote pair."""
    numerals = re.escape(lexicon()["slogan_list_numerals"])
    item = rf"[{numerals}][\u4e00-\u9fff]{{1,{_ITEM_MAX - 1}}}"
    gloss = rf"[(（][^()（）\n{re.escape(close_q)}]{{1,{_GLOSS_MAX}}}[)）]"
    return re.compile(rf"{re.escape(open_q)}(?:{item}(?:{gloss})?[、和及与與]?)*{item}{gloss}"
                      rf"(?:[、和及与與]?{item}(?:{gloss})?)*{re.escape(close_q)}")


def glossed_slogan_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted numbered slogans whose items are glossed in brackets (see the module note)."""
    out: list[tuple[int, int]] = []
    for open_q, close_q in lexicon()["slogan_quotes"]:
        if open_q == "《" or text.find(open_q, start, end) < 0:
            continue
        out.extend((m.start(), m.end()) for m in _glossed(open_q, close_q).finditer(text, start, end))
    return out


def quoted_name(inner: str) -> bool:
    """Whether a quote's inside ends in a campaign's or project's head word (“…十项行动”): a name, not speech; one that
    holds an amount in digits with its unit (“新增造林5万亩…行动”) lists targets (lexicon quoted_name_not_amount)."""
    return inner.endswith(tuple(lexicon()["quoted_name_ends"])) and not re.search(lexicon()["quoted_name_not_amount"], inner)
