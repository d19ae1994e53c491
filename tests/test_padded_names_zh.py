"""A short Chinese name padded to a table's column with ideographic spaces (觀　塘, 中　西　區 — Hong Kong tables set
two-character districts three columns wide) is still one name: only a space between two runs of two or more
characters is a headline's clause break (session 25, lead; made-up tables)."""

from __future__ import annotations

import pipeline
from pipeline.textfold import fold


def places(text: str) -> list[str]:
    return [p.canonical for p in pipeline.extract_text(text).places]


def test_fold_turns_a_padding_space_into_a_space() -> None:
    assert fold("觀　塘") == "觀 塘"
    assert fold("中　西　區") == "中 西 區"
    assert fold("某會捐款　建新中心") == "某會捐款　建新中心"  # a headline's clause break stays


def test_padded_districts_in_a_table_are_read() -> None:
    table = "各區新登記選民人數如下：\n\n觀　塘　　　　12,345人\n沙　田　　　　23,456人\n中　西　區　　　3,210人\n"
    got = places(table)
    for district in ("Kwun Tong", "Sha Tin", "Central and Western District"):
        assert district in got
