"""Entity mentions of one document → the same without the institutions that name a programme of teams (enpl, session
29; issue 14, fc28: 'the Government will set up the District Services and Community Care Teams (Care Teams)' and 'the
establishment of Care Teams to enhance district services' were read as one body where the gold lists none).

A name whose last word is the plural of a word for a small working team (team_programmes.en.json 'plural_heads':
'Teams', 'Squads', 'Crews') names a scheme under which many teams are formed, not one organisation (GUIDELINES:
programmes and schemes are no institutions; session 11: a kind of office is no one institution). Such a mention is
dropped, and so is every other mention of the same entity in the text (its short form: 'Care Teams' beside 'District
Services and Community Care Teams'). A singular head ('the Emergency Response Team said') and plural bodies of other
heads ('District Councils') stay as read."""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.records import EntityMention


@lru_cache(maxsize=1)
def plural_heads() -> frozenset[str]:
    """The plural team words that close a programme's name (read once, not per document)."""
    return frozenset(load_json_data("team_programmes.en.json")["plural_heads"])


def _last_word(name: str) -> str:
    words = name.rstrip(" .,;:)’'").split()
    return words[-1] if words else ""


def team_programmes(found: list[EntityMention]) -> list[EntityMention]:
    """`found` without the institutions named as programmes of teams (see the module's docstring)."""
    heads = plural_heads()
    teams = {m.entity_id or m.canonical for m in found if m.label == "INSTITUTION" and m.lang == "en"
             and (_last_word(m.text) in heads or _last_word(m.canonical) in heads)}
    if not teams:
        return found
    return [m for m in found if m.label != "INSTITUTION" or (m.entity_id or m.canonical) not in teams]


__all__ = ["team_programmes"]
