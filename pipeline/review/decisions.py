"""Review decisions (CSV) → stored in OUT/decisions/, re-applied by mention_id → `*_reviewed.csv` tables.

A decision is accept, reject or correct (one corrected field per row). Every run re-applies the
stored decisions to the fresh tables; a decision whose mention no longer exists (the document's
text changed, or a rule change moved the span) is listed in OUT/decisions/vanished.csv and logged,
never dropped from the store: it stays there in case the mention comes back.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.fileio import write_text_atomic

log = logging.getLogger(__name__)

DECISION_COLUMNS = ("mention_id", "decision", "field", "corrected_value", "note", "reviewer", "decided_at")
# The stored file also keeps what the mention looked like when it was decided, for the vanished report.
STORED_COLUMNS = DECISION_COLUMNS + ("table", "doc_id", "source", "mention_text")
DECISIONS = ("accept", "reject", "correct")
MENTION_TABLES = ("figures", "places", "institutions")
CORRECTABLE = {
    "figures": ("text", "kind", "value", "value_max", "unit", "qualifier", "subject", "period"),
    "places": ("text", "canonical", "place_type", "country_code"),
    "institutions": ("text", "canonical", "acronym", "institution_type"),
}
NUMERIC_FIELDS = {"value", "value_max"}
STATUS = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}


@dataclass(frozen=True)
class Decision:
    mention_id: str
    decision: str
    field: str = ""
    corrected_value: str = ""
    note: str = ""
    reviewer: str = ""
    decided_at: str = ""
    table: str = ""
    doc_id: str = ""
    source: str = ""
    mention_text: str = ""


@dataclass
class ApplySummary:
    """What re-applying the stored decisions to the current tables did."""

    decisions: int = 0
    applied: int = 0
    rejected: int = 0
    corrected: int = 0
    accepted: int = 0
    vanished: list[Decision] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def decisions_dir(out: Path) -> Path:
    return out / "decisions"


def stored_path(out: Path) -> Path:
    return decisions_dir(out) / "decisions.csv"


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_decisions(text: str, name: str = "decisions.csv") -> list[Decision]:
    """Rows of a decisions CSV; every bad row is reported at once as name:line."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("mention_id", "decision") if c not in header]
    if missing:
        raise ConfigError(f"{name}: missing column(s) {', '.join(missing)} "
                          f"(expected {', '.join(DECISION_COLUMNS)})")
    known = set(STORED_COLUMNS)
    out: list[Decision] = []
    errors: list[str] = []
    for lineno, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        d = Decision(**{k: v for k, v in row.items() if k in known})
        problem = check(d)
        if problem:
            errors.append(f"{name}:{lineno}: {problem}")
            continue
        out.append(d)
    if errors:
        raise ConfigError("invalid decisions:\n" + "\n".join(errors))
    return out


def check(d: Decision) -> str:
    if not re.fullmatch(r"[0-9a-f]{8,64}", d.mention_id):
        return f"mention_id '{d.mention_id}' is not a mention id (hex, from the mention_id column)"
    if d.decision not in DECISIONS:
        return f"decision '{d.decision}' must be one of {', '.join(DECISIONS)}"
    if d.decision != "correct":
        return ""
    fields = sorted({f for fs in CORRECTABLE.values() for f in fs})
    if d.field not in fields:
        return f"a correction needs field = one of {', '.join(fields)} (got '{d.field}')"
    if d.field in NUMERIC_FIELDS and d.corrected_value:
        try:
            if not math.isfinite(float(d.corrected_value.replace(",", ""))):
                raise ValueError
        except ValueError:
            return f"corrected {d.field} '{d.corrected_value}' is not a number"
    return ""


def read_decisions(path: Path) -> list[Decision]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read decisions file {path}: {exc.strerror}") from exc
    return parse_decisions(text, str(path))


def load_stored(out: Path) -> list[Decision]:
    path = stored_path(out)
    return read_decisions(path) if path.exists() else []


