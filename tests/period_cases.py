"""The period the real recognizers give each figure of a one-sentence text, for the period tests."""

from __future__ import annotations

from pipeline.extract.figures.chinese import find_figures_zh
from pipeline.extract.figures.english import find_figures
from pipeline.extract.periods import FigureSpan, figure_periods


def periods(text: str, zh: bool = False) -> dict[str, str]:
    """Every figure the real recognizer finds in `text` (one sentence) → its period."""
    figs = find_figures_zh(text) if zh else find_figures(text)
    spans = [FigureSpan(f.start, f.end, 0, len(text), f.kind) for f in figs]
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}


def line_periods(text: str, zh: bool = False) -> dict[str, str]:
    """Every figure the real recognizer finds in `text` → its period, each figure's sentence being its line
    (for texts whose headings and lines are the structure under test)."""
    figs = find_figures_zh(text) if zh else find_figures(text)
    spans = []
    for f in figs:
        s0 = text.rfind("\n", 0, f.start) + 1
        e = text.find("\n", f.end)
        spans.append(FigureSpan(f.start, f.end, s0, e if e >= 0 else len(text), f.kind))
    return {text[f.start:f.end]: p for f, p in zip(figs, figure_periods(text, spans))}
