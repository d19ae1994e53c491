"""Chinese place matches → a town written right before a site it holds names that site with it (铜盂镇光电产业园).

A city or district report locates a park, a zone or a market by its town or street (街道) and writes the two as one
name: 铜盂镇光电产业园, 某某街道科技孵化园. As for a place written before its zone or park (汕尾市红海湾经济开发区,
the session-11 ruling), the longest written span is the place: the town in it is no place of its own there. The
site is one built on a place suffix with a name body of its own (suffix_zh: 光电 + 产业园); the town is a match
ending in a township-level suffix ("town_sites" in pipeline/data/entities_zh.json: 镇, 乡, 街道). A town followed
by another town or a village (白蕉镇新环村) is an address of two places (address_zh), not a site's name.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.local_zh import join_sites
from pipeline.extract.entities.quoted_zh import Match


def join_town_sites(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each town that a suffix-built site follows at once joined into that site (one PLACE match)."""
    towns = tuple(rules["town_suffixes"])
    return join_sites(folded, matches, tuple(rules["not_site_ends"]), int(rules["max_site"]),  # 镇 / 村 after a town: an address
                      lambda m, sites: m.label == "PLACE" and m is not sites.get(m.start) and
                      folded[m.start:m.end].endswith(towns), clear_alias=True)
