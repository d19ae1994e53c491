"""扎实 ('solidly') and 扎实推进 open a city report's clause (session 25, zhplfp): the name built on a suffix starts
after them (扎实推进某湾超级总部基地 → 某湾超级总部基地, not the verb phrase). Data: lead_words_hand. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("全市将扎实推进前海湾总部基地和西丽湖科教城等片区建设。", ["西丽湖科教城"]),
    ("扎实推进滨江新城开发。", ["滨江新城"]),
])
def test_the_name_starts_after_the_adverb_and_verb(text: str, want: list[str]) -> None:
    got = _places(text)
    assert all(not g.startswith("扎实") for g in got)
    assert set(want) <= set(got)
