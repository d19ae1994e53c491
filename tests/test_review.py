"""pipeline.review.report: highlighted text (escaping, nesting), the report pages, CSP, PDF page images."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
import shutil
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.review.report import Row, build_report, highlight

ROOT = Path(__file__).resolve().parent.parent


def row(table: str, mid: str, start: int, end: int, text: str, **extra: str) -> Row:
    data = {"mention_id": mid, "start": str(start), "end": str(end), "text": text, "method": "rule",
            "confidence": "0.9", "kind": "money", "value": "1000000.0", "unit": "HKD", "canonical": text}
    data.update(extra)
    return Row(table, data)


class Tags(HTMLParser):
    """Records start/end tags, so tests can check nesting and what the markup contains."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, {}))


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    p.close()
    return p


def test_highlight_escapes_untrusted_text_and_attributes() -> None:
    text = ('Fund <script>window.__pwned=1</script> of HK$1 million for "<img src=x onerror=alert(1)>" '
            'see <a href="javascript:alert(1)">x</a></textarea>')
    start = text.index("HK$1 million")
    evil = '"><img src=x onerror=alert(1)>'
    html = str(highlight(text, [row("figures", "aa11", start, start + 12, "HK$1 million", unit=evil)]))
    tags = parse(html)
    assert [t for _, t, _ in tags.events] == ["mark", "mark"]  # nothing but our one highlight is markup
    assert "&lt;script&gt;" in html and "&lt;/textarea&gt;" in html
    assert tags.events[0][2]["data-tip"] and evil in (tags.events[0][2]["data-tip"] or "")
    # Unescaping the markup gives back the text exactly.
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace(
        "&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") == text


def test_highlight_nests_overlapping_mentions_and_keeps_one_id_per_mention() -> None:
    text = "The Hong Kong SAR Government funds Hong Kong."
    outer = row("institutions", "i1", 4, 28, "Hong Kong SAR Government")
    inner = row("places", "p1", 4, 13, "Hong Kong")
    # A partial overlap: "Government funds" crosses the institution's end.
    cross = row("figures", "f1", 18, 34, "Government funds")
    html = str(highlight(text, [cross, inner, outer]))
    depth, ids = 0, []
    for kind, tag, attrs in parse(html).events:
        depth += 1 if kind == "start" else -1
        assert depth >= 0
        if attrs.get("id"):
            ids.append(attrs["id"])
    assert depth == 0
    assert sorted(ids) == ["m-f1", "m-i1", "m-p1"]
    assert html.index('id="m-i1"') < html.index('id="m-p1"')  # the longer mention is the outer one
    assert html.count('data-mid="f1"') == 2 and 'class="hl t-figures s-unreviewed cont"' in html
    assert re.sub(r"<[^>]+>", "", html) == text


def test_highlight_skips_spans_outside_the_text() -> None:
    html = str(highlight("short", [row("places", "p9", 3, 40, "nope")]))
    assert html == "short"


