"""Every kind of bad input in one batch: each gets its exact status and a one-line error, and the good
documents of the same batch come out exactly as they do in a batch of good documents alone."""

from __future__ import annotations

import os
import random
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config
from pipeline.batch.runner import RunSummary, run

ROOT = Path(__file__).resolve().parent.parent
GOOD = ["gba-youth-employment.docx", "it-blueprint-note.pdf", "northern-metropolis-progress.md",
        "press-release-data-centres.html", "smart-city-gba.txt"]
LATIN1_NAME = os.fsdecode(b"caf\xe9 latin-1 name.txt")  # not valid UTF-8 on disk
ODD_NAMES = {
    "-leading-dash.txt": "The Hong Kong Monetary Authority granted HK$3 million to Sha Tin.\n",
    "with space ünïcode 香港.txt": "The Labour Department placed 1 092 graduates in Shenzhen.\n",
    LATIN1_NAME: "The Development Bureau released 120 hectares of land in Kwu Tung.\n",
}
TEXTS = {
    "cp1252.txt": ("The Café Programme in Zürich receives €5 million – “smart” funding for São Paulo.\n",
                   "cp1252", "Café"),
    "big5.txt": ("香港特別行政區政府撥款五億元，用於發展北部都會區的創新科技產業。" * 3 + "\n", "big5", "北部都會區"),
    "gb18030.txt": ("深圳市人民政府宣布投资十亿元建设河套深港科技创新合作区。" * 3 + "\n", "gb18030", "河套深港"),
}
# source → (status, a phrase the error must contain); the error always names the source too.
EXPECTED = {
    "empty.pdf": ("empty", "empty file (0 bytes)"),
    "issue-297-example.pdf": ("no_text", "--ocr"),
    "password-example.pdf": ("encrypted", "--password"),
    "truncated.pdf": ("error", "truncated or damaged PDF"),
    "not-really.pdf": ("error", "not a PDF"),
    "empty.txt": ("empty", "empty file (0 bytes)"),
    "blank.md": ("empty", "empty file"),
    "junk.txt": ("error", "binary content, not text"),
    "bomb.docx": ("error", "zip bomb"),
    "laughs.docx": ("error", "DTD/XML entities"),
    "fake.docx": ("error", "not a DOCX"),
    "huge.txt": ("error", "file too large"),
    "notes.xyz": ("skipped", "unsupported format '.xyz'"),
    "outside.txt": ("skipped", "symlink leads outside the corpus"),
    "outside-folder": ("skipped", "symlinked folder not followed"),
    "pipe.txt": ("skipped", "not a regular file"),
}


def make_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


def billion_laughs_docx(path: Path, valid: Path) -> None:
    """A real DOCX whose word/document.xml expands entities (10^6 'lol's from a few hundred bytes)."""
    lol = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 7))
           + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:body><w:p><w:r><w:t>&lol6;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(valid) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = lol.encode() if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)


