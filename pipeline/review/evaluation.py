"""Gold files (devset format) + a run's tables → P/R/F1 per table, by the GUIDELINES.md matching rules."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import GoldError

UNIT_ALIASES = {
    "ha": "hectare", "sq m": "square metre", "m2": "square metre", "m²": "square metre",
    "square meter": "square metre", "sqm": "square metre", "km": "kilometre", "kilometer": "kilometre",
    "yr": "year", "yrs": "year", "km2": "square kilometre", "km²": "square kilometre",
    "sq km": "square kilometre", "square kilometer": "square kilometre", "m": "metre", "meter": "metre",
    "sq ft": "square foot", "square feet": "square foot", "mw": "megawatt", "kw": "kilowatt",
    "gw": "gigawatt", "gwh": "gigawatt hour", "mwh": "megawatt hour", "kwh": "kilowatt hour",
    "t": "tonne", "ton": "tonne", "kg": "kilogram", "mo": "month", "hr": "hour", "hrs": "hour",
}
COMPATIBLE = [{"count", "quantity"}, {"fraction", "ratio"}]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_pos: list[str] = field(default_factory=list)
    false_neg: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm_unit(unit: Any) -> str:
    u = str(unit or "").strip().lower()
    u = UNIT_ALIASES.get(u, u)
    if u.endswith("s") and not u.endswith("ss") and u[:-1] in set(UNIT_ALIASES.values()) | {
            "hectare", "year", "month", "week", "day", "hour", "metre", "kilometre", "square metre",
            "square kilometre", "tonne"}:
        u = u[:-1]
    if u == "square feet":
        u = "square foot"
    return UNIT_ALIASES.get(u, u)


def kinds_agree(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE)


def close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    if b == 0:
        return abs(a) < 1e-9
    return abs(a - b) <= 0.005 * abs(b)


def figure_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if not kinds_agree(str(pred.get("kind")), str(gold.get("kind"))):
        return False
    if not close(pred.get("value"), gold.get("value")):
        return False
    if gold.get("value_max") is not None and not close(pred.get("value_max"), gold.get("value_max")):
        return False
    kind = gold.get("kind")
    if kind == "money":
        return str(pred.get("unit") or "").upper() == str(gold.get("unit") or "").upper()
    if kind not in ("count", "quantity", "percent", "fraction", "ratio"):
        return norm_unit(pred.get("unit")) == norm_unit(gold.get("unit"))
    return True


def norm_name(name: str) -> str:
    s = name.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').casefold().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def max_matching(preds: list[Any], golds: list[Any], ok: Callable[[Any, Any], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): pred index → gold index."""
    adj = [[g for g in range(len(golds)) if ok(p, golds[g])] for p in preds]
    gold_to_pred: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_to_pred or augment(gold_to_pred[g], seen):
                gold_to_pred[g] = p
                return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return {p: g for g, p in gold_to_pred.items()}


def read_table(out: Path, name: str) -> list[dict[str, Any]]:
    """Rows of one table; from Parquet when present (the CSV neutralises formula-like cells)."""
    import pandas as pd

    parquet, csv = out / f"{name}.parquet", out / f"{name}.csv"
    if parquet.exists():
        df = pd.read_parquet(parquet)
    elif csv.exists():
        df = pd.read_csv(csv, dtype=str, keep_default_na=False)
    else:
        raise GoldError(f"{csv} not found: run `policy-pipeline run GOLD_DIR --out {out}` first")
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    for r in rows:
        for key, val in list(r.items()):
            if key in ("value", "value_max"):
                r[key] = float(val) if val not in ("", None) else None
            elif val is None:
                r[key] = ""
            elif not isinstance(val, str):
                r[key] = str(val)
    return rows


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise GoldError(f"no *.gold.json files in {gold_dir}")
    golds = []
    for f in files:
        try:
            g = json.loads(f.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{f}:{exc.lineno}: invalid JSON ({exc.msg})") from exc
        g.setdefault("doc", f.name.replace(".gold.json", ".txt"))
        golds.append(g)
    return golds


def entity_groups(rows: list[dict[str, Any]]) -> list[tuple[str, set[str]]]:
    groups: dict[str, set[str]] = {}
    for r in rows:
        key: str = r.get("canonical") or r["text"]
        groups.setdefault(key, {norm_name(key)}).add(norm_name(r.get("text", "")))
    return sorted(groups.items())


def evaluate(gold_dir: Path, out: Path) -> dict[str, Score]:
    docs = read_table(out, "documents")
    tables = {name: read_table(out, name) for name in ("figures", "places", "institutions")}
    by_source = {d["source"]: d["doc_id"] for d in docs}
    by_base = {Path(d["source"]).name: d["doc_id"] for d in docs}
    scores = {name: Score() for name in tables}
    for gold in load_gold(gold_dir):
        doc_id = by_source.get(gold["doc"]) or by_base.get(Path(gold["doc"]).name)
        for name, rows in tables.items():
            pred_rows = [r for r in rows if r["doc_id"] == doc_id] if doc_id else []
            golds = gold.get(name, [])
            score = scores[name]
            if name == "figures":
                matched = max_matching(pred_rows, golds, figure_match)
                show_p = [f"{gold['doc']}: {r['text']!r} {r['kind']} {r['value']} {r['unit']}" for r in pred_rows]
                show_g = [f"{gold['doc']}: {g['text']!r} {g['kind']} {g['value']} {g.get('unit', '')}" for g in golds]
            else:
                groups = entity_groups(pred_rows)
                gold_sets = [{norm_name(g["name"]), *(norm_name(a) for a in g.get("aliases", []))} for g in golds]
                matched = max_matching([s for _, s in groups], gold_sets, lambda p, g: bool(p & g))
                show_p = [f"{gold['doc']}: {k}" for k, _ in groups]
                show_g = [f"{gold['doc']}: {g['name']}" for g in golds]
            score.tp += len(matched)
            score.fp += len(show_p) - len(matched)
            score.fn += len(golds) - len(matched)
            hit_g = set(matched.values())
            score.false_pos += [s for i, s in enumerate(show_p) if i not in matched]
            score.false_neg += [s for i, s in enumerate(show_g) if i not in hit_g]
    return scores


def format_report(scores: dict[str, Score], misses: bool = False) -> str:
    lines = [f"{'table':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, s in scores.items():
        lines.append(f"{name:<14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
    if misses:
        for name, s in scores.items():
            for fp in s.false_pos:
                lines.append(f"FP {name}: {fp}")
            for fn in s.false_neg:
                lines.append(f"FN {name}: {fn}")
    return "\n".join(lines)
