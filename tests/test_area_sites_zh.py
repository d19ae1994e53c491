"""A known area written right before a site the suffix rules build (旺角前消防總部歷史建築羣) locates the site in its own
name: one place by the longest span, as a division before its site is (深圳新皇崗口岸); a gazetteer place after the
area stays a place of its own (session 27, zhplfp). adjacent_places_zh, data site_outer_types. Sentences are made up."""

from __future__ import annotations

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


def test_an_area_and_its_heritage_site_are_one_place() -> None:
    assert _places("旺角前消防總部歷史建築羣將活化為文化設施。") == ["旺角前消防總部歷史建築羣"]


def test_two_gazetteer_places_stay_two() -> None:
    assert _places("旺角、油麻地及尖沙咀的商戶受影響。") == ["尖沙咀", "旺角", "油麻地"]
