"""The Chinese dev set (../shared/devset-zh): score floors, the lang column and the --csv-bom output."""

from __future__ import annotations

from pathlib import Path

import pytest

FLOORS = {"figures": 0.90, "places": 0.97, "institutions": 0.97}  # places, institutions: 1.000 measured


@pytest.fixture(scope="module")
def zh_run(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `run --csv-bom` over ../shared/devset-zh (Excel-friendly CSV, as analysts open it)."""
    from pipeline.config import Config
    from pipeline.batch.runner import run

    if not (shared_dir / "devset-zh").is_dir():
        pytest.skip("../shared/devset-zh is not present")
    out = tmp_path_factory.mktemp("devset-zh-out")
    run(Config(corpus=shared_dir / "devset-zh", out=out, csv_bom=True, workers=1))
    return out


@pytest.mark.slow
def test_score_floors(shared_dir: Path, zh_run: Path) -> None:
    from pipeline.review.evaluation import evaluate

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
        assert "lang" in df.columns  # appended after the original columns (others may follow it)
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


PAIR_EN = """Hong Kong Science Park expansion

The HKSAR Government will reserve $5 billion for the Hong Kong Science and Technology Parks Corporation (HKSTPC)
to expand the Hong Kong Science Park. The State Council and the Shenzhen Municipal People's Government
support the Hong Kong Park in the Lok Ma Chau Loop, next to the Shenzhen River and Futian District.
The Legislative Council approved the funding. Cyberport will also work with the Chinese Academy of Sciences.
"""
PAIR_ZH = """香港科學園擴建

特區政府將為香港科技園公司（科技園公司）預留50億元，擴建香港科學園。國務院和深圳市人民政府支持落馬洲河套地區的
香港園區，毗鄰深圳河和福田區。立法會已批准撥款。數碼港亦會與中國科學院合作。
"""


@pytest.mark.slow
def test_english_and_chinese_versions_give_the_same_entities(tmp_path: Path) -> None:
    import pandas as pd

    from pipeline.config import Config
    from pipeline.batch.runner import run

    corpus = tmp_path / "pair"
    corpus.mkdir()
    (corpus / "en.txt").write_text(PAIR_EN, "utf-8")
    (corpus / "zh.txt").write_text(PAIR_ZH, "utf-8")
    out = tmp_path / "out"
    run(Config(corpus=corpus, out=out, workers=1))
    for table in ("places", "institutions"):
        df = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        en = set(df[df["source"] == "en.txt"]["canonical"])
        zh = set(df[df["source"] == "zh.txt"]["canonical"])
        assert en and en == zh, (table, en ^ zh)