def zip_bomb_docx(path: Path, valid: Path) -> None:
    """A real DOCX with a 64 MB part that compresses ~1000:1."""
    with zipfile.ZipFile(valid) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        with dst.open("word/media/padding.bin", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                fh.write(block)


def build_corpus(corpus: Path, outside: Path, shared: Path) -> None:
    for name in GOOD:
        shutil.copy(ROOT / "corpus" / name, corpus / name)
    make_docx(corpus / "generated.docx", [
        "Northern Metropolis land note",
        "The Lands Department will resume 150 hectares of land in Yuen Long for HK$4.5 billion.",
    ])
    for name, text in ODD_NAMES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for name, (text, encoding, _) in TEXTS.items():
        (corpus / name).write_bytes(text.encode(encoding))
    (corpus / "scripts.html").write_text(
        "<html><head><title>Kowloon note</title><style>p { content: 'HK$9 billion' }</style>"
        "<script>var budget = 'HK$7 billion for Lantau';</script></head><body><main>"
        "<p>The Government will invest HK$2 billion in Kowloon East.</p>"
        "<script>document.write('HK$8 billion')</script></main></body></html>", encoding="utf-8")
    pdfs = shared / "realworld" / "pdfs"
    for name in ("empty.pdf", "issue-297-example.pdf", "malformed-from-issue-932.pdf", "password-example.pdf"):
        shutil.copy(pdfs / name, corpus / name)
    (corpus / "truncated.pdf").write_bytes((ROOT / "corpus" / "it-blueprint-note.pdf").read_bytes()[:600])
    (corpus / "not-really.pdf").write_text("<html><body>Saved from a browser</body></html>")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text("  \n\n \t\n")
    (corpus / "junk.txt").write_bytes(random.Random(4).randbytes(6000))
    zip_bomb_docx(corpus / "bomb.docx", corpus / "generated.docx")
    billion_laughs_docx(corpus / "laughs.docx", corpus / "generated.docx")
    (corpus / "fake.docx").write_text("this is plain text named .docx")
    with (corpus / "huge.txt").open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    (corpus / "notes.xyz").write_text("The Treasury spent HK$6 billion.")
    (outside / "secret.txt").write_text("The Secret Bureau spent HK$1 billion in Tai Po.\n")
    (outside / "folder").mkdir()
    (outside / "folder" / "inside.txt").write_text("The Hidden Office spent HK$5 billion.\n")
    os.symlink(outside / "secret.txt", corpus / "outside.txt")
    os.symlink(outside / "folder", corpus / "outside-folder")
    os.mkfifo(corpus / "pipe.txt")


def read_rows(out: Path, table: str) -> list[dict[str, Any]]:
    """Rows of the Parquet table (raw values: the CSV neutralises cells like '-leading-dash.txt')."""
    import pandas as pd

    df = pd.read_parquet(out / f"{table}.parquet")
    return [{k: ("" if v is None or v is pd.NA or v != v else str(v)) for k, v in row.items()}
            for row in df.to_dict("records")]


@pytest.fixture(scope="module")
def batch(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary, Path]:
    """One run over the mixed batch and one over its good documents alone (same names, same bytes)."""
    base = tmp_path_factory.mktemp("badinput")
    corpus, outside, clean = base / "corpus", base / "outside", base / "clean"
    for d in (corpus, outside, clean):
        d.mkdir()
    build_corpus(corpus, outside, shared_dir)
    summary = run(Config(corpus=corpus, out=base / "out", timeout=120))
    good = GOOD + ["generated.docx", "malformed-from-issue-932.pdf", "scripts.html"] + list(ODD_NAMES) + list(TEXTS)
    for name in good:
        shutil.copy(corpus / name, clean / name)
    run(Config(corpus=clean, out=base / "clean-out", timeout=120))
    return base / "out", summary, base / "clean-out"


def documents(out: Path) -> dict[str, dict[str, Any]]:
    return {r["source"]: r for r in read_rows(out, "documents")}


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_bad_input_has_status_and_one_line_error(batch: tuple[Path, RunSummary, Path], source: str) -> None:
    out, summary, _ = batch
    status, phrase = EXPECTED[source]
    row = documents(out)[source]
    assert row["status"] == status, row
    assert phrase in row["error"] and source in row["error"], row["error"]
    assert "\n" not in row["error"]
    assert (source, status, row["error"]) in summary.failures  # the same line in the run summary


@pytest.mark.slow
def test_good_documents_of_the_batch_are_fully_extracted(batch: tuple[Path, RunSummary, Path]) -> None:
    out, _, clean = batch
    good_sources = set(documents(clean))
    assert all(r["status"] == "ok" for r in documents(clean).values())
    assert {s for s, r in documents(out).items() if r["status"] == "ok"} == good_sources
    for table in ("figures", "places", "institutions"):
        mixed = [r for r in read_rows(out, table) if r["source"] in good_sources]
        assert mixed == read_rows(clean, table), table
    assert len(read_rows(clean, "figures")) >= 30  # the good documents really do have figures
    for source in ("generated.docx", "-leading-dash.txt", "scripts.html"):
        assert any(r["source"] == source for r in read_rows(out, "figures")), source


@pytest.mark.slow
def test_summary_counts(batch: tuple[Path, RunSummary, Path]) -> None:
    out, summary, _ = batch
    statuses = [r["status"] for r in documents(out).values()]
    assert summary.ok == statuses.count("ok") == 14
    assert summary.skipped == statuses.count("skipped") == 4
    assert summary.failed == len(statuses) - 18 == 12
    assert summary.rows["figures"] == len(read_rows(out, "figures"))


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(TEXTS))
def test_non_utf8_text_is_decoded_and_its_encoding_recorded(batch: tuple[Path, RunSummary, Path],
                                                            source: str) -> None:
    out, _, _ = batch
    _, encoding, phrase = TEXTS[source]
    row = documents(out)[source]
    assert row["status"] == "ok" and row["encoding"] == encoding
    text = (out / "text" / f"{row['doc_id']}.txt").read_text("utf-8")
    assert phrase in text and "\ufffd" not in text


