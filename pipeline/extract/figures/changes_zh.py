"""Chinese figure readings that depend on the words around a number (rules over characters, data in
figure_lexicon.zh.json): a change stated as 'increment 至 level', a span inside a plan's name, and an
amount after a verb of spending.

    增加27億至490億元   -> 27億 (the increment) and 490億元 (the level reached): two figures
    縮短一年至5.1年     -> 1 year and 5.1 years (減少10%至20% stays one range: the level is not over twice the step)
    第一個十年醫院發展計劃 -> no figure (the span is part of the plan's name)
    會用4400萬 / 動用二千億 -> money with its 元 left implied
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.figures.numbers_zh import has_scale
from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["change_level", "is_change", "named_plan_span", "spend_verb"]

_ORDINAL_CLASSIFIER = re.compile(r"第[0-9０-９一二三四五六七八九十兩两]{1,3}[個个]$")
_BREAK = re.compile(r"[，。、；：！？（）()《》「」『』“”\"',.;:!?\s]")


def written_alike(surface: str, other_surface: str) -> bool:
    """Two numbers written alike: both in Arabic digits or both in Chinese numerals, both with a scale word or both
    without (50萬 / 56萬, 九十萬 / 二百一十萬; not 5000 / 3萬)."""
    return surface[0].isdigit() == other_surface[0].isdigit() and has_scale(surface) == has_scale(other_surface)


def is_change(reader: ZhReader, s0: int, surface: str, value: Decimal, other_surface: str, other: Decimal) -> bool:
    """'N 至 M' after a verb of change, with M at least three times N (the English rule's test, 'increase by A to B')
    and both numbers written alike (both Arabic or both Chinese; both with a scale word or both without): the
    increment and the level reached, not a range (增長3至5個百分點 stays a band; so does 新增约6600至68000个, where the
    first bound is approximate)."""
    if not other >= 3 * value or not written_alike(surface, other_surface):
        return False
    q, q0 = reader.qualifier_before(s0)
    if reader.lex["qualifiers_before"].get(q) == "about":
        return False  # 新增约6600至68000个: an approximate first bound makes an estimate's range, no increment
    return bool(reader.before(q0, reader.lex["change_verbs"]))


def change_level(reader: ZhReader, first: int, p: int) -> bool:
    """Whether the range word at p follows a number that a verb of change governs (增加27億至…)."""
    return reader.at(p, ["至", "到"]) != "" and \
        bool(reader.before(reader.qualifier_before(first)[1], reader.lex["change_verbs"]))


def named_plan_span(reader: ZhReader, first: int, nxt: int) -> bool:
    """第一個十年醫院發展計劃: a span right after 第N個, with a plan head closing the name within a few characters
    and no break between, belongs to the plan's name."""
    if not _ORDINAL_CLASSIFIER.search(reader.text, max(0, first - 5), first):
        return False
    window = reader.text[nxt:nxt + int(reader.lex["named_plan_window"]) + 2]
    stop = _BREAK.search(window)
    window = window[:stop.start()] if stop else window
    heads = list(reader.lex["plan_heads"]) + ["藍圖", "蓝图"]
    return any(h in window for h in heads)


def spend_verb(reader: ZhReader, q0: int) -> str:
    """The verb of spending that ends right before q0 ('' if none): 動用, 花了, or 用 as a word of its own."""
    verb = reader.before(q0, reader.lex["spend_verbs"])
    if verb == "用" and reader.char_in(q0 - 2, reader.lex["spend_yong_not_after"]):
        return ""  # 使用, 利用, 費用: another word
    return verb
