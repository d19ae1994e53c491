"""An NER span that runs over a list of bodies' names → one piece per name (issue 14 class 2, names glued across a
comma or 'and'; eninst, session 16).

The model often tags a whole list of bodies as one organisation: 'think tanks including the Institute of Public
Affairs, Asia Society AustralAsia Centre, Asialink and Lowy Institute for International Policy', 'signed between
the Chinese Ministry of Finance, AIIB, the Asian Development Bank ...'. A comma inside one body's name lists the
topics of its portfolio ('Ministry of Culture, Community and Youth', 'Agriculture, Fisheries and Conservation
Department'): the words after its comma are topics, never a name of their own. So a span is a list of names when
the words before its first comma and the words after it are each a name: they end in (or are headed by) a body's
head word ('Institute', 'Centre', 'Bank'), or they are a known body's whole name or acronym ('AIIB'). Then every
comma ends a name, and the last item is cut at its last 'and' when what follows is a name and what comes before is
not a known name of its own ('Asialink and Lowy Institute ...'; 'Securities and Futures Commission' stays whole).
"""

from __future__ import annotations

import re
from typing import Any, Callable

COMMA = re.compile(r",[ \t\n]+(?:and[ \t\n]+)?(?:the[ \t\n]+)?(?=[A-Z])")
AND = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")


def list_pieces(text: str, s: int, e: int, is_name: Callable[[str], bool], known: Callable[[str], Any],
                topic: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The pieces of `text[s:e]`: one span per listed name when the span lists names, else the span itself.
    `is_name(surface)`: a body's head or a known body's whole name; `known(surface)`: the gazetteer entry of a whole
    name or None; `topic(word)`: a field or sector word ('Securities', 'Culture')."""
    commas = list(COMMA.finditer(text, s, e))
    if not commas:
        return [(s, e)]
    bounds = [s] + [m.start() for m in commas] + [e]
    starts = [s] + [m.end() for m in commas]
    items = [(a, bounds[i + 1]) for i, a in enumerate(starts)]
    first, second = text[items[0][0]:items[0][1]], text[items[1][0]:items[1][1]]
    joint = AND.search(second) if len(items) == 2 else None  # 'A Institute, B and C Centre': B, then C
    if not (is_name(first) and (is_name(second) or joint is not None and is_name(second[:joint.start()]))):
        return [(s, e)]
    out = items[:-1]
    last_s, last_e = items[-1]
    last = text[last_s:last_e]
    cut = [m for m in AND.finditer(text, last_s, last_e)]
    if cut and known(last) is None:
        m = cut[-1]
        left, right = text[last_s:m.start()], text[m.end():last_e]
        if is_name(right) and known(left + " and " + right) is None and \
                not all(topic(w) for w in left.split()) and (is_name(left) or len(left.split()) == 1):
            out += [(last_s, m.start()), (m.end(), last_e)]
            return out
    out.append((last_s, last_e))
    return out
