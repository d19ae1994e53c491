"""OUT's tables + texts (+ the source PDFs) → a static HTML review report in OUT/review/.

Every page is rendered by Jinja2 with autoescaping; the one place that builds markup by hand
(the highlighted document text) escapes every piece of text and every attribute with markupsafe.
Pages carry a Content-Security-Policy that allows only the page's own inline script (by hash),
so even a markup bug could not run a script smuggled in by a document.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from pipeline.review.decisions import (
    CORRECTABLE,
    MENTION_TABLES,
    STATUS,
    load_stored,
    read_table,
    resolve,
)
from pipeline.fileio import atomic_path, write_text_atomic

LABELS = {"figures": "figure", "places": "place", "institutions": "institution"}
PAGE_RESOLUTION = 110
MAX_PAGE_IMAGES = 60


@dataclass
class Row:
    """One mention as the report shows it."""

    table: str
    data: dict[str, str]
    status: str = "unreviewed"
    corrections: dict[str, str] = field(default_factory=dict)

    @property
    def mid(self) -> str:
        return self.data["mention_id"]

    @property
    def start(self) -> int:
        return int(self.data["start"] or 0)

    @property
    def end(self) -> int:
        return int(self.data["end"] or 0)

    @property
    def kind(self) -> str:
        if self.table == "figures":
            return self.data.get("kind", "")
        return self.data.get("place_type" if self.table == "places" else "institution_type", "") or "(untyped)"

    @property
    def normalized(self) -> str:
        d = self.data
        if self.table == "figures":
            value = fmt_number(d.get("value", ""))
            if d.get("value_max"):
                value += "–" + fmt_number(d["value_max"])
            unit = d.get("unit", "") or {"percent": "%"}.get(d.get("kind", ""), "")
            return " ".join(p for p in (d.get("qualifier", ""), value + "%" if unit == "%" else value,
                                        "" if unit == "%" else unit) if p)
        return d.get("canonical", "")

    @property
    def tip(self) -> str:
        d = self.data
        parts = [LABELS[self.table] + (f" · {self.kind}" if self.kind else "")]
        parts.append(("value: " if self.table == "figures" else "canonical: ") + self.normalized)
        if self.table == "figures" and d.get("subject"):
            parts.append(f"subject: {d['subject']}")
        if self.table == "figures" and d.get("period"):
            parts.append(f"period: {d['period']}")
        if self.table != "figures" and (d.get("country_code") or d.get("acronym")):
            parts.append(" ".join(p for p in (d.get("acronym", ""), d.get("country_code", "")) if p))
        parts.append(f"method: {d.get('method', '')} · confidence: {d.get('confidence', '')}")
        parts.append(f"review: {self.status}")
        parts += [f"corrected {k}: {v}" for k, v in sorted(self.corrections.items())]
        return "\n".join(parts)

    @property
    def label(self) -> str:
        return LABELS[self.table] + (f": {self.data['kind']}" if self.table == "figures" else "")

    def boxes(self) -> list[tuple[int, float, float, float, float]]:
        """(page, x0, top, x1, bottom) of every box the PDF stage recorded for this row."""
        page = int(self.data.get("page") or 0)
        raw = self.data.get("bbox", "")
        out: list[tuple[int, float, float, float, float]] = []
        try:
            boxes = json.loads(raw) if raw else []
        except json.JSONDecodeError:
            boxes = []
        if isinstance(boxes, list) and len(boxes) == 4 and all(isinstance(v, (int, float)) for v in boxes):
            boxes = [boxes]
        for b in boxes if isinstance(boxes, list) else []:
            if isinstance(b, list) and len(b) == 4:
                out.append((page, float(b[0]), float(b[1]), float(b[2]), float(b[3])))
            elif isinstance(b, list) and len(b) == 5:
                out.append((int(b[0]), float(b[1]), float(b[2]), float(b[3]), float(b[4])))
        if not out and all(self.data.get(k) for k in ("x0", "top", "x1", "bottom")):
            d = self.data
            out.append((page, float(d["x0"]), float(d["top"]), float(d["x1"]), float(d["bottom"])))
        return [b for b in out if b[0] > 0]


def fmt_number(raw: str) -> str:
    try:
        v = float(raw)
    except ValueError:
        return raw
    if v.is_integer() and abs(v) < 1e18:
        return f"{int(v):,}"
    return f"{v:,.6g}"


def highlight(text: str, rows: list[Row]) -> Markup:
    """The document text with one <mark> per mention; overlapping mentions nest.

    The text is cut at every span boundary; each piece is wrapped in the marks covering it, outer
    first. A mention interrupted by a partially overlapping one continues in a second element
    (class `cont`) that has no id, so `#m-<mention_id>` is always the mention's first piece.
    """
    spans = sorted((r for r in rows if 0 <= r.start < r.end <= len(text)),
                   key=lambda r: (r.start, -r.end, r.table, r.mid))
    cuts = sorted({0, len(text), *(r.start for r in spans), *(r.end for r in spans)})
    html: list[str] = []
    stack: list[Row] = []
    opened: set[str] = set()
    active: list[Row] = []
    nxt = 0
    for a, b in pairwise(cuts):
        active = [r for r in active if r.end > a]
        while nxt < len(spans) and spans[nxt].start <= a:
            active.append(spans[nxt])
            nxt += 1
        want = active  # spans are added in (start, -end) order, so outer mentions come first
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        html += ["</mark>"] * (len(stack) - keep)
        for r in want[keep:]:
            first = r.mid not in opened
            opened.add(r.mid)
            attrs = {
                "class": f"hl t-{r.table} s-{r.status}" + ("" if first else " cont"),
                "data-mid": r.mid, "data-tip": r.tip, "data-label": r.label,
            }
            if first:
                attrs.update({"id": f"m-{r.mid}", "tabindex": "0"})
            html.append("<mark" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">")
        stack = want
        html.append(str(escape(text[a:b])))
    html += ["</mark>"] * len(stack)
    return Markup("".join(html))


def load_rows(out: Path) -> dict[str, list[Row]]:
    """doc_id → its rows over the three tables, with the review status of the stored decisions."""
    final = resolve(load_stored(out))
    by_doc: dict[str, list[Row]] = {}
    for name in MENTION_TABLES:
        for data in read_table(out, name)[1]:
            data = {k: unescape_cell(v) for k, v in data.items()}
            decision, fixes, _ = final.get(data["mention_id"], ("", {}, ""))
            status = "corrected" if fixes and decision != "reject" else STATUS.get(decision, "unreviewed")
            by_doc.setdefault(data["doc_id"], []).append(Row(name, data, status, fixes))
    for rows in by_doc.values():
        rows.sort(key=lambda r: (r.start, r.end, r.table, r.mid))
    return by_doc


def unescape_cell(value: str) -> str:
    """The value before `write` neutralised it for spreadsheets (a leading apostrophe before = + - @)."""
    from pipeline.write import FORMULA_START

    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def find_source(doc: dict[str, str], corpus: Path | None) -> Path | None:
    """The document's original file, only if its content hash still matches."""
    for base in (corpus, Path.cwd()):
        if base is None:
            continue
        path = base / doc["source"]
        try:
            if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"]:
                return path
        except OSError:
            continue
    return None


