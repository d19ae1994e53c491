"""NER spans → the pieces of text that may name one entity each (the NER's span cut at a dateline's dash, a
person's title, a footnote, a post before a body, a room inside a building, a place that owns a body, and at a
link between two bodies' names), each repaired to the whole name. Mixed into `EntityRecognizer`."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.name_spans import LEFT_STOP
from pipeline.extract.entities.name_types import LETTERS, PLACE_LABELS
from pipeline.extract.entities.spans import clean_span

# 'SINGAPORE - The Government': a dateline's dash ends a name; so does a comma before a person's title
# ('the Abu Dhabi Chamber of Commerce, Dr Ali ...': the body, then its officer)
NER_PIECE = re.compile(r"(?:(?![ \t][-–—][ \t]|,[ \t]+(?:Dr|Mr|Mrs|Ms|Miss|Madam|Professor|Prof|Sir|Dame)\b"
                       r"|(?<=[a-z])\.\d{1,3}[ \t]+[A-Z]|(?<=[a-z]\.)\d{1,3}[ \t]+[A-Z])"  # 'BlackRock.1 GIC': a
                       r"[^\n:;|•])+")  # footnote after a sentence's full stop ends the name too
POST_COMMA = re.compile(r"([A-Z][a-z]+),[ \t]+(?=[A-Z])")
LOCATED_IN = re.compile(r"[ \t]+(?:in|at)[ \t]+[A-Z]")
OWNER_PREFIX = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)['’]s[ \t]+(?=[A-Z])")


class NerPieces:
    """Needs `post_heads`, `room_of`, `head_type`, `is_place_name`, `linked_names`, `repair_piece`, `matcher`."""

    post_heads: set[str]
    room_of: re.Pattern[str]
    head_type: Any
    is_place_name: Any
    linked_names: Any
    repair_piece: Any
    matcher: Any

    def ner_pieces(self, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        out = []
        for s, e, label in ents:
            if label not in PLACE_LABELS and label != "ORG":
                continue
            for m in NER_PIECE.finditer(text[s:e]):
                ps, pe = clean_span(text, s + m.start(), s + m.end())
                post = POST_COMMA.match(text, ps, pe)
                if post and post.group(1) in self.post_heads:
                    ps = post.end()  # 'Head, Efficiency Unit' (an attendance list): the post, then the body
                room = self.room_of.match(text, ps, pe)
                if room and self.head_type(text[room.end():pe]) == "PLACE":
                    ps = room.end()  # 'the Chamber of the Legislative Council Building': the room is in the place
                own = OWNER_PREFIX.match(text, ps, pe)
                if own and self.is_place_name(own.group(1)):
                    ps = own.end()  # "Hong Kong's Children's Hospital Foundation": the place owns the body
                if pe > ps and LETTERS.search(text[ps:pe]) and text[ps:pe] not in LEFT_STOP:
                    for ls, le in self.linked_names(text, ps, pe):
                        piece = self.repair_piece(text, ls, le, label)
                        if piece[1] > le and LOCATED_IN.match(text, le) and self.known_body(text, ls, le):
                            piece = (ls, le, piece[2])  # 'the Bank for International Settlements in Basel'
                        out.append(piece)
        out.sort(key=lambda p: (p[0], -p[1]))
        kept: list[tuple[int, int, str]] = []
        for p in out:  # a repaired name may now cover the NER's piece of its next line
            if kept and p[1] <= kept[-1][1] and p[0] < kept[-1][1]:
                continue
            kept.append(p)
        return kept

    def known_body(self, text: str, s: int, e: int) -> bool:
        """The span (less a leading 'The') is exactly a gazetteer institution's name: a known body, whose name an
        'in/at <place>' after it does not continue."""
        found = list(self.matcher.find(text[s:e]))
        return bool(found) and found[-1][1] == e - s and found[-1][2].table == "institution" and \
            not text[s:s + found[-1][0]].strip(" \t").removeprefix("The").strip()
