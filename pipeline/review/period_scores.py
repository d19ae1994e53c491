"""A run's figures.csv `period` column + NAME.period.json files beside the gold → period scores
(issue 18; the rules of ../shared/devset-real/PERIOD-GUIDELINES.md section 9).

Each gold figure is matched to a row of the same document with exactly the same text (a leading "'"
added against CSV injection is ignored): the n-th gold occurrence of a text to the n-th row with that
text in order of `start`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import GoldError
from pipeline.review.evaluation import read_table

NO_PERIOD = {"", "null", "none", "nan"}


@dataclass
class PeriodScore:
    """Period scores over gold figures matched by text (n-th gold occurrence ↔ n-th row by start)."""

    gold: int = 0
    matched: int = 0
    correct: int = 0  # matched figures whose period equals the gold one (no period = no period)
    gold_nonnull: int = 0  # among matched figures
    pred_nonnull: int = 0
    right_nonnull: int = 0
    all_gold_nonnull: int = 0  # among all gold figures (end-to-end recall)
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def precision(self) -> float:
        return self.right_nonnull / self.pred_nonnull if self.pred_nonnull else 0.0

    @property
    def recall(self) -> float:
        return self.right_nonnull / self.gold_nonnull if self.gold_nonnull else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def end_to_end_recall(self) -> float:
        return self.right_nonnull / self.all_gold_nonnull if self.all_gold_nonnull else 0.0


def norm_period(value: Any) -> str:
    s = "" if value is None else str(value).strip()
    return "" if s.lower() in NO_PERIOD else s


def evaluate_periods(gold_dir: Path, out: Path) -> PeriodScore | None:
    """Score the `period` column against every NAME.period.json beside a NAME.gold.json; None when the
    gold folder has no period files."""
    files = sorted(gold_dir.glob("*.period.json"))
    if not files:
        return None
    docs = read_table(out, "documents")
    rows = read_table(out, "figures")
    by_base = {Path(d["source"]).name: d["doc_id"] for d in docs}
    score = PeriodScore()
    for f in files:
        try:
            golds = json.loads(f.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{f}:{exc.lineno}: invalid JSON ({exc.msg})") from exc
        if not isinstance(golds, list):
            raise GoldError(f"{f}: expected a JSON list of {{text, period, why}} objects")
        name = f.name[:-len(".period.json")]
        doc_id = by_base.get(name + ".txt") or next(
            (d for base, d in by_base.items() if Path(base).stem == name), None)
        preds: dict[str, list[dict[str, Any]]] = {}
        for r in sorted((r for r in rows if r["doc_id"] == doc_id), key=lambda r: int(r["start"] or 0)):
            preds.setdefault(r["text"].removeprefix("'"), []).append(r)
        seen: dict[str, int] = {}
        for g in golds:
            text, want = g["text"], norm_period(g.get("period"))
            n = seen[text] = seen.get(text, -1) + 1
            score.gold += 1
            score.all_gold_nonnull += bool(want)
            candidates = preds.get(text, [])
            if n >= len(candidates):
                score.misses.append(f"{name}: {text!r} unmatched (gold {want or '-'})")
                continue
            got = norm_period(candidates[n].get("period"))
            score.matched += 1
            score.correct += got == want
            score.gold_nonnull += bool(want)
            score.pred_nonnull += bool(got)
            score.right_nonnull += bool(got) and got == want
            if got != want:
                score.misses.append(f"{name}: {text!r} period {got or '-'} (gold {want or '-'})")
    return score


def format_period_report(score: PeriodScore, misses: bool = False) -> str:
    lines = [(f"period: matched {score.matched}/{score.gold}, accuracy {score.accuracy:.3f}, non-null "
             f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}, end-to-end recall "
             f"{score.end_to_end_recall:.3f}")]
    if misses:
        lines += [f"PERIOD {m}" for m in score.misses]
    return "\n".join(lines)
