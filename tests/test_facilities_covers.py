"""facilities_en._Covers answers 'is this span inside another of the spans' as the pairwise test it replaced."""

from __future__ import annotations

import random

from pipeline.extract.entities.facilities_en import _Covers


def _pairwise(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def test_covers_agrees_with_the_pairwise_test_on_random_spans() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        spans = [(a, a + rng.randint(0, 8)) for a in (rng.randint(0, 20) for _ in range(rng.randint(0, 12)))]
        covers = _Covers(spans)
        for start, end in spans + [(rng.randint(0, 20), rng.randint(0, 28)) for _ in range(4)]:
            assert covers(start, end) == _pairwise(spans, start, end), (spans, start, end)


def test_a_span_is_not_inside_itself_but_inside_a_twin_that_starts_earlier() -> None:
    assert not _Covers([(3, 9)])(3, 9)
    assert _Covers([(3, 9), (1, 9)])(3, 9)
    assert _Covers([(3, 12)])(3, 9)
    assert not _Covers([(4, 12)])(3, 9)