@pytest.mark.slow
def test_odd_file_names(batch: tuple[Path, RunSummary, Path]) -> None:
    out, _, _ = batch
    docs = documents(out)
    for name in ("-leading-dash.txt", "with space ünïcode 香港.txt", "caf\\xe9 latin-1 name.txt"):
        assert docs[name]["status"] == "ok", name
    assert "caf\\xe9 latin-1 name.txt" in {r["source"] for r in read_rows(out, "places")}
    # in the CSV a leading dash is neutralised for spreadsheets (see test_write_csv in test_run.py)
    assert "'-leading-dash.txt," in (out / "documents.csv").read_text("utf-8")


@pytest.mark.slow
def test_html_scripts_and_styles_are_stripped(batch: tuple[Path, RunSummary, Path]) -> None:
    out, _, _ = batch
    row = documents(out)["scripts.html"]
    text = (out / "text" / f"{row['doc_id']}.txt").read_text("utf-8")
    assert "HK$2 billion in Kowloon East" in text
    for leaked in ("HK$9", "HK$7", "HK$8", "document.write", "content:"):
        assert leaked not in text
    assert [r["text"] for r in read_rows(out, "figures") if r["source"] == "scripts.html"] == ["HK$2 billion"]


@pytest.mark.slow
def test_nothing_outside_the_corpus_is_read(batch: tuple[Path, RunSummary, Path]) -> None:
    out, _, _ = batch
    for table in ("figures", "places", "institutions"):
        for row in read_rows(out, table):
            assert "Secret" not in row["text"] and "Hidden" not in row["text"]
            assert row["source"] not in ("outside.txt", "outside-folder/inside.txt")
    assert "outside-folder/inside.txt" not in documents(out)


@pytest.mark.slow
def test_malformed_but_readable_pdf_is_ok(batch: tuple[Path, RunSummary, Path]) -> None:
    out, _, _ = batch
    row = documents(out)["malformed-from-issue-932.pdf"]
    assert row["status"] == "ok" and int(row["n_chars"]) > 0 and row["error"] == ""


@pytest.mark.slow
def test_password_given_later_reprocesses_only_failures(batch: tuple[Path, RunSummary, Path],
                                                        tmp_path: Path) -> None:
    out, first, _ = batch
    out2 = tmp_path / "out"
    shutil.copytree(out, out2)
    corpus = out.parent / "corpus"
    summary = run(Config(corpus=corpus, out=out2, timeout=120, password="test"))
    row = documents(out2)["password-example.pdf"]
    assert row["status"] == "ok" and "Backup4all" in (out2 / "text" / f"{row['doc_id']}.txt").read_text()
    # ok documents are reused; failures are retried because an option that could fix them changed
    assert summary.reused == first.ok
    assert summary.processed == first.failed - 1  # huge.txt is refused up front, unread
