"""A structure of three or more shares written with colons: one ratio, the first term over the second.

Statistics bulletins and work reports state an economy's sector structure as its three shares: 三次產業結構為
4.7∶51.8∶43.5, 三次产业比例调整为1.5:38.2:60.3. The chain is one figure (its text the whole chain); like every
ratio in the gold rules ('1:2' = 0.5) its value is the first term over the second. A chain is a structure of shares
only where it says so: the ratio sign ∶, a term with decimals, or 結構 / 比例 / 比重 in its clause, or the sectors
themselves (三次产业 / 三大产业 / 产业比: 三大产业比约为15:44:41) — a clock time with seconds (10:30:15) is none. A space may stand on either side of each sign (0.5 : 25.6 : 73.9, a typesetter's
spacing).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["SIGNS", "share_chain"]

SIGNS = ":：∶︰"  # ︰ (U+FE30) is the two-dot leader some typesetters use for the ratio sign
_SHARE_WORDS = re.compile(r"結構|结构|比例|比重|配比|構成|构成|三次产业|三次產業|三大产业|三大產業|产业比|產業比")


def share_chain(reader: ZhReader, s0: int, pos: int, value: Decimal, end: int) -> FigureZh | None:
    """The chain of three or more shares that opens at s0 (its first term `value` ends at pos), or None."""
    terms: list[tuple[Decimal, str]] = [(value, reader.text[s0:pos])]
    signs, p = "", pos
    while reader.char_in(sign := p + (reader.char(p) == " "), SIGNS):  # '0.5 : 25.6 : 73.9': spaced signs
        q = sign + 1
        while q < end and reader.text[q] in " \n":  # '4.7∶51.8∶\n43.5': a line break after the sign
            q += 1
        nxt = reader.read_num(q, end)
        if nxt is None or not nxt[2][:1].isdigit():
            break
        signs += reader.char(sign)
        terms.append((nxt[0], nxt[2]))
        p = nxt[1]
    if len(terms) < 3 or terms[1][0] == 0:
        return None
    clause = re.split(r"[，。；,;！？]", reader.text[max(0, s0 - 16):s0])[-1]
    if not set(signs) & set("∶︰") and not any("." in t for _, t in terms) and not _SHARE_WORDS.search(clause):
        return None
    return reader.finish(s0, p, "ratio", (value / terms[1][0]).quantize(Decimal("0.000001")), None, "")
