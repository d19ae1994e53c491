"""The records the English figure scanner passes between its steps: an `Amount` as read at a position
(not yet classified) and the `FigureMatch` it becomes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class FigureMatch:
    start: int
    end: int
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    subject: str
    currency_inferred: bool = False


@dataclass
class Amount:
    """A number as read at a position: currency, scale, range end; not yet classified."""

    start_idx: int
    num_idx: int
    end_idx: int
    value: Decimal
    value_max: Decimal | None
    currency: str | None
    scaled: bool
    in_words: bool
    surface: str
    qualifier: str = ""  # one written between the number and its noun ('one or more companies')
