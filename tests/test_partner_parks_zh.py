"""A country that opens a dash-joined pair naming a cooperation park or zone (中国-某国经贸创新发展示范园区,
中国—某组织自由贸易区) only names the park, no place of its own (session 26, zhplfp; DECISIONS 21 agreement
areas). Data: inner_places.name_after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "中国-菲律宾经贸创新发展示范园区获批设立。",
    "推进中国—东盟自由贸易区升级。",
    "中国-新加坡产业合作区完成规划。",
])
def test_the_parties_of_a_park_are_no_places(text: str) -> None:
    assert "中国" not in _places(text)


@pytest.mark.parametrize("text, want", [
    ("与新加坡共建产业园。", ["新加坡"]),
    ("中国-新加坡两国签署协议。", ["中国", "新加坡"]),
    ("中国、菲律宾经贸合作园区。", ["中国", "菲律宾"]),
])
def test_parties_outside_a_park_name_stay(text: str, want: list[str]) -> None:
    assert _places(text) == want
