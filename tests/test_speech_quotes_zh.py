"""A long quoted clause of wording is speech, not a name (session 25, zhplfp): a quote of 12 or more characters that
holds a clause word (涵盖, 包括, 成为, 需要 …) keeps its places as mentions; a quoted programme, slogan or plan name stays
a name whose places are no mentions (DECISIONS-zh 21). Data: speech_quotes. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("新版文件将表述调整为“相关举措涵盖海丰县、陆丰市和惠东县”。", ["海丰县", "惠东县", "陆丰市"]),
    ("报告写明“服务范围包括南沙新区和番禺区部分镇街”。", ["南沙新区", "番禺区"]),
])
def test_places_in_quoted_wording_are_mentions(text: str, want: list[str]) -> None:
    assert _places(text) == sorted(want)


@pytest.mark.parametrize("text", [
    "深入实施“百万人才进海南”行动。",
    "文件提出要“统筹编制湛江茂名都市圈发展规划”。",
    "加快建设“智慧海南”。",
])
def test_quoted_names_keep_their_places_inside(text: str) -> None:
    assert _places(text) == []
