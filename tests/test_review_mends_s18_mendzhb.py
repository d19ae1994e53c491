"""Session 18's review mends (mendzhb, Chinese places): rules that fired too widely (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


@pytest.mark.parametrize("text, want", [
    # M3: a marked district + a bare kind word is one site's name; the kind word alone is no place
    ("康文署計劃在葵青區體育館舉辦活動，屯門區游泳池亦會重開。", ["葵青區體育館", "屯門區游泳池"]),
    ("政府會在大埔區運動場附近興建設施。", ["大埔區運動場"]),
    # the site with a name of its own after the district still gives two places
    ("葵青區和宜合道運動場", ["葵青區", "和宜合道運動場"]),
    # M6: a district + verb-object after a preposition, closed by a comma, is no locality
    ("港鐵會在元朗建屋，以配合發展。", ["元朗"]),
    ("當局於元朗建屋。", ["元朗"]),
    # a list item still gives the locality
    ("位於大欖及沙田水泉澳。", ["大欖", "沙田水泉澳"]),
    # glued_divisions: a Mainland division written without its level character after Hong Kong is kept
    ("推动香港南沙深度合作。", ["香港", "南沙"]),
    ("摩星嶺平房區", ["摩星嶺平房區"]),
    # 校区 / 军营 after a descriptive body: a kind, no name
    ("學校本部校區改造完成，小學部校區投入使用。", []),
    ("該址原為前英軍軍營。", []),
    ("推进前期农业产业园建设。", []),  # 前期 + 农业: the body splits as written
])
def test_places(text: str, want: list[str]) -> None:
    assert _places(text) == want
