"""A body's possessive stays out of its name: "the Agri-Widget and Gadget Authority of Singapore's (AGAS) Marine Widget
Centre" names the authority (with its short form) and the centre it owns (enent, session 26: one name running across
"'s (AGAS)", or a name ending in "Singapore's"). Made-up sentences; the first failed before the rule, the second guards
names that end in "'s" and ordinary possessives."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_owner_and_owned_are_two_bodies(extractor: Any) -> None:
    got = found(extractor, "For example, the Agri-Widget and Gadget Authority of Singapore's (AGAS) Marine Widget "
                           "Centre and the Tidal Labs are helping. AGAS said so.")
    owner = "Agri-Widget and Gadget Authority of Singapore"
    assert got.get(owner) == ("INSTITUTION", owner), got
    assert got.get("AGAS") == ("INSTITUTION", owner), got
    assert got.get("Marine Widget Centre", ("",))[0] == "INSTITUTION", got
    assert not any("'s" in k for k in got), got


def test_known_names_ending_in_s_stay(extractor: Any) -> None:
    got = found(extractor, "Moody's (MCO) said so. The Widget Board's staff agreed.")
    assert got.get("Moody's", ("",))[0] == "INSTITUTION", got
    assert got.get("Widget Board", ("",))[0] == "INSTITUTION", got