def to_csv(decisions: Iterable[Decision], columns: tuple[str, ...] = STORED_COLUMNS) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for d in decisions:
        row = asdict(d)
        writer.writerow([row[c] for c in columns])
    return buf.getvalue()


def read_table(out: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    """A table as strings exactly as written (so reviewed tables keep the run's number formatting)."""
    path = out / f"{name}.csv"
    if not path.exists():
        return [], []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [dict(r) for r in reader]
        return list(reader.fieldnames or []), rows


def mention_index(out: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """mention_id → (table, row) over the three mention tables of OUT."""
    index: dict[str, tuple[str, dict[str, str]]] = {}
    for name in MENTION_TABLES:
        for row in read_table(out, name)[1]:
            index[row["mention_id"]] = (name, row)
    return index


def store_decisions(out: Path, new: list[Decision]) -> tuple[list[Decision], list[Decision]]:
    """Merge `new` into OUT/decisions/decisions.csv; return (stored, new decisions naming no current mention).

    Each stored decision keeps a snapshot (table, document, source, text) of its mention so that a
    vanished mention can still be described. Re-applying the same file adds nothing.
    """
    if not (out / "documents.csv").exists():
        raise ConfigError(f"{out} has no tables: run `policy-pipeline run CORPUS --out {out}` first")
    index = mention_index(out)
    stamp = now()
    unknown: list[Decision] = []
    snap: list[Decision] = []
    for d in new:
        found = index.get(d.mention_id)
        if found is None:
            unknown.append(d)
        else:
            table, row = found
            if d.decision == "correct" and d.field not in CORRECTABLE[table]:
                raise ConfigError(f"mention {d.mention_id} is a row of {table}: field '{d.field}' cannot be "
                                  f"corrected there (one of {', '.join(CORRECTABLE[table])})")
            d = replace(d, table=table, doc_id=row.get("doc_id", ""), source=row.get("source", ""),
                        mention_text=row.get("text", ""))
        snap.append(replace(d, decided_at=d.decided_at or stamp))
    stored = load_stored(out)
    seen = {astuple_key(d) for d in stored}
    for d in snap:
        if astuple_key(d) not in seen:
            stored.append(d)
            seen.add(astuple_key(d))
    write_text_atomic(stored_path(out), to_csv(stored))
    return stored, unknown


def astuple_key(d: Decision) -> tuple[str, ...]:
    return (d.mention_id, d.decision, d.field, d.corrected_value, d.note, d.reviewer, d.decided_at)


def resolve(decisions: list[Decision]) -> dict[str, tuple[str, dict[str, str], str]]:
    """mention_id → (final decision, corrections {field: value}, note).

    The latest decision (by decided_at, then file order) sets the status; the latest correction of
    each field applies unless the final status is reject.
    """
    ordered = sorted(enumerate(decisions), key=lambda p: (p[1].decided_at, p[0]))
    final: dict[str, tuple[str, dict[str, str], str]] = {}
    for _, d in ordered:
        _, fixes, note = final.get(d.mention_id, ("", {}, ""))
        if d.decision == "correct":
            fixes = {**fixes, d.field: d.corrected_value}
        final[d.mention_id] = (d.decision, fixes, d.note or note)
    return final


def apply_stored_decisions(out: Path) -> ApplySummary | None:
    """Re-apply OUT's stored decisions to its current tables → `<table>_reviewed.csv`; None when none stored.

    Called by `run` after the tables are written, and by `review apply`.
    """
    decisions = load_stored(out)
    if not decisions:
        return None
    final = resolve(decisions)
    summary = ApplySummary(decisions=len(decisions))
    present: set[str] = set()
    for name in MENTION_TABLES:
        columns, rows = read_table(out, name)
        if not columns:
            continue
        kept: list[dict[str, str]] = []
        for row in rows:
            mid = row["mention_id"]
            decision, fixes, _ = final.get(mid, ("", {}, ""))
            if decision:
                present.add(mid)
                summary.applied += 1
            if decision == "reject":
                summary.rejected += 1
                continue
            row = dict(row)
            for column, value in fixes.items():
                if column in row:
                    row[column] = normalize_value(column, value)
            status = "corrected" if fixes else STATUS.get(decision, "")
            summary.corrected += status == "corrected"
            summary.accepted += status == "accepted"
            row["review_status"] = status
            kept.append(row)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=[*columns, "review_status"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
        write_text_atomic(out / f"{name}_reviewed.csv", buf.getvalue())
        summary.rows[name] = len(kept)
    latest: dict[str, Decision] = {}
    for d in decisions:
        if d.mention_id not in present:
            latest[d.mention_id] = d
    summary.vanished = list(latest.values())
    write_text_atomic(decisions_dir(out) / "vanished.csv", to_csv(summary.vanished))
    if summary.vanished:
        log.warning("%d review decision(s) name mentions that no longer exist (document text or rules "
                    "changed); listed in %s", len(summary.vanished), decisions_dir(out) / "vanished.csv")
    return summary


def normalize_value(field: str, value: str) -> str:
    """A corrected number as the run writes numbers (float repr); text made safe for spreadsheets like the run's."""
    from pipeline.write import escape_csv_cell

    if field in NUMERIC_FIELDS and value:
        return repr(float(value.replace(",", "")))
    return str(escape_csv_cell(value))


def describe(d: Decision) -> str:
    what = f"{d.decision} {d.field}={d.corrected_value!r}" if d.decision == "correct" else d.decision
    where = f"'{d.mention_text}' in {d.source}" if d.source else "(never matched a mention)"
    return f"{d.mention_id}: {what} — {where}"


def learn_aliases(out: Path, decisions: list[Decision], gazetteers: Iterable[Path] = ()) -> tuple[Path, int]:
    """Canonical-name corrections of places/institutions → OUT/decisions/gazetteer.learned.jsonl.

    The mention's surface text becomes an alias of the entry with the corrected canonical name
    (an existing gazetteer entry keeps its id and type; an unknown name gets a new `user-` id).
    Pass the file to later runs with `--gazetteer`.
    """
    from pipeline.extract import Entry, load_gazetteer, parse_file

    path = decisions_dir(out) / "gazetteer.learned.jsonl"
    learned: dict[str, Entry] = {}
    if path.exists():
        got, _ = parse_file(str(path), path.read_text("utf-8"))
        learned = {e.id: e for e in got}
    known = {(e.table, e.canonical): e for e in load_gazetteer(gazetteers).entries}
    added = 0
    index = mention_index(out)
    for d in decisions:
        if d.decision != "correct" or d.field != "canonical" or not d.corrected_value:
            continue
        table, row = index.get(d.mention_id, (d.table, {"text": d.mention_text}))
        if table not in ("places", "institutions") or not row.get("text"):
            continue
        kind = "place" if table == "places" else "institution"
        alias = re.sub(r"\s+", " ", row["text"]).strip()
        base = next((e for e in learned.values() if (e.table, e.canonical) == (kind, d.corrected_value)),
                    None) or known.get((kind, d.corrected_value))
        if base is None:
            slug = re.sub(r"[^a-z0-9]+", "-", d.corrected_value.lower()).strip("-")[:40] or "entry"
            base = Entry(id=f"{kind}:user-{slug}", table=kind, canonical=d.corrected_value,
                         type=row.get("place_type") or row.get("institution_type") or "", aliases=(),
                         country_code=row.get("country_code", ""))
        have = learned.get(base.id)
        aliases = have.aliases if have else ()
        if alias in aliases or alias == base.canonical:
            continue
        learned[base.id] = replace(base, aliases=(*aliases, alias))
        added += 1
    lines = []
    for e in sorted(learned.values(), key=lambda e: e.id):
        raw: dict[str, Any] = {"id": e.id, "table": e.table, "canonical": e.canonical,
                               "type": e.type or "unknown", "aliases": list(e.aliases)}
        for key in ("acronym", "country_code", "parent"):
            if getattr(e, key):
                raw[key] = getattr(e, key)
        lines.append(json.dumps(raw, ensure_ascii=False, sort_keys=True) + "\n")
    write_text_atomic(path, "".join(lines))
    return path, added
