"""Session 29 (zhplfp): 祖国北疆 / 我国北疆 / 祖国南疆 ('the motherland's northern / southern frontier') name a frontier,
not Northern or Southern Xinjiang; 北疆 and 南疆 elsewhere stay (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [c for _, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_the_motherlands_northern_frontier(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "构筑祖国北疆万里绿色长城。") == []
    assert places(matcher, "建设我国北疆安全稳定屏障。") == []


def test_the_motherlands_southern_frontier(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "守护祖国南疆海防。") == []


def test_xinjiangs_halves_stay(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "我们到北疆旅游,又去了南疆。") == ["Northern Xinjiang", "Southern Xinjiang"]
