"""A capitalised name's content words → whether it names a service or a system, no body and no place (enpl, session
28): 'Extended Hours Service', 'Ferry Service' (a kind of service before 'Service': hours, delivery, a mode of
carriage), 'Commercial Data Interchange', 'Trade Single Window' (a data system's two last words). Data:
not_entities.en.json `service_kind_words`, `system_phrases`. A system's phrase after a place or a word no English
dictionary holds names the body that runs it ('the Shanghai Data Exchange', 'the Shenzhen Data Exchange':
incorporated exchanges; `common_opening`, mendeb, session 28 review M7), and so does a mode of transport before
'Network'/'System' (`transport_network`: 'Cainiao Smart Logistics Network', a company; review M8). Bodies named
'... Service' stay ('Government Flying Service', 'Auxiliary Medical Service', 'Civil Aid Service'), as do public
transport interchanges ('Kowloon Bay Transport Interchange': a place)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.gazetteer import load_json_data, read_jsonl, shipped_files, table_of

SERVICE_HEADS = ("Service", "Services")
PLURAL = re.compile(r"[A-Z][a-z]+(?<!s)(?:e?s)")  # 'Enterprises', 'Companies' (not 'Brass', 'Lamma')


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str]]:
    words = load_json_data("not_entities.en.json")
    return frozenset(words.get("service_kind_words", [])), frozenset(words.get("system_phrases", []))


@lru_cache(maxsize=1)
def _transport_modes() -> frozenset[str]:
    return frozenset(load_json_data("not_entities.en.json").get("transport_mode_words", []))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every one-word name of a place in the shipped English gazetteers ('Shanghai', 'Guangzhou', 'Singapore')."""
    out: set[str] = set()
    for file, text in shipped_files():
        if table_of(file) == "place":
            for _, raw in read_jsonl(file, text)[0]:
                out.update(n for n in [raw.get("canonical", ""), *raw.get("aliases", [])]
                           if isinstance(n, str) and n and " " not in n)
    return frozenset(out)


def common_opening(words: list[str]) -> bool:
    """Every word is an everyday English word and none a place's name: 'Logistics', 'Commercial', 'Partner Port'
    (a kind of system), not 'Shanghai', 'Cainiao Smart' (a place or a brand: the name of the body that runs it)."""
    places = _place_words()
    return all(everyday_word(w, nouns=True) and w not in places for w in words)


def transport_network(content: list[str]) -> bool:
    """A mode of transport before the head, after everyday words only: 'the Intermodal Network', 'the Partner Port
    Network' (a network of routes), not 'Cainiao Smart Logistics Network' (a brand first: the company; review M8)."""
    return len(content) >= 2 and content[-2] in _transport_modes() and common_opening(content[:-2])


def system_name(content: list[str]) -> bool:
    """`content` (a name's words without connectors) ends in a kind of service or a system's phrase."""
    if len(content) < 2:
        return False
    kinds, phrases = _data()
    if any(w == "Channel" and PLURAL.fullmatch(before) for before, w in zip(content, content[1:])):
        return True  # 'the Technology Enterprises Channel': a listing or sales channel for a class of firms
    return content[-1] in SERVICE_HEADS and content[-2] in kinds or \
        " ".join(content[-2:]) in phrases and common_opening(content[:-2])


__all__ = ["common_opening", "system_name", "transport_network"]
