"""Text + candidates → candidates where a committee named with its parent body is one name ('Finance Committee of
the Provisional Legislative Council': a heading, the model reading only the known parent, is the committee's name,
the parent inside it no mention of its own; GUIDELINES: an institution inside a longer name is not listed), and the
test for a unit introduced with an indefinite article, which names none ('set up a Liaison Group').

A known body found by the gazetteer, with 'of the' and a run of capitalised words ending in a committee's head
(data: committee_heads in not_entities.en.json) right before it, grows into the whole name when no other candidate
holds that run (a run the model or another rule read stays as read). Units of a body ('Policy Division of the IA')
are not committees: they stay apart from their parent (ner_pieces.before_parent)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id

RUN_BEFORE = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&-]*[ ]+(?:(?:and|&)[ ]+)?){0,5}([A-Z][\w'’-]*))[ ]+of[ ]+the[ ]+$")


def committees_of_parents(text: str, cands: list[Cand], known: Collection[str], heads: Collection[str],
                          left_stop: Collection[str]) -> list[Cand]:
    out = list(cands)
    for c in cands:
        if c.label != "INSTITUTION" or c.entity_id not in known:
            continue
        m = RUN_BEFORE.search(text, max(0, c.start - 120), c.start)
        if m is None or m.group(2) not in heads:
            continue
        start = m.start(1)
        words = m.group(1).split()
        while words and words[0] in left_stop:  # 'The Finance Committee of the ...': the article is no part of it
            start = text.index(words[0], start) + len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(o is not c and o.start < c.start and start < o.end for o in out):
            continue  # ('Committee of the X' alone names no committee; a run read otherwise stays as read)
        canonical = clean_name(text[start:c.end])
        out[out.index(c)] = Cand(start, c.end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "",
                                 c.country_code, "", "rule", 0.8)
    return out


# 'set up a Liaison Group amongst ...', 'a Records Office in the department': an indefinite article before a short
# capitalised unit with no topic of its own introduces a kind of unit, not a name (a named one has its topic: 'a Task
# Force on Land Supply'); a lower-case noun after it makes it a modifier ('a Kestrel Bank subsidiary'), which stays
ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|A|An)[ \t\n]+$")
UNIT_HEADS = frozenset(("Office", "Group", "Unit", "Team", "Section", "Division", "Branch",  # a body's units; a
                        "Committee", "Subcommittee", "Panel"))  # committee with no topic ('a Select Committee')
NEXT_WORD = re.compile(r"[ \t\n]+([a-z]+)\b")
FUNCTION_WORDS = frozenset((
    "to in at on for with within amongst among under over between across that which who whose will would shall "
    "should can could may must and or but is are was were be been has have had of by from as led chaired headed "
    "comprising consisting set").split())


# 'a Select Committee of Parliament', 'a Working Group of the Council': a kind of committee or unit of a known body,
# introduced with an indefinite article, names no committee of its own (eninst, session 17; ruling of session 12)
KIND_OF = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,2}(?:Committee|Subcommittee|Sub-committee|Sub-Committee|Panel|"
                     r"Office|Group|Unit|Team|Section|Division|Branch))[ \t]+of[ \t]+(?:the[ \t]+)?")


def unnamed_unit(text: str, start: int, end: int, known: Callable[[str], bool] | None = None) -> bool:
    """'a Liaison Group', 'a Records Office': a unit introduced with an indefinite article, no name; so is 'a Select
    Committee of Parliament' when `known(surface)` says the body after 'of' is a known one."""
    if not ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False
    kind = KIND_OF.match(text, start, end)
    if kind is not None and known is not None and known(text[kind.end():end]):
        return True
    words = text[start:end].split()
    if len(words) > 3 or words[-1] not in UNIT_HEADS or any(w in ("of", "on", "for", "in") for w in words):
        return False  # ('Establishing a Harbour Training College': a body of its own kind, named)
    nxt = NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1) in FUNCTION_WORDS


def own_names(pairs: list[tuple[Cand, str]], phrase: str, whole_entry: Callable[[str], Any]
              ) -> tuple[set[str], Any]:
    """Of (candidate, one of its names) pairs whose name ends in `phrase` ('the Council'), the ids of the candidates
    it names, and the known institution it names instead where a name ends in its parent after 'of (the)' ('House
    Committee of the Legislative Council': 'the Council' is the Legislative Council, not the committee; eninst,
    session 17)."""
    own: set[str] = set()
    parent = None
    for c, name in pairs:
        tail = name.rsplit(" of ", 1)[-1].removeprefix("the ")
        entry = whole_entry(tail) if tail != name and tail.endswith(phrase) else None
        if entry is not None and entry.table == "institution":
            parent = parent or entry
        else:
            own.add(c.entity_id)
    return own, parent


def named_organs_parent(named: list[Cand], phrase: str, entries: dict[str, Any]) -> Any:
    """The body whose organs the text names and whose name ends in `phrase`, for a 'the <phrase>' that no body named
    before it answers: a Legislative Council's page that names its 'Finance Committee' and 'House Committee' and
    speaks of 'reports to the Council' means that council (a committee reports to its parent), not a body with
    'Council' in its name that the page names only further down (a definite anaphor refers back; eninst, session
    19). None when no named body's gazetteer parent so ends, or when two do."""
    parents = set()
    for c in named:
        entry = entries.get(c.entity_id)
        parent = entries.get(entry.parent) if entry is not None and entry.parent else None
        if parent is not None and parent.table == "institution" and parent.canonical.endswith(" " + phrase):
            parents.add(parent.id)
    return entries[parents.pop()] if len(parents) == 1 else None
