"""Issue 17 end to end: a folder with every class of input as it comes from the wild gives one row
per file, the figures with the right values, offsets into the text file, and no crash."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest
from docxgen import para, run, write_docx
from htmlgen import nested_page, press_release
from test_docx_text import dele, ins
from test_legacy import DATA, big5_rtf

from pipeline.batch.runner import RunSummary
from pipeline.batch.runner import run as run_batch
from pipeline.config import Config

LCQ = [("Following is a question by the Hon Chan Kin-por and a reply by the Secretary for Development "
        "in the Legislative Council today (January 10):"),
       "Reply:", "The Fund will grant HK$7&nbsp;billion to 40 start-ups in the San Tin Technopole.",
       "The Technopole covers about 627 hectares."]
LCQ_ZH = ["以下為今日在立法會會議上陳健波議員的提問和發展局局長的答覆：", "答覆：",
          "政府將向初創企業撥款７０億元，並興建３０，０００個單位，佔總數的２５％。"]

# source → (status, {figure text: value}) — every figure listed must be there with that value
EXPECTED: dict[str, tuple[str, dict[str, float]]] = {
    "revisions.docx": ("ok", {"HK$7 billion": 7e9, "40 start-ups": 40, "12 hectares": 12, "HK$3 billion": 3e9,
                              "1 500 jobs": 1500}),
    "lcq5.html": ("ok", {"HK$7\u00a0billion": 7e9, "40 start-ups": 40, "about 627 hectares": 627}),
    "lcq5-zh.htm": ("ok", {"７０億元": 7e9, "３０，０００個單位": 30000, "２５％": 25}),
    "raw-body.html": ("ok", {"HK$7\u00a0billion": 7e9, "about 627 hectares": 627}),
    "raw-body.txt": ("ok", {"HK$2 billion": 2e9}),
    "deep.html": ("ok", {"HK$2 billion": 2e9, "12 hectares": 12}),
    "zwsp.txt": ("ok", {"HK$3000 million": 3e9}),
    "full-width.txt": ("ok", {"３０，０００個單位": 30000, "ＨＫ＄３．５億元": 3.5e8}),
    "nul.txt": ("ok", {"HK$7 billion": 7e9}),
    "legacy-note.doc": ("ok", {"HK$7 billion": 7e9, "40 start-ups": 40, "12 hectares": 12, "HK$85 million": 8.5e7,
                               "70億元": 7e9, "30,000個單位": 30000}),
    "legacy-note.rtf": ("ok", {"HK$7 billion": 7e9, "HK$85 million": 8.5e7, "30,000個單位": 30000}),
    "big5.rtf": ("ok", {"HK$7 billion": 7e9, "30,000個單位": 30000, "70億元": 7e9}),
    "binary.txt": ("error", {}),
    "bomb.html": ("error", {}),
}
NOT_EXPECTED = {"HK$9 billion", "HK$1 billion", "HK$9 billion measures", "HK$9"}


def build(corpus: Path) -> None:
    body = (para(run("The Fund will grant "), dele("HK$9 billion"), ins("HK$7 billion"), run(" to 40 start-ups"),
                 '<w:r><w:footnoteReference w:id="1"/></w:r>', run("."))
            + para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("HK$3 billion"),
                   '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(" goes to Kowloon East"),
                   '<w:r><w:commentReference w:id="0"/></w:r>', run("."))
            + para(run("Anchor"), '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
                   + para(run("Text box: 1 500 jobs.")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    write_docx(corpus / "revisions.docx", body, footnotes={1: "Of which 12 hectares in Sha Tin."},
               comments={0: "Was HK$1 billion?"})
    (corpus / "lcq5.html").write_text(press_release("LCQ5: San Tin Technopole", LCQ), "utf-8")
    (corpus / "lcq5-zh.htm").write_bytes(press_release("立法會五題：新田科技城", LCQ_ZH, lang="zh-HK").encode("big5", "xmlcharrefreplace"))
    (corpus / "raw-body.html").write_bytes(gzip.compress(press_release("LCQ5", LCQ).encode("utf-8")))
    (corpus / "raw-body.txt").write_bytes(gzip.compress(b"The Government will invest HK$2 billion in Kowloon East.\n"))
    (corpus / "deep.html").write_text(nested_page(30_000, "The Government will invest HK$2 billion."), "utf-8")
    (corpus / "zwsp.txt").write_text("The Government will spend HK$3\u200b000 million on the Northern Metropolis.\n", "utf-8")
    (corpus / "full-width.txt").write_text("政府將興建３０，０００個單位，並撥款ＨＫ＄３．５億元。\n", "utf-8")
    (corpus / "nul.txt").write_bytes(b"The Fund will grant HK$7 billion\x00 to start-ups in Sha Tin.\x00\n")
    shutil.copy(DATA / "legacy-note.doc", corpus / "legacy-note.doc")
    shutil.copy(DATA / "legacy-note.rtf", corpus / "legacy-note.rtf")
    (corpus / "big5.rtf").write_bytes(big5_rtf("政府撥款70億元，興建30,000個單位。"))
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "bomb.html").write_bytes(gzip.compress(b"<p>" + b" " * (70 * 1024 * 1024)))


def rows(out: Path, table: str) -> list[dict[str, Any]]:
    import pandas as pd

    df = pd.read_parquet(out / f"{table}.parquet")
    return df.to_dict("records")


@pytest.fixture(scope="module")
def wild(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary]:
    base = tmp_path_factory.mktemp("wild")
    (base / "corpus").mkdir()
    build(base / "corpus")
    summary = run_batch(Config(corpus=base / "corpus", out=base / "out", timeout=300))
    return base / "out", summary


@pytest.mark.slow
def test_one_row_per_file_with_its_status(wild: tuple[Path, RunSummary]) -> None:
    out, summary = wild
    docs = {r["source"]: r for r in rows(out, "documents")}
    assert sorted(docs) == sorted(EXPECTED)
    assert {s: r["status"] for s, r in docs.items()} == {s: e[0] for s, e in EXPECTED.items()}
    assert "binary content, not text" in docs["binary.txt"]["error"]
    assert "gzip bomb" in docs["bomb.html"]["error"]
    assert docs["nul.txt"]["error"] == "warning: 2 NUL/control bytes dropped (the rest is text): nul.txt"
    assert docs["raw-body.html"]["encoding"] == "gzip+utf-8" and docs["lcq5-zh.htm"]["encoding"] == "big5"
    assert summary.ok == 12 and summary.failed == 2
    assert summary.warnings == [("nul.txt", docs["nul.txt"]["error"])]
    from pipeline.cli.commands import format_summary

    assert "  ok with warning: 2 NUL/control bytes dropped (the rest is text): nul.txt" in format_summary(summary)


@pytest.mark.slow
@pytest.mark.parametrize("source", [s for s, e in EXPECTED.items() if e[1]])
def test_figures_have_the_right_values(wild: tuple[Path, RunSummary], source: str) -> None:
    out, _ = wild
    found = {r["text"]: r["value"] for r in rows(out, "figures") if r["source"] == source}
    for text, value in EXPECTED[source][1].items():
        assert text in found, (text, sorted(found))
        assert found[text] == pytest.approx(value), text
    assert not NOT_EXPECTED & set(found), found


@pytest.mark.slow
def test_every_row_points_into_the_text_file(wild: tuple[Path, RunSummary]) -> None:
    out, _ = wild
    docs = {r["doc_id"]: r for r in rows(out, "documents") if r["status"] == "ok"}
    texts = {d: (out / "text" / f"{d}.txt").read_text("utf-8") for d in docs}
    n = 0
    for table in ("figures", "places", "institutions"):
        for r in rows(out, table):
            assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"], (table, r["source"], r["text"])
            n += 1
    assert n >= 40
    for text in texts.values():  # the text file keeps no invisible characters
        assert not any(ch in text for ch in "\u200b\u00ad\u2060\u202a\u202c\ufeff")


@pytest.mark.slow
def test_navigation_and_footer_stay_out_of_old_style_pages(wild: tuple[Path, RunSummary]) -> None:
    out, _ = wild
    for r in rows(out, "documents"):
        if r["source"] in ("lcq5.html", "lcq5-zh.htm", "raw-body.html"):
            text = (out / "text" / f"{r['doc_id']}.txt").read_text("utf-8")
            for leaked in ("Today's Press Releases", "Privacy Policy", "HK$9 billion measures", "|"):
                assert leaked not in text, (r["source"], leaked)
