"""Chinese zone names with a bracketed place inside, on made-up sentences: one place, the bracketed place not listed."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.test_entities_zh import found


@pytest.mark.parametrize(("text", "name"), [
    ("中國（廣西）自由貿易試驗區南寧片區揭牌。", "中國（廣西）自由貿易試驗區南寧片區"),
    ("推进中马(钦州)产业合作区建设。", "中马(钦州)产业合作区"),
])
def test_a_zone_with_a_bracketed_place_is_one_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    got = [s for s, lab, _ in found(matcher, text) if lab == "PLACE"]
    assert name in got and not any(p in got for p in ("廣西", "钦州")), got


def test_a_bracketed_place_without_a_zone_suffix_stays_a_place(matcher: ZhEntityMatcher) -> None:
    got = [s for s, lab, _ in found(matcher, "會議在香港（中環）舉行。") if lab == "PLACE"]
    assert got == ["香港", "中環"], got
