"""Two output folders → rows added, removed and changed per table (by mention_id; documents by source)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.review.decisions import MENTION_TABLES, read_table
from pipeline.errors import ConfigError
from pipeline.fileio import write_text_atomic

# Columns that differ on every run or every move of the corpus; a change there is not a change of the row.
VOLATILE = {"processed_at", "pipeline_version", "source"}
KEYS = {"documents": "source", **{t: "mention_id" for t in MENTION_TABLES}}


@dataclass
class TableDiff:
    table: str
    key: str
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: list[tuple[dict[str, str], dict[str, str], list[str]]] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class OutputDiff:
    old: Path
    new: Path
    tables: list[TableDiff]

    @property
    def identical(self) -> bool:
        return not any(t.added or t.removed or t.changed for t in self.tables)


def diff_table(old: Path, new: Path, name: str) -> TableDiff:
    key = KEYS[name]
    old_cols, old_rows = read_table(old, name)
    new_cols, new_rows = read_table(new, name)
    result = TableDiff(name, key, columns_added=[c for c in new_cols if c not in old_cols],
                       columns_removed=[c for c in old_cols if c not in new_cols])
    compare = [c for c in new_cols if c in old_cols and c not in VOLATILE and c != key]
    before = {r[key]: r for r in old_rows}
    after = {r[key]: r for r in new_rows}
    for k, row in after.items():
        if k not in before:
            result.added.append(row)
            continue
        changed = [c for c in compare if before[k].get(c, "") != row.get(c, "")]
        if changed:
            result.changed.append((before[k], row, changed))
        else:
            result.unchanged += 1
    result.removed = [row for k, row in before.items() if k not in after]
    return result


def diff_outputs(old: Path, new: Path) -> OutputDiff:
    for out in (old, new):
        if not (out / "documents.csv").exists():
            raise ConfigError(f"{out} is not an output folder (no documents.csv)")
    return OutputDiff(old, new, [diff_table(old, new, name) for name in ("documents", *MENTION_TABLES)])


def describe(row: dict[str, str]) -> str:
    where = row.get("source", "")
    if row.get("page"):
        where += f" p.{row['page']}"
    what = row.get("text") or row.get("title") or ""
    extra = row.get("canonical") or " ".join(p for p in (row.get("value", ""), row.get("unit", "")) if p)
    return f"{row.get('mention_id') or row.get('doc_id')}  {what!r}" + (f" → {extra}" if extra else "") + \
        (f"  ({where})" if where else "")


def format_diff(result: OutputDiff, limit: int = 50) -> str:
    lines = [f"diff {result.old} → {result.new}"]
    for t in result.tables:
        lines.append(f"{t.table}: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed, "
                     f"{t.unchanged} unchanged")
        if t.columns_added or t.columns_removed:
            lines.append(f"  columns added: {', '.join(t.columns_added) or 'none'}; "
                         f"removed: {', '.join(t.columns_removed) or 'none'}")
        cap = limit or None
        for sign, rows in (("+", t.added), ("-", t.removed)):
            for row in rows[:cap]:
                lines.append(f"  {sign} {describe(row)}")
            if cap and len(rows) > cap:
                lines.append(f"  {sign} … {len(rows) - cap} more")
        for old_row, new_row, cols in t.changed[:cap]:
            lines.append(f"  ~ {describe(new_row)}")
            for c in cols:
                lines.append(f"      {c}: {old_row.get(c, '')!r} → {new_row.get(c, '')!r}")
        if cap and len(t.changed) > cap:
            lines.append(f"  ~ … {len(t.changed) - cap} more")
    if result.identical:
        lines.append("no differences")
    return "\n".join(lines)


def write_diff_html(result: OutputDiff, path: Path) -> None:
    from pipeline.review.report import environment, page_context

    env = environment()
    html = env.get_template("diff.html").render(**page_context("diff"), title="Diff", result=result)
    write_text_atomic(path, html)
