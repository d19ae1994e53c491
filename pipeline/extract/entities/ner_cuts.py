"""An NER span → the parts that name one thing each: cut at a lower-case finite verb, and before a document's kind
after a known body (issue 14 class 2, names glued; eninst, session 17).

The model runs an organisation's name on into the words after it. Two shapes of English say where the name ended:

- a finite verb written in lower case: a name's own lower-case words are only its connectors ('of', 'and', 'for',
  'on', 'the'); 'The Seafarers Union supports Government's plan' tags 'Seafarers Union supports Government' as one
  organisation, but an inflected verb ('supports', 'welcomed') is never inside a name. The span is cut there: the
  words before it are one name, the capitalised words after it another.
- a document's kind after a known body: a release, statement or newsletter line names the body that issues it
  ('Ministry of Trade and Industry Media Release', 'X Authority Press Release'); the body is the mention, the
  document is no body. The kinds are data (not_entities.en.json 'issued_document_words').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

LOWER_WORD = re.compile(r"(?<![\w'’&-])([a-z]+)(?![\w'’&-])")
CAP_WORD = re.compile(r"[ \t]+(?=[A-Z])")


def verb_form(word: str, verbs: Collection[str]) -> bool:
    """`word` is an English verb's third-person or past form ('supports', 'welcomes', 'carries', 'urged',
    'agreed'): its base form is a verb (verbs.en.json) and the word is not that base form itself."""
    if len(word) < 4:
        return False  # ('is', 'has', 'was' stand in no glued name; short words are connectors)
    bases: tuple[str, ...]
    if word.endswith("ies"):
        bases = (word[:-3] + "y",)
    elif word.endswith("es"):
        bases = (word[:-2], word[:-1])
    elif word.endswith("s") and not word.endswith("ss"):
        bases = (word[:-1],)
    elif word.endswith("ied"):
        bases = (word[:-3] + "y",)
    elif word.endswith("ed"):
        bases = (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else word[:-2])
    else:
        return False
    return any(b in verbs for b in bases)


def verb_cuts(text: str, s: int, e: int, verbs: Collection[str]) -> list[tuple[int, int]]:
    """The parts of `text[s:e]` between lower-case finite verbs: the span itself when it holds none; else the part
    before the first verb and each capitalised run after one ('Seafarers Union' | 'Government's plan' → from the
    capital on)."""
    cuts = [m for m in LOWER_WORD.finditer(text, s, e) if verb_form(m.group(1), verbs)]
    if not cuts:
        return [(s, e)]
    out = []
    start = s
    for m in cuts:
        if m.start() > start:
            out.append((start, m.start()))
        nxt = CAP_WORD.match(text, m.end())
        start = nxt.end() if nxt else e
    if start < e:
        out.append((start, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


def before_document(text: str, s: int, e: int, known_prefix: Callable[[str], int],
                    document_words: Collection[str]) -> int:
    """The end of the known body that opens `text[s:e]` when only a document's kind follows it ('Ministry of Trade
    and Industry' + ' Media Release'); else `e`. `known_prefix(surface)`: the length of the longest gazetteer
    institution's name that opens `surface` (0 when none)."""
    if not text[s:e].rstrip().endswith(tuple(document_words)):
        return e  # (no document's kind ends the span: the known body is not looked up)
    n = known_prefix(text[s:e])
    if not n or s + n >= e:
        return e
    rest = text[s + n:e].split()
    if rest and rest[-1] in document_words and all(w[:1].isupper() for w in rest):
        return s + n
    return e
