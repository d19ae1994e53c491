"""NER spans → the pieces of text that may name one entity each (the NER's span cut at a dateline's dash, a
person's title, a footnote, a post before a body, a room inside a building, a place that owns a body, and at a
link between two bodies' names), each repaired to the whole name. Mixed into `EntityRecognizer`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.listed_names_en import list_pieces
from pipeline.extract.entities.ner_cuts import before_document, verb_cuts
from pipeline.extract.entities.name_spans import LEFT_STOP, LEGAL_FORMS
from pipeline.extract.entities.name_types import LETTERS, PLACE_LABELS
from pipeline.extract.entities.spans import CONNECTORS, clean_span, singular
from pipeline.native import python_class
from pipeline.regexgate import LeadPattern

# 'SINGAPORE - The Government': a dateline's dash ends a name; so does a comma before a person's title
# ('the Abu Dhabi Chamber of Commerce, Dr Ali ...': the body, then its officer)
NER_PIECE = re.compile(r"(?:(?![ \t][-–—][ \t]|,[ \t]+(?:Dr|Mr|Mrs|Ms|Miss|Madam|Professor|Prof|Sir|Dame)\b"
                       r"|(?<=[a-z])\.\d{1,3}[ \t]+[A-Z]|(?<=[a-z]\.)\d{1,3}[ \t]+[A-Z])"  # 'BlackRock.1 GIC': a
                       r"[^\n:;|•>»›])+")  # footnote after a sentence's full stop ends the name too; so does a web
# page's breadcrumb mark ('Home > About X > The Council')
POST_COMMA = re.compile(r"([A-Z][a-z]+),[ \t]+(?=[A-Z])")
LOCATED_IN = re.compile(r"[ \t]+(?:in|at)[ \t]+[A-Z]")
WORD = re.compile(r"[A-Z][\w'’&-]*")
AND_GAP = re.compile(r"[ \t]*,?[ \t]*(?:and|&)[ \t]+")
COMPLEMENT = re.compile(r"[ ](?:of|for|on)[ ]+(?:the[ ]+)?(?=[A-Z])")
UNIT_OF = re.compile(r"[ \t]((?:Division|Department|Unit|Section|Team|Branch))[ \t]+of[ \t]+(?:the[ \t]+)?")
# 'Leader of the House Indranee Rajah': a post whose title ends in the chamber's word, then the holder's name
CHAMBER_POST = re.compile(r"\b(?:Leader|Speaker|Clerk)[ \t]+of[ \t]+the[ \t]+$")
OWNER_PREFIX = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)['’]s[ \t]+(?=[A-Z])")


# (LeadPattern: `re` skips to an M, D or P and the lookarounds are tested where the rest matches; the same matches,
# 0.14 -> 0.04 ms per 2,000-word document and scan)
TITLED = LeadPattern(re.compile(r"(?=[MDP])(?<![\w-])(?:Mr|Ms|Mrs|Miss|Mdm|Madam|Dr|Prof|Professor)\.?[ ]+"
                                r"(?:[A-Z][\w'’-]+[ ]+)?([A-Z][a-z][\w'’-]*)(?![\w'’-])"))


TITLE_OPEN = re.compile(r"(?:Mr|Ms|Mrs|Miss|Mdm|Madam|Dr|Prof|Professor)\.?[ \t]+(?=[A-Z])")
# 'Nick (Brooke), Victor (Lo), distinguished guests': a first name, its surname in brackets, in a salutation
FIRST_NAME = re.compile(r"(?:^|\n|,[ \t]+)([A-Z][a-z]+)[ \t]+\([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\)(?=,|[ \t]+and\b)")
# (searched only in a text holding its bracketed surname, found by a scan led by the bracket, which re skips to fast; a
# search led by '^' tried every position: the same matches, 0.16 -> 0.01 ms per 2,000-word document)
SURNAME_IN_BRACKETS = re.compile(r"\([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\)(?=,|[ \t]+and\b)")


def person_names(text: str, ents: list[tuple[int, int, str]]) -> set[str]:
    """The last names the document gives its people: the last word of a PERSON span of two words or more ('Ravi
    Menon'), the name after a personal title ('Mr Lee', 'Dr Ali Khan'), a word mostly tagged PERSON; and the first
    names a speech's salutation gives with the surname in brackets ('Nick (Brooke), Victor (Lo), ...')."""
    out = {m.group(1) for m in TITLED.finditer(text)}
    if (") " in text or "), " in text) and SURNAME_IN_BRACKETS.search(text):
        out.update(m.group(1) for m in FIRST_NAME.finditer(text))
    votes: dict[str, int] = {}
    for s, e, label in ents:
        words = text[s:e].split()
        if label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
            out.add(words[-1].removesuffix("'s").removesuffix("’s"))
        if len(words) == 1 and label in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            word = words[0].removesuffix("'s").removesuffix("’s")
            votes[word] = votes.get(word, 0) + (1 if label == "PERSON" else -1)
    return out | {w for w, v in votes.items() if v >= 2}  # a one-word name the model reads as a person more
    # often than as anything else ('Lam' five times a person, once an organisation)


@python_class
class NerPieces:
    """Needs `post_heads`, `room_of`, `head_type`, `is_place_name`, `linked_names`, `repair_piece`, `matcher`."""

    post_heads: set[str]
    sector_words: set[str]
    whole_entry: Any
    post_abbreviations: set[str]
    membership_heads: set[str]
    room_of: re.Pattern[str]
    head_word: Any
    known_body_at: Any
    head_kind: Any
    post_after: Any
    head_type: Any
    is_place_name: Any
    linked_names: Any
    repair_piece: Any
    matcher: Any
    verbs: set[str]
    issued_document_words: frozenset[str]

    def ner_pieces(self, text: str, ents: list[tuple[int, int, str]],
                   surnames: set[str] | None = None) -> list[tuple[int, int, str]]:
        """`surnames`: person_names(text, ents), when the caller has them already."""
        out = []
        persons = [s for s, e, label in ents if label == "PERSON" and " " in text[s:e].strip()]  # (a one-word
        # PERSON is often a capitalised common word: 'Education and Knowledge')
        orgs = [s for s, _, label in ents if label == "ORG"]
        org_starts = sorted(orgs)
        surnames = person_names(text, ents) if surnames is None else surnames
        demonyms = {e: s for s, e, label in ents if label == "NORP"}
        listed: list[tuple[int, int]] = []
        for s, e, label in [(a, b, label) for s0, e0, label in ents for a, b in (
                verb_cuts(text, s0, e0, self.verbs) if label == "ORG" else ((s0, e0),))]:  # 'X Union supports Y'
            if label not in PLACE_LABELS and label != "ORG":
                continue
            if label == "ORG" and s - 1 in demonyms and text[s - 1] == " " and \
                    self.head_word(text[s:e]) in self.membership_heads:
                s = demonyms[s - 1]  # 'Chinese' + 'Manufacturers' Association of X': the nationality of its members
                # names a membership body ('American Chamber of Commerce'), the model cut it off
            if text[s:e].removesuffix("'s").removesuffix("’s") in surnames and not any(self.matcher.find(text[s:e])):
                continue  # 'Ravi Menon ... Menon has said', "Carrie Lam ... Lam's second address": the person again
            if label == "ORG" and self.titled_person(text[s:e]):
                continue  # 'SPS Faishal Ibrahim', 'MOS Sim Ann': a post's short title and a person's name
            for m in NER_PIECE.finditer(text[s:e]):
                ps, pe = clean_span(text, s + m.start(), s + m.end())
                if text[ps:pe] in surnames and text[pe:pe + 2] == " (" and not any(self.matcher.find(text[ps:pe])):
                    continue  # 'Nick (Brooke), ...': the model ran a salutation's first name into its bracket
                title = TITLE_OPEN.match(text, ps, pe)
                if title and self.head_type(text[title.end():pe]) is None and not any(self.matcher.find(text[ps:pe])):
                    continue  # "Mdm Ho Geok Choo's suggestion": a personal title opens a person's name, no body's
                post = POST_COMMA.match(text, ps, pe)
                if post and post.group(1) in self.post_heads:
                    ps = post.end()  # 'Head, Efficiency Unit' (an attendance list): the post, then the body
                if text.startswith("House ", ps) and CHAMBER_POST.search(text, max(0, ps - 30), ps) and \
                        self.head_type(text[ps + 6:pe]) is None:
                    continue  # 'Leader of the House Indranee Rajah': the post's title, then a person
                room = self.room_of.match(text, ps, pe)
                if room and self.head_type(text[room.end():pe]) == "PLACE":
                    ps = room.end()  # 'the Chamber of the Legislative Council Building': the room is in the place
                pe = self.before_post(text, ps, pe)  # 'the Hospital Authority Chief Executive': the body, its post
                pe = self.before_known_body(text, ps, pe)  # 'Panel on X' + ' Legislative Council' (a footer)
                own = OWNER_PREFIX.match(text, ps, pe)
                if own and (self.is_place_name(own.group(1)) or self.known_institution(own.group(1)) is not None):
                    ps = own.end()  # "Hong Kong's Children's Hospital Foundation": the place owns the body; "the
                    # World Bank's X Hub": a known body owns its unit, two names (eninst, session 24)
                if pe > ps and LETTERS.search(text[ps:pe]) and text[ps:pe] not in LEFT_STOP:
                    for ls, le in self.linked_names(text, ps, pe):
                        piece = self.repair_piece(text, ls, le, label)
                        if piece[1] > le and LOCATED_IN.match(text, le) and self.known_body(text, ls, le):
                            piece = (ls, le, piece[2])  # 'the Bank for International Settlements in Basel'
                        piece = (piece[0], self.before_parent(text, piece[0], piece[1]), piece[2])  # 'Policy
                        # Division of the IA': the unit, then its parent body
                        piece = (piece[0], before_document(text, piece[0], piece[1], self.known_prefix,
                                                           self.issued_document_words), piece[2])  # 'Ministry
                        # of X' + ' Media Release': the body that issues the release
                        nxt = [o for o in orgs if le < o < piece[1] and AND_GAP.fullmatch(text, le, o)] \
                            if bisect_right(org_starts, le) < bisect_left(org_starts, piece[1]) else []  # (an NER
                        # organisation starts inside the repair: found by bisection first)
                        if nxt and (self.head_kind(text[ls:le].split()[-1]) == "INSTITUTION" or
                                    self.proper_names(text, ls, le, nxt[0], piece[1])):
                            piece = (piece[0], le, label)  # 'Oxford Business Group' + ' and V&A Law': a whole name
                            # (its head last), then the NER's next name: a second body ('Group of Governors and
                            # Heads of Supervision', 'Malaysian Communications and Multimedia Commission' are one)
                        cut = [p for p in persons if piece[0] < p < piece[1] and p >= le]
                        if cut:  # '... Commission of the State Council' + ' Shen Ying': the repair ran into a person
                            piece = (piece[0], clean_span(text, piece[0], min(cut))[1], label)
                        if label == "ORG" and "," in text[piece[0]:piece[1]]:  # 'A Institute, B Centre and C':
                            items = list_pieces(text, piece[0], piece[1], self.listed_name,  # three bodies
                                                self.known_institution, self.sector_words.__contains__)
                            if len(items) > 1:  # (listed_names_en)
                                out += [(a, b, label) for a, b in items]
                                listed += items
                                continue
                        out.append(piece)
        out = self.split_joined(text, ents, out)
        if listed:  # the next name's repair took the listed name before it in again ('B' + ' and C Institute')
            starts, ends = {a for a, _ in listed}, {b for _, b in listed}
            out = [p for p in out if (p[0], p[1]) in listed or not (p[0] in starts and p[1] in ends)]
        out.sort(key=lambda p: (p[0], -p[1]))
        kept: list[tuple[int, int, str]] = []
        for p in out:  # a repaired name may now cover the NER's piece of its next line
            if kept and p[1] <= kept[-1][1] and p[0] < kept[-1][1]:
                continue
            kept.append(p)
        return kept

    def split_joined(self, text: str, ents: list[tuple[int, int, str]],
                     out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Pieces that a repair ran across 'and' from one of the model's organisations into the next are the two
        names again when both are proper names ('Pfizer International' + ' and ' + 'Harvard University')."""
        orgs = sorted(clean_span(text, s, e) for s, e, label in ents if label == "ORG")
        pairs = [(a, b) for a, b in zip(orgs, orgs[1:]) if AND_GAP.fullmatch(text, a[1], b[0])]
        if not pairs:
            return out
        res = []
        for p in out:
            pair = next(((a, b) for a, b in pairs if p[0] <= a[0] and b[1] <= p[1] and
                         self.proper_names(text, a[0], a[1], b[0], b[1])), None)
            if pair is None:
                res.append(p)
            else:
                res += [(p[0], pair[0][1], p[2]), (pair[1][0], p[1], p[2])]
        return res

    def proper_names(self, text: str, s: int, e: int, s2: int, e2: int) -> bool:
        """'Pfizer International' + ' and ' + 'Harvard University' (the model's two names, the repair joined them):
        both sides carry a proper word (no field, sector or demonym word: 'Malaysian Communications and Multimedia
        Commission' is one name), the second is a body's name and the whole is no known name."""
        right = text[s2:e2]
        return "," not in text[s:e] and self.proper_word(text[s:e].split(), False) and \
            self.proper_word(right.split()[:-1], True) and self.listed_name(right) and \
            self.known_institution(text[s:e2]) is None  # ('Planning, Environment and Lands Bureau': a portfolio's topics)

    def proper_word(self, words: list[str], everyday: bool) -> bool:
        """One of the words is capitalised and no field, connector, head or demonym (nor, unless `everyday`, an
        everyday English word: 'Information Sharing' + ' and ' + 'Analysis Center' is one name)."""
        return any(w[:1].isupper() and w not in self.sector_words and singular(w) not in self.sector_words and
                   w not in CONNECTORS and self.head_kind(w) is None and not w.endswith(("an", "ese", "ish"))
                   and (everyday or not everyday_word(w.lower(), nouns=True)) for w in words)

    def known_prefix(self, surface: str) -> int:
        """The length of the longest known institution's name that opens `surface` (0 when none)."""
        return max((x[1] for x in self.matcher.find(surface) if x[0] == 0 and x[2].table == "institution"),
                   default=0)

    def known_institution(self, surface: str) -> Any:
        entry = self.whole_entry(surface.strip())
        return entry if entry is not None and entry.table == "institution" else None

    def listed_name(self, surface: str) -> bool:
        """A body's name in a list: a known body's whole name or acronym, or two or more words headed by a body's
        head word ('Institute of Public Affairs'; a lone legal form or head word is no name)."""
        words = surface.split()
        return self.known_institution(surface) is not None or len(words) > 1 and words[0] not in LEGAL_FORMS and \
            self.head_type(surface) == "INSTITUTION"

    def titled_person(self, surface: str) -> bool:
        """'MOS Faishal', 'SPS Faishal Ibrahim': a post's short title (post_abbreviations) before capitalised
        words with no head word of a body or place."""
        words = surface.split()
        return len(words) >= 2 and words[0] in self.post_abbreviations and \
            all(w[:1].isupper() for w in words[1:]) and self.head_type(" ".join(words[1:])) is None

    def before_post(self, text: str, s: int, e: int) -> int:
        """Where a body's name inside an NER span ends because its post's title follows ('The Hospital Authority
        Chief Executive', 'Zeta Council President Tom Lee'): after the first institution head a post follows."""
        for m in WORD.finditer(text, s, e):
            if m.end() < e and self.head_kind(m.group()) == "INSTITUTION" and self.post_after(text, m.end()):
                return m.end()
        return e

    def before_known_body(self, text: str, s: int, e: int) -> int:
        """'Panel on Welfare Services Legislative Council' (a list item run into the page's footer): inside an
        of/for/on complement, a known body's name right after a capitalised word, with no connector, starts another
        name; the first ends before it."""
        prep = COMPLEMENT.search(text, s, e)
        if prep is None:
            return e
        for m in WORD.finditer(text, prep.end(), e):
            before = text[max(s, m.start() - 40):m.start()]
            if re.search(r"(?<![\w'’&-])[A-Z][\w'’&-]*[ ]$", before) and \
                    not re.search(r"\b(?:of|for|on|and|the|&)[ ]$", before) and self.known_body_at(text, m.start()):
                return clean_span(text, s, m.start())[1]
        return e

    def before_parent(self, text: str, s: int, e: int) -> int:
        """'Policy and Development Division of the IA', 'Communication Department of Bank Indonesia': a unit's name
        ends at its head when 'of (the)' and a known body with a body's head (or its acronym) follow: the parent."""
        m = UNIT_OF.search(text, s, e)
        if m is None:
            return e
        parent = text[m.end():e]
        found = list(self.matcher.find(parent))
        if len(found) == 1 and found[0][:2] == (0, e - m.end()) and found[0][2].table == "institution" or \
                re.fullmatch(r"[A-Z][A-Z&]{1,7}", parent):
            return m.start() + 1 + len(m.group(1))
        return e

    def known_body(self, text: str, s: int, e: int) -> bool:
        """The span (less a leading 'The') is exactly a gazetteer institution's name: a known body, whose name an
        'in/at <place>' after it does not continue."""
        found = list(self.matcher.find(text[s:e]))
        return bool(found) and found[-1][1] == e - s and found[-1][2].table == "institution" and \
            not text[s:s + found[-1][0]].strip(" \t").removeprefix("The").strip()
