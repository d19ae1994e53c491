"""Hong Kong heritage sites on Government Hill and East Lantau (session 25, zhplfp): 政府山, its former West Wing,
St John's Cathedral and the Former French Mission Building are places (gazetteer, AMO / DEVB sources), so no
province is read across 政府山|西座 (山西); 東大嶼 names the East Lantau area; an artificial island after a verb of
building or a count (填海建人工島, 多個人工島) is a kind. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.text, p.canonical) for p in extract_text(text, model="blank").places)


def test_government_hill_and_its_west_wing_read_no_province() -> None:
    got = _places("團體要求保留政府山西座的原貌。")
    assert ("政府山西座", "West Wing of the former Central Government Offices") in got
    assert all(c != "Shanxi" for _, c in got)


@pytest.mark.parametrize("text, want", [
    ("遊客可沿政府山步行至聖約翰座堂。", [("政府山", "Government Hill"), ("聖約翰座堂", "St John's Cathedral")]),
    ("前法國外方傳教會大樓將交予新機構使用。", [("前法國外方傳教會大樓", "Former French Mission Building")]),
    ("政府建議在東大嶼 填海建人工島。", [("東大嶼", "East Lantau Metropolis")]),  # 填海建人工島: a kind, no name
])
def test_heritage_sites_and_east_lantau_are_places(text: str, want: list[tuple[str, str]]) -> None:
    assert _places(text) == sorted(want)


def test_the_province_stays_where_it_is_written() -> None:
    assert ("山西", "Shanxi") in _places("山西省今年煤炭產量增長。") or ("山西省", "Shanxi") in _places("山西省今年煤炭產量增長。")
