"""A pacesetter title (排头兵) keeps the place before it (session 25, zhplfp): a pacesetter is one of the units of
that place ranked first, not a role the subject becomes, so 争当某省…排头兵 names the province (fc24's gold lists
广东 there, zhg18-c's gold the region before 排头兵). Functional roles (中心, 枢纽, 基地, 样板, 标杆 …) still make the
place the title's scope (goal_titles_zh). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("今年我市要争当广东绿色转型排头兵。", ["广东"]),
    ("全县上下奋力争当粤北生态发展排头兵。", ["粤北"]),
    ("争创湖南省县域经济发展排头兵，再上新台阶。", ["湖南省"]),
])
def test_a_place_before_a_pacesetter_title_stays(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text", [
    "奋力争当全省乡村振兴排头兵。",  # 全省 is no place (GUIDELINES-zh 11)
    "加快打造粤西现代物流枢纽。",  # a functional role: the place scopes the title
    "努力打造湖南省生态文明建设样板。",
])
def test_functional_roles_and_generic_scopes_give_no_place(text: str) -> None:
    assert _places(text) == []
