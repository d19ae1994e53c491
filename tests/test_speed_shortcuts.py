"""Speed shortcuts of the rule stages (session 22) give what the long way gives: an all-Chinese document skips the
English rules, a name written again finds the candidates it overlaps by bisection, the glued full stops of a sentence
are scanned once for all its figures."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pipeline.extract.entities.longer_names import _Starts
from pipeline.extract.entities.spans import Cand
from pipeline.extract.periods.patterns import scope_patterns
from pipeline.extract.periods.scope import _glued_piece
from pipeline.records import Document


def test_an_all_chinese_document_runs_no_english_rule(extractor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "深圳市人民政府在南山区建设人才公寓1200套，投资约35亿元。\n\n  \n广州市将新增学位3万个。\n"
    doc = Document(doc_id="d", source="s.txt", format="txt", title="t", text=text, sha256="0")
    (_, before), = list(extractor.extract([doc]))

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an English rule ran on an all-Chinese document")

    monkeypatch.setattr(extractor.entities, "mentions", refuse)
    try:
        monkeypatch.setattr(extractor, "figure_mentions", refuse)
    except AttributeError:  # `make native` compiles Extractor (mypyc): its methods cannot be replaced; the entity
        pass  # rules sit behind the same gate, so the check above still fails if the gate is lost
    (_, after), = list(extractor.extract([doc]))
    assert after == before and any(m.text == "约35亿元" for m in after)


def test_a_mixed_document_still_runs_the_english_rules(extractor: Any) -> None:
    text = "The Housing Authority will build 1,200 flats in Kowloon.\n香港房屋委員會將興建1 200個單位。\n"
    doc = Document(doc_id="d", source="s.txt", format="txt", title="t", text=text, sha256="0")
    (_, mentions), = list(extractor.extract([doc]))
    assert {"1,200 flats", "1 200個單位"} <= {m.text for m in mentions}


def test_overlapping_candidates_by_bisection_match_a_scan() -> None:
    rng = random.Random(7)
    for _ in range(200):
        cands = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 200)
            cands.append(Cand(s, s + rng.randint(1, 40), "PLACE", "place:x", "X"))
        index = _Starts(cands)
        for _ in range(20):
            s = rng.randint(0, 240)
            e = s + rng.randint(1, 30)
            scan = [c for c in cands if c.start < e and s < c.end]
            assert sorted(index.overlapping(s, e), key=id) == sorted(scan, key=id)


def _glued_piece_by_scan(text: str, pos: int, s0: int, s1: int) -> tuple[int, int]:
    for m in scope_patterns()["glued_end"].finditer(text, s0, s1):
        if m.end() > pos:
            return s0, m.end()
        s0 = m.end()
    return s0, s1


def test_glued_pieces_from_one_scan_match_a_scan_per_figure() -> None:
    text = "It cost about $130.To manage the demand, 40 staff.Another 12 posts.The rest, $5 million, stays."
    found: dict[tuple[int, int], list[int]] = {}
    for pos in range(len(text)):
        for s0, s1 in ((0, len(text)), (10, 60), (40, len(text))):
            if s0 <= pos < s1:
                assert _glued_piece(text, pos, s0, s1, found) == _glued_piece_by_scan(text, pos, s0, s1)
