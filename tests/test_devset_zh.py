"""The Chinese dev set (../shared/devset-zh): score floors, the lang column and the --csv-bom output."""

from __future__ import annotations

from pathlib import Path

import pytest

FLOORS = {"figures": 0.90, "places": 0.88, "institutions": 0.85}


@pytest.fixture(scope="module")
def zh_run(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `run --csv-bom` over ../shared/devset-zh (Excel-friendly CSV, as analysts open it)."""
    from pipeline.config import Config
    from pipeline.run import run

    if not (shared_dir / "devset-zh").is_dir():
        pytest.skip("../shared/devset-zh is not present")
    out = tmp_path_factory.mktemp("devset-zh-out")
    run(Config(corpus=shared_dir / "devset-zh", out=out, csv_bom=True, workers=1))
    return out


@pytest.mark.slow
def test_score_floors(shared_dir: Path, zh_run: Path) -> None:
    from pipeline.evaluate import evaluate

    scores = evaluate(shared_dir / "devset-zh", zh_run)
    for table, floor in FLOORS.items():
        assert scores[table].f1 >= floor, (table, scores[table].f1, scores[table].false_pos, scores[table].false_neg)


@pytest.mark.slow
def test_rows_carry_their_language(zh_run: Path) -> None:
    import pandas as pd

    docs = pd.read_csv(zh_run / "documents.csv", dtype=str, keep_default_na=False)
    langs = dict(zip(docs["source"], docs["lang"]))
    assert langs["hk-budget-2025-26-innovation-zh.txt"] == "zh-Hant"
    assert langs["sz-hetao-shenzhen-park-notice-zh.txt"] == "zh-Hans"
    for table in ("figures", "places", "institutions"):
        df = pd.read_csv(zh_run / f"{table}.csv", dtype=str, keep_default_na=False)
        assert list(df.columns)[-1] == "lang"
        zh = df[df["source"].str.endswith("-zh.txt")]
        assert len(zh) and set(zh["lang"]) <= {"zh-Hant", "zh-Hans"}


@pytest.mark.slow
def test_csv_bom_output_keeps_the_text_as_written(zh_run: Path) -> None:
    import pandas as pd

    raw = (zh_run / "places.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(zh_run / "places.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert df.columns[0] == "mention_id"
    assert {"香港園區", "深圳园区", "本港"} <= set(df["text"])
    hk = df[df["text"].isin(["香港", "本港", "香港特別行政區"])]
    assert set(hk["canonical"]) == {"Hong Kong SAR"}


@pytest.mark.slow
def test_qualifiers_keep_the_written_form(zh_run: Path) -> None:
    import pandas as pd

    df = pd.read_csv(zh_run / "figures.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    by_text = dict(zip(df["text"], df["qualifier"]))
    assert by_text["超過1,500億港元"] == "超過"
    assert by_text["30万平方米以上"] == "以上"
    assert by_text["6000余人"] == "余"
