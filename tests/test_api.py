"""The Python API (issue 13): `pipeline.extract_text`, `pipeline.process`, `Result` — the same rows as a run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import pipeline
from pipeline.errors import ConfigError, IngestError
from pipeline.records import FIGURE_COLUMNS, INSTITUTION_COLUMNS, PLACE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("The Government will spend over HK$150 billion on the 87-hectare site in Hong Kong.\n"
        "The Innovation and Technology Commission (ITC) funds 16 provincial key research institutes.\n")

pytestmark = pytest.mark.slow


def test_extract_text_reads_figures_places_and_institutions() -> None:
    r = pipeline.extract_text(TEXT)
    figs = {f.text: f for f in r.figures}
    money = figs["over HK$150 billion"]
    assert (money.kind, money.value, money.unit, money.qualifier) == ("money", 150_000_000_000, "HKD", "over")
    assert figs["16 provincial key research institutes"].value == 16
    assert "Hong Kong" in {p.text for p in r.places}
    assert {i.acronym for i in r.institutions} >= {"ITC"}
    for rec in (*r.figures, *r.places, *r.institutions):
        assert r.document.text[rec.start:rec.end] == rec.text


def test_frames_have_the_table_contract_columns() -> None:
    frames = pipeline.extract_text(TEXT).frames()
    assert tuple(frames["figures"].columns) == FIGURE_COLUMNS
    assert tuple(frames["places"].columns) == PLACE_COLUMNS
    assert tuple(frames["institutions"].columns) == INSTITUTION_COLUMNS
    assert len(frames["documents"]) == 1
    assert frames["figures"]["value"].dtype == "float64"


def test_process_gives_the_rows_a_run_writes(seed_run: Path) -> None:
    """process(path) of a corpus file = that file's rows in the run's figures.csv (same ids, values)."""
    path = ROOT / "corpus" / "smart-city-gba.txt"
    r = pipeline.process(path)
    with (seed_run / "figures.csv").open(encoding="utf-8") as fh:
        run_rows = [row for row in csv.DictReader(fh) if row["source"] == "smart-city-gba.txt"]
    assert run_rows and [f.mention_id for f in r.figures] == [row["mention_id"] for row in run_rows]
    assert [repr(f.value) for f in r.figures] == [row["value"] for row in run_rows]


def test_extract_text_is_the_txt_file_of_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    a, b = pipeline.extract_text(TEXT, source="note.txt"), pipeline.process(path)
    assert a.document.doc_id == b.document.doc_id
    assert [f.mention_id for f in a.figures] == [f.mention_id for f in b.figures]


def test_bad_input_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no text"):
        pipeline.extract_text("   \n")
    with pytest.raises(ConfigError):
        pipeline.extract_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(IngestError, match="not a file"):
        pipeline.process(tmp_path / "missing.pdf")
    (tmp_path / "x.xyz").write_text("hello")
    with pytest.raises(IngestError) as exc:
        pipeline.process(tmp_path / "x.xyz")
    assert exc.value.status == "skipped"
