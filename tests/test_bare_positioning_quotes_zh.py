"""A quote written right before 新定位, 总目标, 发展定位 or 功能定位 without 的 names the goal or positioning, as the 的
form (“…”的发展定位) already does: a place or a suffix-built site inside it is no mention (DECISIONS-zh 21, quoted
programme names); the same quote as the object of a building verb or the subject of a clause stays a place (session
28, zhplfp). Data: entities_zh.json slogan_quotes.after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "全区紧紧围绕“一城三区”总目标和“西部智造城”新定位，推动发展。",
    "锚定“北部科技城”发展定位，加快招商。",
    "立足“滨江商务区”功能定位，完善配套。",
])
def test_a_quoted_positioning_names_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("“北部科技城”建设全面启动。", ["北部科技城"]),
    ("推进“江湾科技城”建设，新定位带来新机遇。", ["江湾科技城"]),
])
def test_a_quoted_site_that_is_built_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