def test_row_boxes_read_the_bbox_json_and_the_first_box_columns() -> None:
    r = row("figures", "f", 0, 1, "x", page="2", bbox="[[10, 20, 30, 40], [1, 2, 3, 4]]")
    assert r.boxes() == [(2, 10.0, 20.0, 30.0, 40.0), (2, 1.0, 2.0, 3.0, 4.0)]
    r = row("figures", "f", 0, 1, "x", page="3", x0="1", top="2", x1="3", bottom="4")
    assert r.boxes() == [(3, 1.0, 2.0, 3.0, 4.0)]
    assert row("figures", "f", 0, 1, "x", page="").boxes() == []


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def report(seed_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "out"
    shutil.copytree(seed_run, out)
    build_report(out, ROOT / "corpus")
    return out


def test_report_has_an_index_and_a_page_per_document_with_every_mention(report: Path) -> None:
    docs = read_csv(report / "documents.csv")
    index = (report / "review" / "index.html").read_text("utf-8")
    for d in docs:
        assert d["source"] in index
        page = (report / "review" / f"doc-{d['doc_id']}.html").read_text("utf-8")
        for table in ("figures", "places", "institutions"):
            for r in read_csv(report / f"{table}.csv"):
                if r["doc_id"] == d["doc_id"]:
                    assert f'id="m-{r["mention_id"]}"' in page, (table, r["text"])
                    assert f'<tr tabindex="0" data-mid="{r["mention_id"]}"' in page


def test_every_page_allows_only_its_own_script(report: Path) -> None:
    for page in sorted((report / "review").glob("*.html")):
        html = page.read_text("utf-8")
        csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert csp, page
        scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
        assert len(scripts) == 1 and "<script" not in html.replace("<script>" + scripts[0], "")
        digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in html_unescape(csp.group(1))
        assert "http://" not in html and "https://" not in html  # nothing fetched from the network


def add_boxes(out: Path, pdf: Path) -> int:
    """Fill the bbox columns the way the PDF stage does, found with pdfplumber's own text search."""
    import pdfplumber

    n = 0
    with pdfplumber.open(pdf) as doc:
        for table in ("figures", "places", "institutions"):
            path = out / f"{table}.csv"
            rows = read_csv(path)
            cols = list(rows[0].keys()) if rows else []
            cols += [c for c in ("bbox", "x0", "top", "x1", "bottom") if c not in cols]
            for r in rows:
                if r.get("bbox") or not r["page"]:
                    continue
                hits = doc.pages[int(r["page"]) - 1].search(re.escape(r["text"].split("\n")[0]))
                if hits:
                    box = [round(hits[0][k], 2) for k in ("x0", "top", "x1", "bottom")]
                    r.update(bbox=json.dumps([box]), x0=str(box[0]), top=str(box[1]),
                             x1=str(box[2]), bottom=str(box[3]))
                    n += 1
            with path.open("w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n", restval="")
                w.writeheader()
                w.writerows(rows)
    return n


def has_boxes(out: Path, doc_id: str) -> bool:
    return any(r.get("bbox") for t in ("figures", "places", "institutions")
               for r in read_csv(out / f"{t}.csv") if r["doc_id"] == doc_id)


def test_pdf_pages_are_rendered_with_boxes_when_the_tables_have_them(seed_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_run, out)
    pdf_doc = next(d for d in read_csv(out / "documents.csv") if d["format"] == "pdf")
    page_html = out / "review" / f"doc-{pdf_doc['doc_id']}.html"
    build_report(out, ROOT / "corpus")
    if not has_boxes(out, pdf_doc["doc_id"]):
        assert "so no page images" in page_html.read_text("utf-8")
        assert not (out / "review" / "pages").exists()
        assert add_boxes(out, ROOT / "corpus" / pdf_doc["source"]) > 0
        build_report(out, ROOT / "corpus")
    html = page_html.read_text("utf-8")
    png = out / "review" / "pages" / f"{pdf_doc['doc_id']}_p1.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f'src="pages/{png.name}"' in html
    boxes = re.findall(r'<span class="box t-(\w+)" data-mid="(\w+)"[^>]*style="left:([\d.]+)%;top:([\d.]+)%', html)
    assert boxes and all(0 <= float(x) <= 100 and 0 <= float(y) <= 100 for _, _, x, y in boxes)


def test_pdf_without_its_source_file_says_how_to_get_page_images(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(report, out)
    build_report(out, tmp_path)  # a corpus folder that does not hold the PDF
    pdf_doc = next(d for d in read_csv(out / "documents.csv") if d["format"] == "pdf")
    html = (out / "review" / f"doc-{pdf_doc['doc_id']}.html").read_text("utf-8")
    assert "pass --corpus CORPUS" in html or "so no page images" in html


def test_cli_review_writes_the_report_and_apply_is_a_subcommand(report: Path, tmp_path: Path) -> None:
    from pipeline.cli.commands import main

    out = tmp_path / "out"
    shutil.copytree(report, out)
    shutil.rmtree(out / "review")
    result = CliRunner().invoke(main, ["review", str(out), "--corpus", str(ROOT / "corpus")])
    assert result.exit_code == 0, result.output
    assert (out / "review" / "index.html").exists() and "document pages" in result.output
    result = CliRunner().invoke(main, ["review"])
    assert result.exit_code == 2 and "Missing argument 'OUT'" in result.output
    result = CliRunner().invoke(main, ["review", str(out), "extra"])
    assert result.exit_code == 2 and "unexpected argument" in result.output
    result = CliRunner().invoke(main, ["review", "apply", "--help"])
    assert result.exit_code == 0 and "DECISIONS" in result.output
