"""A company's site whose kind is written after another kind (某航某省基地总部, 'the base's headquarters') is one place by
its whole name, not also the shorter base inside it; two sites joined by a conjunction stay two (session 27, zhplfp).
company_sites_zh. Sentences are made up."""

from __future__ import annotations

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


def test_a_base_headquarters_is_one_place() -> None:
    assert _places("东航江西基地总部已竣工投用。") == ["东航江西基地总部"]


def test_two_sites_stay_two() -> None:
    assert "美的集团顺德基地" in _places("美的集团顺德基地和华南总部加快建设。")
