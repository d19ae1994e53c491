"""A Chinese table's unit line ('单位:%', '單位：百萬元', letter-spaced '單 位 : 百 萬 元') and the unit it declares.

table_units_zh gives a table's bare cells the declared unit; the figure reader (reading_zh.slogan_spans) reads the
line's own numerals (百萬) as no amount, like a quoted name's. Here so that both can import it without a circle.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.figures.numbers_zh import lexicon, parse_number

__all__ = ["UNIT_LINE", "declared_unit", "unit_line_spans"]

UNIT_LINE = re.compile(r"[单單][ \u3000]*位[ \u3000]*[:：][ \u3000]*([^\n:：]{1,16}?)[ \u3000]*[)）]?[ \u3000]*$", re.M)
PERCENT = ("%", "％", "百分比")


def declared_unit(declared: str) -> tuple[str, Decimal, str] | None:
    """'%' -> ('percent', 1, ''); '百萬元' -> ('money', 1e6, ''); '億美元' -> ('money', 1e8, 'USD'); else None."""
    unit = re.sub(r"[ \u3000（）()]", "", declared)
    if unit in PERCENT:
        return "percent", Decimal(1), ""
    lex = lexicon()
    for word in lex["_currency_suffixes"]:  # longest first
        code = lex["currency_suffixes"][word]
        if unit.endswith(word):
            scale = unit[:-len(word)]
            factor = parse_number(scale) if scale else Decimal(1)
            return ("money", factor, str(code)) if factor is not None else None
    return None


def unit_line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of '單位：百萬元' lines in text[start:end]: the numerals in them (百萬) state a unit, not an amount."""
    return [(m.start(), m.end()) for m in UNIT_LINE.finditer(text, start, end) if declared_unit(m.group(1))]