def render_pages(pdf: Path, doc_id: str, rows: list[Row], dest: Path) -> tuple[list[dict[str, Any]], str]:
    """PNG of every page that has a box, with the boxes as percentages of the page; (pages, note)."""
    import pdfplumber

    by_page: dict[int, list[tuple[Row, tuple[float, float, float, float]]]] = {}
    for r in rows:
        for number, x0, top, x1, bottom in r.boxes():
            by_page.setdefault(number, []).append((r, (x0, top, x1, bottom)))
    if not by_page:
        return [], ("No page boxes recorded for this document's rows (the bbox columns are absent or empty), "
                    "so no page images.")
    pages: list[dict[str, Any]] = []
    note = ""
    try:
        with pdfplumber.open(pdf) as doc:
            for number in sorted(by_page)[:MAX_PAGE_IMAGES]:
                if number > len(doc.pages):
                    continue
                page = doc.pages[number - 1]
                name = f"{doc_id}_p{number}.png"
                with atomic_path(dest / name) as tmp:
                    page.to_image(resolution=PAGE_RESOLUTION).original.save(tmp, format="PNG")
                w, h = float(page.width), float(page.height)
                boxes = [{"mid": r.mid, "table": r.table, "tip": r.tip,
                          "style": (f"left:{100 * x0 / w:.3f}%;top:{100 * top / h:.3f}%;"
                                    f"width:{100 * (x1 - x0) / w:.3f}%;height:{100 * (bottom - top) / h:.3f}%")}
                         for r, (x0, top, x1, bottom) in by_page[number]]
                pages.append({"number": number, "src": f"pages/{name}", "boxes": boxes,
                              "ratio": f"{100 * h / w:.3f}"})
    except Exception as exc:  # noqa: BLE001  (a PDF read at ingest may still fail to render; the text view works)
        note = f"Page images could not be rendered ({type(exc).__name__}: {exc})."
    if len(by_page) > MAX_PAGE_IMAGES:
        note = f"Only the first {MAX_PAGE_IMAGES} pages with boxes are shown."
    return pages, note


