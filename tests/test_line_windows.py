"""The English rules after the entities search only the lines that hold their gate's hit (line_windows, mendspeed,
session 25): the same matches as a search of the whole text, on made-up texts."""

from __future__ import annotations

import re

from pipeline.extract.entities.glued_words_en import LOWER_CAPITAL, LOWER_INTO_CAPITAL
from pipeline.extract.entities.joined_events_en import event_gate, event_run
from pipeline.extract.entities.line_windows import gated_lines
from pipeline.extract.entities.trade_names_en import trade_gate, trade_pattern
from pipeline.extract.entities.works_facilities_en import FACILIT, NAME

TEXTS = [
    "Plain words only.\nNothing here.\n",
    "The Asean-Gulf Cooperation Council (GCC) Summit met.\nThe Asean-China Expo\n\nopened. Malaysia Forum",
    "Sembawang Engineering\n\nsaid so. Tuas Power\nplant. Kim Hock Fisheries",
    "Kim Hock Fisheries\n   \n",
    "Tuas Power\n",
    "the Chemical Waste Treatment Facility (CWTF)\nis built. A Credit Facility\nthe IWMF Facilities",
    "friend of Hong Kongand continue\ncurrentlyHong Kong’s partner, theHong\nKong",
]


def test_gated_lines_gives_each_line_with_a_hit_once() -> None:
    text = "a Summit and a Forum\nnone\nSummit\n Summit"
    assert list(gated_lines(text, re.compile("Summit"))) == [(0, 20), (26, 32), (33, 40)]


def test_reach_runs_past_the_line_end_to_the_next_written_character() -> None:
    text = "Tuas Power\n  \n next"
    assert list(gated_lines(text, re.compile("Power"), reach=True)) == [(0, 16)]
    assert list(gated_lines("Tuas Power\n \n", re.compile("Power"), reach=True)) == [(0, 13)]


def _same(pattern: re.Pattern[str], gate: re.Pattern[str], reach: bool = False) -> None:
    for text in TEXTS:
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        gated = [(m.span(), m.groups()) for a, b in gated_lines(text, gate, reach) for m in pattern.finditer(text, a, b)]
        assert gated == whole, text


def test_the_gated_searches_find_what_the_whole_text_search_finds() -> None:
    _same(event_run(), event_gate())
    _same(trade_pattern()[0], trade_gate(), reach=True)
    _same(NAME, FACILIT)
    _same(LOWER_INTO_CAPITAL, LOWER_CAPITAL)


def test_a_name_at_a_line_end_is_no_text_end() -> None:
    # the trade pattern's '\s*$' must not read a line's end as the text's end ('Tuas Power' then more text)
    pattern, gate = trade_pattern()[0], trade_gate()
    text = "Tuas Power\nplant"
    assert [m.group(0) for m in pattern.finditer(text)] == []
    assert [m.group(0) for a, b in gated_lines(text, gate, reach=True) for m in pattern.finditer(text, a, b)] == []


def test_the_event_gate_is_led_by_the_heads_and_gives_every_line_a_spaced_head_is_on() -> None:
    # (mendspeed, session 26: a gate led by a space tried its heads after every space of the text)
    gate = event_gate()
    assert not gate.pattern.startswith("[ ]")
    spaced = re.compile("[ ]" + gate.pattern)
    for text in [*TEXTS, "the ASEANSummit\nthe Asean-China Summit", "Summit-Asean Forum"]:
        assert set(gated_lines(text, spaced)) <= set(gated_lines(text, gate)), text
    _same(event_run(), gate)
