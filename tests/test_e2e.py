"""End to end on the repository's corpus/: the table contract and the seed document's key rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.records import DOCUMENT_COLUMNS, FIGURE_COLUMNS, INSTITUTION_COLUMNS, PLACE_COLUMNS

CONTRACT = {
    "documents": DOCUMENT_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "places": PLACE_COLUMNS,
    "institutions": INSTITUTION_COLUMNS,
}
# The columns issue #8 fixed; later issues may only append columns after these.
BASE_COLUMNS = {
    "documents": "doc_id source format title pages n_chars n_words sha256 status error pipeline_version processed_at",
    "figures": "mention_id doc_id source page start end text kind value value_max unit qualifier subject sentence method confidence",
    "places": "mention_id doc_id source page start end text canonical place_type country_code method confidence",
    "institutions": "mention_id doc_id source page start end text canonical acronym institution_type method confidence",
}


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", list(CONTRACT))
def test_tables_have_the_contract_columns_in_csv_and_parquet(seed_run: Path, name: str) -> None:
    csv_cols = list(table(seed_run, name).columns)
    assert csv_cols[: len(BASE_COLUMNS[name].split())] == BASE_COLUMNS[name].split()
    assert csv_cols == list(CONTRACT[name])
    assert list(pd.read_parquet(seed_run / f"{name}.parquet").columns) == csv_cols


def test_every_format_in_the_corpus_is_processed(seed_run: Path) -> None:
    docs = table(seed_run, "documents")
    assert set(docs["format"]) >= {"txt", "markdown", "html", "pdf", "docx"}
    assert set(docs["status"]) == {"ok"}


def seed_rows(out: Path, name: str) -> pd.DataFrame:
    df = table(out, name)
    return df[df["source"] == "smart-city-gba.txt"]


def test_seed_figures(seed_run: Path) -> None:
    figs = seed_rows(seed_run, "figures")
    by_text = {r["text"]: r for _, r in figs.iterrows()}
    money = by_text["over HK$150 billion"]
    assert (money["kind"], float(money["value"]), money["unit"], money["qualifier"]) == \
        ("money", 150000000000.0, "HKD", "over")
    area = by_text["87-hectare"]
    assert (area["kind"], float(area["value"]), area["unit"]) == ("area", 87.0, "hectare")
    count = by_text["16 provincial key research institutes"]
    assert (count["kind"], float(count["value"]), count["unit"]) == ("count", 16.0, "institute")
    assert count["subject"] == "provincial key research institutes"
    assert by_text["one-third"]["kind"] == "fraction"
    assert abs(float(by_text["one-third"]["value"]) - 1 / 3) < 1e-3
    for not_figure in ("2017", "2022-2023", "2022", "14th", "14", "2.0", "2020"):
        assert not any(not_figure == t or t.startswith(not_figure + " ") for t in by_text), not_figure
    assert all(k not in set(figs["text"]) for k in ("14th Five-Year Plan", "Five-Year"))


def test_seed_places_and_institutions(seed_run: Path) -> None:
    places = seed_rows(seed_run, "places")
    canon = set(places["canonical"])
    assert {"Lok Ma Chau Loop", "Guangdong"} <= canon
    assert any("Greater Bay Area" in c for c in canon)
    assert any(c.startswith("Maca") for c in canon)
    hk = places[places["text"].isin(["Hong Kong SAR", "Hong Kong Special Administrative Region", "Hong Kong"])]
    assert len(hk) >= 3 and hk["canonical"].nunique() == 1, "long and short forms of HKSAR are one place"
    insts = seed_rows(seed_run, "institutions")
    assert "Chinese Academy of Sciences" in set(insts["canonical"])
    assert "I&T" not in set(insts["text"]) and "I&T" not in set(insts["canonical"])


@pytest.mark.parametrize("name", ["figures", "places", "institutions"])
def test_offsets_point_into_the_written_text(seed_run: Path, name: str) -> None:
    df = table(seed_run, name)
    assert len(df) > 0
    for _, row in df.iterrows():
        text = (seed_run / "text" / f"{row['doc_id']}.txt").read_text("utf-8")
        assert text[int(row["start"]):int(row["end"])] == row["text"]


def test_pdf_rows_have_pages_and_others_do_not(seed_run: Path) -> None:
    figs = table(seed_run, "figures")
    assert set(figs[figs["source"].str.endswith(".pdf")]["page"]) == {"1"}
    assert set(figs[~figs["source"].str.endswith(".pdf")]["page"]) == {""}


def test_html_boilerplate_is_not_extracted(seed_run: Path) -> None:
    places = table(seed_run, "places")
    html = places[places["source"].str.endswith(".html")]
    assert "Kowloon" not in set(html["text"]) and "Lantau" not in set(html["text"])
    figs = table(seed_run, "figures")
    html_figs = figs[figs["source"].str.endswith(".html")]
    assert not any("2 000" in t or "2024" in t or "6789" in t for t in html_figs["text"])


def test_docx_page_header_is_left_out(seed_run: Path) -> None:
    docs = table(seed_run, "documents")
    doc_id = docs[docs["format"] == "docx"]["doc_id"].iloc[0]
    text = (seed_run / "text" / f"{doc_id}.txt").read_text("utf-8")
    assert "RESTRICTED DRAFT" not in text
    assert "Labour Department placed 1 092 graduates" in text
    assert "Graduates placed\t1 092" in text


def test_mention_ids_are_stable_across_runs(seed_run: Path, tmp_path: Path) -> None:
    from pipeline.config import Config
    from pipeline.batch.runner import run

    root = Path(__file__).resolve().parent.parent
    run(Config(corpus=root / "corpus", out=tmp_path))
    for name in ("figures", "places", "institutions"):
        a = table(seed_run, name)
        b = table(tmp_path, name)
        assert list(a["mention_id"]) == list(b["mention_id"])
        assert a.drop(columns=[]).equals(b)