def environment() -> Any:
    from jinja2 import Environment, PackageLoader

    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = fmt_number
    return env


def asset(name: str) -> str:
    return resources.files("pipeline").joinpath("templates", name).read_text("utf-8")


def page_context(report_id: str) -> dict[str, Any]:
    """The inline CSS/JS and a CSP that allows exactly that script (by its hash) and nothing else."""
    js = asset("review.js")
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
           f"img-src 'self' file: data:; form-action 'none'; base-uri 'none'")
    return {"css": Markup(asset("review.css")), "js": Markup(js), "csp": csp, "report_id": report_id}


def build_report(out: Path, corpus: Path | None = None) -> Path:
    """Write OUT/review/index.html and one page per document; return the index path."""
    columns, docs = read_table(out, "documents")
    if not columns:
        from pipeline.errors import ConfigError

        raise ConfigError(f"{out} has no documents.csv: run `policy-pipeline run CORPUS --out {out}` first")
    dest = out / "review"
    env = environment()
    base = page_context(hashlib.sha1(str(out.resolve()).encode()).hexdigest()[:12])
    rows = load_rows(out)
    docs = sorted(docs, key=lambda d: d["source"])
    summaries: list[dict[str, Any]] = []
    for doc in docs:
        doc_rows = rows.get(doc["doc_id"], [])
        counts = {t: sum(r.table == t for r in doc_rows) for t in MENTION_TABLES}
        reviewed = sum(r.status != "unreviewed" for r in doc_rows)
        summaries.append({"doc": doc, "counts": counts, "total": len(doc_rows), "reviewed": reviewed,
                          "page": f"doc-{doc['doc_id']}.html" if doc["status"] == "ok" and
                          re.fullmatch(r"[0-9a-f]{8,64}", doc["doc_id"]) else ""})  # ids name files
    for i, s in enumerate(summaries):
        if not s["page"]:
            continue
        doc = s["doc"]
        write_text_atomic(dest / s["page"], render_document(env, base, out, doc, rows.get(doc["doc_id"], []),
                                                            corpus, dest, summaries, i))
    index = dest / "index.html"
    totals = {t: sum(s["counts"][t] for s in summaries) for t in MENTION_TABLES}
    present = {r.mid for doc_rows in rows.values() for r in doc_rows}
    vanished = {d.mention_id: d for d in load_stored(out) if d.mention_id not in present}
    write_text_atomic(index, env.get_template("index.html").render(
        **base, title="Review", docs=summaries, totals=totals, vanished=list(vanished.values()),
        reviewed=sum(s["reviewed"] for s in summaries), total=sum(s["total"] for s in summaries)))
    return index


def render_document(env: Any, base: dict[str, Any], out: Path, doc: dict[str, str], rows: list[Row],
                    corpus: Path | None, dest: Path, summaries: list[dict[str, Any]], i: int) -> str:
    path = out / "text" / f"{doc['doc_id']}.txt"
    text = path.read_text("utf-8") if path.exists() else ""
    drifted = [r for r in rows if text[r.start:r.end] != r.data.get("text")]
    good = [r for r in rows if r not in drifted]
    pages: list[dict[str, Any]] = []
    page_note = ""
    if doc["format"] == "pdf":
        pdf = find_source(doc, corpus)
        if pdf is None:
            page_note = ("The original PDF was not found (or has changed); pass --corpus CORPUS to "
                         "`policy-pipeline review` to see page images.")
        else:
            pages, page_note = render_pages(pdf, doc["doc_id"], good, dest / "pages")
    prev_ = next((s for s in reversed(summaries[:i]) if s["page"]), None)
    next_ = next((s for s in summaries[i + 1:] if s["page"]), None)
    return str(env.get_template("document.html").render(
        **base, title=doc["title"] or doc["source"], doc=doc, rows=rows, body=highlight(text, good),
        drifted=drifted, pages=pages, page_note=page_note, prev=prev_, next=next_,
        tables=[(t, LABELS[t], [r for r in rows if r.table == t]) for t in MENTION_TABLES],
        kinds=sorted({(LABELS[r.table], r.kind) for r in rows}),
        methods=sorted({r.data.get("method", "") for r in rows}),
        fields={t: " ".join(f) for t, f in CORRECTABLE.items()}))

