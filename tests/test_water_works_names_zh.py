"""A water-works project named by the reservoirs or rivers it joins holds its places (session 25, zhplfp; DECISIONS 21:
南渡江引水 gives no 南渡江): 甲水库-乙水库输水隧洞工程, 甲水库—乙水库连通工程, 某江引水工程 → no places; the reservoir
written on its own stays. Data: inner_places.name_after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "开工建设松山水库-白石水库输水隧洞工程。",
    "推进鹤湖水库—青溪水库连通工程前期工作。",
    "建成东江调水工程。",
])
def test_places_that_name_a_water_works_project_are_no_mentions(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("罗田水库水质保持优良。", ["罗田水库"]),
    ("保障深圳水库供水安全。", ["深圳水库"]),
])
def test_a_reservoir_on_its_own_stays(text: str, want: list[str]) -> None:
    assert _places(text) == want
