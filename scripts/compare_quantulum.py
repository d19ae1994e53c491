"""Dev-set figures: quantulum3 vs our recognizer, both scored by pipeline.review.evaluation's figure matching.

    .venv/bin/python scripts/compare_quantulum.py [../shared/devset]

quantulum3's quantities are converted to our figure dicts as generously as we can: a range it reports as
midpoint ± uncertainty becomes value..value_max, and a bare "dollar" takes the currency our locale rule
infers for the document (quantulum3 itself would say USD). Needs the `compare` extra (quantulum3).
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Any

from pipeline.review.evaluation import Score, figure_match, load_gold, max_matching
from pipeline.extract.figures.english import find_figures, infer_currency
from pipeline.extract.figures.numbers import format_decimal

ENTITY_KINDS = {"currency": "money", "time": "duration", "area": "area", "length": "length", "volume": "volume",
                "mass": "mass", "energy": "energy", "power": "power", "speed": "speed",
                "dimensionless": "count"}


def quantulum_figures(text: str) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    currency = infer_currency(text)
    out = []
    for q in quantities:
        unit, entity = q.unit.name, q.unit.entity.name
        kind = "percent" if unit == "percentage" else ENTITY_KINDS.get(entity, "quantity")
        if "watt hour" in unit:
            kind = "energy"
        value, value_max = float(q.value), None
        if q.uncertainty:
            value, value_max = q.value - q.uncertainty, q.value + q.uncertainty
        if kind == "money":
            unit = currency if unit == "dollar" else (getattr(q.unit, "currency_code", None) or unit)
        out.append({"text": q.surface, "kind": kind, "value": value, "value_max": value_max, "unit": unit})
    return out


def our_figures(text: str) -> list[dict[str, Any]]:
    return [{"text": text[f.start:f.end], "kind": f.kind, "value": format_decimal(f.value),
             "value_max": format_decimal(f.value_max), "unit": f.unit}
            for f in find_figures(text, infer_currency(text))]


def score(gold_dir: Path, extract: Any) -> Score:
    s = Score()
    for gold in load_gold(gold_dir):
        text = (gold_dir / gold["doc"]).read_text("utf-8")
        preds, golds = extract(text), gold.get("figures", [])
        matched = max_matching(preds, golds, figure_match)
        s.tp += len(matched)
        s.fp += len(preds) - len(matched)
        s.fn += len(golds) - len(matched)
    return s


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "devset")
    rows = [("policy-pipeline", score(gold_dir, our_figures)), ("quantulum3", score(gold_dir, quantulum_figures))]
    print(f"figures on {gold_dir}")
    print(f"{'extractor':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, s in rows:
        print(f"{name:<18}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
