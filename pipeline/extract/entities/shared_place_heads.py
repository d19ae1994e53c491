"""Text + candidates → the places named by a coordination under one plural place head (issue 14, English places):
'the Tung Chung and Tseung Kwan O New Towns' names Tung Chung New Town and Tseung Kwan O New Town; 'the Shek O and
Lam Tei Quarries' two quarries; 'Marsiling, Woodlands and Admiralty MRT stations' three stations.

English shares a head noun between coordinated names and puts it in the plural (as shared_heads.py reads 'the
Banking Supervision and Banking Policy Departments' for bodies): each conjunct with the head in the singular is one
place's name, and the place a conjunct is named after ('Tung Chung', 'Woodlands') is no mention of its own (a place
inside a longer name is not listed, GUIDELINES). The head is a capitalised plural whose singular is a place head
(`place_heads`, not_entities.en.json: 'New Towns', 'Quarries', 'Reservoirs', 'Stations'), or a transit mode and a
lower-case 'stations' ('MRT stations', as place_forms.TRANSIT_STATION reads one station). Each conjunct's span is its
own name, as the text spells it ('Lam Tei' in '... and Lam Tei Quarries'); a gazetteer name spelled so is that entry.

A conjunct that has a head of its own and is no known place ('Kai Tak Development, Tung Chung and ... New Towns')
ends the list before it;
a conjunct that is a known body, or two conjuncts of one word each that are no known places ('Fresh and Salt Water
Reservoirs' is as often one name's own 'and'), leave the coordination alone.

A word that says what kind of facility it is, written between the names and the plural ('Sha Tau Kok, Wong Shek and Ko
Lau Wan Public Piers': `shared_head_modifiers` of not_entities.en.json), belongs to the shared head: each name is
'<name> Public Pier', the last name's own words end before it."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand, singular, synthetic_id
from pipeline.regexgate import LineGated

NAME = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,4}(?:[ ]\([A-Z][A-Za-z]{1,7}\))?"
# conjuncts (commas, the last 'and'), then the shared head: capitalised words ending in a plural, or a transit mode
# and a lower-case 'stations'. The first conjunct opens with its capital and tests the character before it from
# after it ('[A-Z](?<!X[A-Z])' is '(?<!X)[A-Z]'), so `re` skips to the line's capitals (the same matches)
FIRST_NAME = NAME.replace("[A-Z]", r"[A-Z](?<![\w&'’-][A-Z])", 1)
COORDINATED = LineGated(re.compile(
    rf"({FIRST_NAME}(?:,[ ]+{NAME})*,?[ ]+and[ ]+{NAME})"
    rf"(?:[ ]((?:[A-Z][a-z]+[ ]){{0,2}}[A-Z][a-z]+s)\b|[ ]((?:MRT|MTR|LRT|Metro)[ ]stations)\b)"),
    re.compile(r"[ ](?:[A-Z][a-z]+s|stations)\b"))
SPLIT = re.compile(r",[ ]+(?:and[ ]+)?|[ ]+and[ ]+")
BRACKET = re.compile(r"[ ]\([A-Za-z]+\)")


@lru_cache(maxsize=1)
def head_modifiers() -> frozenset[str]:
    return frozenset(load_json_data("not_entities.en.json").get("shared_head_modifiers", []))


def _as_written(text: str, s: int, e: int, whole_entry: Callable[[str], Any], from_entry: Callable[..., Cand]) -> Cand:
    name = clean_name(text[s:e])
    entry = whole_entry(name)
    if entry is not None and entry.table == "place":
        return from_entry(s, e, entry, "rule", 0.8)
    return Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "", "", "", "rule", 0.75)


def shared_place_heads(text: str, cands: list[Cand], place_heads: Container[str], left_stop: Container[str],
                       head_kind: Callable[[str], Any], whole_entry: Callable[[str], Any],
                       from_entry: Callable[..., Cand]) -> list[Cand]:
    """The candidates, with each coordination under a plural place head read as the places it names (module doc);
    they replace the candidates inside it. `whole_entry(name)` is the gazetteer entry named exactly so, or None."""
    if " and " not in text:
        return cands
    out = cands
    for m in COORDINATED.finditer(text):
        run = m.group(1)
        pieces: list[tuple[int, int]] = []
        at = m.start(1)
        for sep in SPLIT.finditer(run):
            pieces.append((at, m.start(1) + sep.start()))
            at = m.start(1) + sep.end()
        pieces.append((at, m.end()))
        last_s = pieces[-1][0]
        if m.group(3):
            head, last_name = f"{m.group(3).split()[0]} Station", text[last_s:m.start(3)].strip()
        else:
            words = BRACKET.sub("", text[last_s:m.end()]).split()
            # the last conjunct's own name: the longest known place opening it ('Tuen Mun' in 'Tuen Mun Container
            # Terminals'), else all but the longest plural tail whose singular is a place head ('New Towns')
            own = max((c.end for c in out if c.label == "PLACE" and c.start == last_s and c.end < m.end()),
                      default=-1)
            if own > 0 and text[own:own + 1] == " ":
                k = len(BRACKET.sub("", text[last_s:own]).split())
            else:
                k = next((j for j in range(1, len(words))
                          if " ".join(words[j:-1] + [singular(words[-1])]) in place_heads), 0)
                while k > 1 and words[k - 1] in head_modifiers():
                    k -= 1  # '... and Ko Lau Wan Public Piers': 'Public' is the piers' kind, not Ko Lau Wan's name
            head = " ".join(words[k:-1] + [singular(words[-1])])
            if k == 0 or singular(words[-1]) == words[-1] or head not in place_heads and \
                    singular(words[-1]) not in place_heads:
                continue
            last_name = " ".join(words[:k])
        # a conjunct with a head of its own ends the list before it ('Kai Tak Development, Tung Chung and ...')
        first = max((k + 1 for k, (s, e) in enumerate(pieces[:-1])
                     if head_kind(BRACKET.sub("", text[s:e]).split()[-1]) is not None and
                     whole_entry(clean_name(BRACKET.sub("", text[s:e]))) is None), default=0)
        before = pieces[first - 1] if first else None
        pieces = pieces[first:]
        if len(pieces) < 2:
            if before is not None and not m.group(3) and \
                    any(c.label == "PLACE" and c.start <= before[0] and before[1] <= c.end for c in out) and \
                    not any(c.start < m.end() and pieces[0][0] < c.end for c in out):
                out = out + [_as_written(text, pieces[0][0], m.end(), whole_entry, from_entry)]
            continue  # 'Labrador Reserve, Berlayar Creek and Southern Ridges': after places with heads of their
            # own, the last conjunct alone under the plural is one place, its name as written
        s0 = pieces[0][0]
        lead = text[s0:pieces[0][1]].split()
        while lead and lead[0] in left_stop and lead[0] != "New":  # 'The Shek O and ...': from 'Shek O' ('New'
            # opens names: 'New Territories')
            s0 += len(lead.pop(0)) + 1
        if not lead or text[s0 - 1:s0] not in ("", " ", "\n", "\t", "(", "“", '"') and s0 > 0:
            continue
        pieces[0] = (s0, pieces[0][1])
        end = m.end()
        inside = [c for c in out if c.start < end and s0 < c.end]
        if any(c.start < s0 or c.end > end for c in inside):
            continue  # a name runs across the list's edge
        if any(c.label == "INSTITUTION" for c in inside):
            continue  # 'the Housing Authority and Housing Society Estates': a body's estates
        names = [clean_name(BRACKET.sub("", text[s:e])) for s, e in pieces[:-1]] + \
            [clean_name(BRACKET.sub("", last_name))]
        known = [whole_entry(f"{n} {head}") for n in names]
        if len(pieces) == 2 and all(len(n.split()) == 1 for n in names) and not any(known) and \
                not all(any(c.label == "PLACE" and (c.start, c.end) == p for c in inside)
                        for p in pieces[:-1] + [(pieces[-1][0], pieces[-1][0] + len(last_name))]):
            continue  # 'the Fresh and Salt Water Reservoirs': one name's own 'and'
        found = []
        for k, ((s, e), name, entry) in enumerate(zip(pieces, names, known)):
            if k == len(pieces) - 1:  # the last name's own words; the shared head is no part of its surface
                e = s + len(last_name) if text.startswith(last_name, s) else end
            if entry is not None:
                found.append(from_entry(s, e, entry, "rule", 0.8))
            else:
                canonical = f"{name} {head}"
                found.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule",
                                  0.75))
        out = [c for c in out if not (s0 <= c.start and c.end <= end)] + found
    return out if out is cands else sorted(out, key=lambda c: (c.start, c.end))


__all__ = ["shared_place_heads"]
