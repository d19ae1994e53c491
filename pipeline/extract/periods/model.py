"""The periods' shared vocabulary: `FigureSpan` (a figure and its sentence), `When` (one point period in a normalized form), `TimeExpr` (a time
expression found in a text, with the role its preposition gives it) and the English lexicon
(pipeline/data/periods.en.json, validated on load)."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

DATA = "pipeline/data/periods.en.json"
_REQUIRED = ("birth_count_nouns", "months", "ordinals", "halves", "split_year_words", "budget_words", "point_prepositions",
             "open_start_prepositions", "open_end_prepositions", "target_prepositions", "comparison_words",
             "change_words", "figure_change_words", "relative_back", "same_period", "vague_this", "vague_last", "vague_next",
             "vague_other", "relative_quarter", "relative_month", "level_words", "clause_breaks",
             "subclause_openers", "finite_verbs", "name_followers_ok", "name_heads",
             "open_start_suffixes", "open_end_suffixes", "relative_stretch_back", "relative_stretch_forward",
             "future_markers", "past_verbs", "act_participles",
             "fronted_cause_words", "reporting_verbs", "prior_year_labels", "speech_title_tails", "measure_heads",
             "year_abbreviations", "date_line_words", "prepositional_to", "issue_labels")


@dataclass(frozen=True)
class FigureSpan:
    """A figure at text[start:end] in the sentence text[sent_start:sent_end]; kind as in figures.csv."""

    start: int
    end: int
    sent_start: int
    sent_end: int
    kind: str = ""


@dataclass(frozen=True)
class When:
    """One point period: kind year | split | fy | quarter | half | month | date; `sub` is the quarter,
    half, month, or month*100+day of a date."""

    kind: str
    year: int
    sub: int = 0

    def __str__(self) -> str:
        k, y, s = self.kind, self.year, self.sub
        if k == "split":
            return f"{y}-{(y + 1) % 100:02d}"
        if k == "fy":
            return f"FY{y}"
        if k == "quarter":
            return f"{y}-Q{s}"
        if k == "half":
            return f"{y}-H{s}"
        if k == "month":
            return f"{y}-{s:02d}"
        if k == "date":
            return f"{y}-{s // 100:02d}-{s % 100:02d}"
        return str(y)

    def shift_sub(self, n: int, unit: int) -> When | None:
        """n quarters (unit 3) or months (unit 1) later; None unless this is a quarter / month, or the last day
        of a quarter / month (a position at the end of the previous quarter is at that quarter's last day)."""
        if self.kind == "date":
            mo, day = divmod(self.sub, 100)
            if day != calendar.monthrange(self.year, mo)[1] or (unit == 3 and mo % 3):
                return None
            k = self.year * 12 + mo - 1 + n * unit
            y, m = divmod(k, 12)
            return When("date", y, (m + 1) * 100 + calendar.monthrange(y, m + 1)[1])
        if (unit, self.kind) not in ((3, "quarter"), (1, "month")):
            return None
        size = 4 if unit == 3 else 12
        k = self.year * size + self.sub - 1 + n
        return When(self.kind, k // size, k % size + 1)

    def shift(self, years: int) -> When:
        if self.kind == "date" and self.sub == 229 and not calendar.isleap(self.year + years):
            return When("date", self.year + years, 228)
        return replace(self, year=self.year + years)


@dataclass(frozen=True)
class TimeExpr:
    """A time expression at [start, end) of the text (preposition included; [core, end) is the time).

    role: point | open_start | open_end | target | range | base (a comparison base) | name (a year
    in a name) | budget (the year of a budget/estimate/provision) | act (the time of a forecast or
    announcement of the figure it follows: 'forecast a year ago') | relative (`shift` years from an
    anchor) | same (the same period as an interval stated before) | vague (this/last/next year:
    `shift` -1/0/+1, or 99 for time no anchor resolves) | month | quarter | half (`sub` without a year).
    `items`: the times of a list ('in 2026, 2028 and 2030 respectively') that the range lo..hi spans.
    """

    start: int
    end: int
    core: int
    role: str
    lo: When | None = None
    hi: When | None = None
    shift: int = 0
    sub: int = 0
    items: tuple[When, ...] = ()

    @property
    def absolute(self) -> bool:
        return self.role in ("point", "open_start", "open_end", "target", "range", "budget")

    def value(self) -> str:
        if self.role == "open_start":
            return f"{self.lo}.."
        if self.role == "open_end":
            return f"..{self.hi or self.lo}"
        if self.role == "range":  # a range whose ends are one period is that period ('2032-H2', never '2032-H2..2032-H2')
            return f"{self.lo}..{self.hi}" if self.hi != self.lo else str(self.lo)
        return str(self.lo) if self.lo is not None else ""


def _alt(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """periods.en.json, validated: every missing key is reported at once."""
    data = json.loads(resources.files("pipeline.data").joinpath("periods.en.json").read_text("utf-8"))
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise ValueError(f"{DATA}: missing keys {', '.join(missing)}")
    return data
