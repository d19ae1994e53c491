"""A network being built is a thing, no body (enpl, session 29; issue 14, fc27 Policy Address headings): a name closed
by 'Network' that opens with a noun of building and 'of' ('the Expansion of Maritime Network') or is the object of a
verb of building ('Build an International X Network') names no institution; a network that acts stays a body.
Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_heading_on_expanding_a_network_names_no_body(extractor: Any) -> None:
    got = found(extractor, "Accelerate the Expansion of Maritime Network\nThe Marine Department will add new routes.")
    assert "Expansion of Maritime Network" not in got
    assert got["Marine Department"][0] == "INSTITUTION"
    got = found(extractor, "Build an International “Harbour Link” Network\nWe will sign agreements with ports in Asia.")
    assert not any(k.endswith("Network") and v[0] == "INSTITUTION" for k, v in got.items())


def test_a_network_that_acts_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "The Hong Kong Startup Network said it would help, and the Government agreed.")
    assert got["Hong Kong Startup Network"][0] == "INSTITUTION"
