"""Clause words that end before an unknown name built on a suffix (session 25, zhplfp): the copula 是 holds no
name (某圈是城市群…: 'X is the … of the city cluster'), and 中除 (a postposition closing the noun before it, then
'except') opens a clause, so the name starts after it. Data: boundary_chars, lead_words_hand. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("新版方案中除珠西都市圈外，范围均未调整。", ["珠西都市圈"]),
    ("按照定义，都市圈是城市群内部的空间形态。", []),
    ("该片区是产业园区的核心部分。", []),
    ("某市是珠三角城市群的重要节点。", ["珠三角城市群"]),
])
def test_clause_words_end_before_a_name(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("广州是粤港澳大湾区的核心引擎。", ["广州", "粤港澳大湾区"]),
    ("名单中除南沙新区外均已完成。", ["南沙新区"]),
])
def test_known_places_around_the_clause_words_stay(text: str, want: list[str]) -> None:
    assert _places(text) == want
