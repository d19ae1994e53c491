"""Short forms a text defines with '(or ACR)' after a name (Singapore speeches: 'the National Widget Agency (or NWA)')
name the body like '(ACR)', and a short form that spells a body's trailing 'of <country>' keeps the country in the
name (enent, session 26: 'Solar Energy Research Institute of Singapore (or SERIS)' was cut to '... Institute' and
SERIS was no entity). Made-up sentences; the first three failed before the rule, the others guard precision."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_or_defines_a_short_form(extractor: Any) -> None:
    got = found(extractor, "The Ruritania Widget Agency (or RWA) and the Marine Gadget Council (or MGC) met in May. "
                           "The RWA and MGC agreed.")
    assert got.get("RWA") == ("INSTITUTION", "Ruritania Widget Agency"), got
    assert got.get("MGC") == ("INSTITUTION", "Marine Gadget Council"), got


def test_a_short_form_that_spells_the_country_keeps_it(extractor: Any) -> None:
    got = found(extractor, "The Tidal Widget Research Institute of Singapore (or TWRIS) will test the panels. "
                           "TWRIS found them sound.")
    assert got.get("Tidal Widget Research Institute of Singapore") == \
        ("INSTITUTION", "Tidal Widget Research Institute of Singapore"), got
    assert got.get("TWRIS") == ("INSTITUTION", "Tidal Widget Research Institute of Singapore"), got


def test_a_bracketed_short_form_too(extractor: Any) -> None:
    got = found(extractor, "The Coastal Widget Institute of Malaysia (CWIM) signed the deal.")
    assert got.get("Coastal Widget Institute of Malaysia", ("",))[0] == "INSTITUTION", got


def test_a_short_form_without_the_country_still_splits(extractor: Any) -> None:
    """The session-22 reading: a foundation named by its own words and the country it comes from are two."""
    got = found(extractor, "It was ranked by the Widget Foundation of the United States (WF) last year.")
    assert got.get("Widget Foundation", ("",))[0] == "INSTITUTION", got
    assert got.get("United States", ("",))[0] == "PLACE", got
    got = found(extractor, "The Tidal Widget Research Institute of Singapore will test the panels.")
    assert got.get("Singapore", ("",))[0] == "PLACE", got


def test_or_before_other_words_defines_nothing(extractor: Any) -> None:
    got = found(extractor, "The Widget Board will hire 20 staff (or more) and 3 interns (or Fewer) in May.")
    assert "more" not in got and "Fewer" not in got, got


def test_or_before_an_acronym_and_a_noun_defines_nothing(extractor: Any) -> None:
    # review reven S2, session 26: '(or KHA officers)' glosses the body's staff
    got = found(extractor, "Staff of the Kestrel Harbour Authority (or KHA officers) will move.")
    assert got.get("Kestrel Harbour Authority", ("",))[0] == "INSTITUTION", got
    assert "KHA officers" not in got and "KHA" not in got, got
