"""Folded Chinese text + matches → the sites a district's or a county's report names in its own ways, in one pass:
schools named as works projects (works_schools_zh), ports that end a route's name and a terminal written with its port
and port area (ports_zh), the hall its congress sits in (session_venues_zh). Rules: pipeline/data/entities_zh.json
"works_schools", "port_routes", "session_venues"."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.ports_zh import port_chains, port_routes
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.session_venues_zh import session_venues
from pipeline.extract.entities.works_schools_zh import works_schools


def report_sites(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with works schools one place each, ports before a route's word dropped, port chains joined, a
    congress's hall one place."""
    found = session_venues(folded, works_schools(folded, matches, rules.get("works_schools", {})),
                           rules.get("session_venues", {}))
    return port_chains(folded, port_routes(folded, found, tuple(rules.get("port_routes", ())),
                                             rules.get("port_routes_bare", {})))
