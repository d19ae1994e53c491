"""Text + candidates → candidates whose body names are made whole where a name is built of two parts: a unit named
by its place after a dash ('Association of Marine Surveyors - Hong Kong Branch'), and a post's possessive before the
body of that post ('the Chief Executive's Council of Advisers'). Mixed into `EntityRecognizer` (it needs `matcher`,
`post_heads`, `in_post_or_role` and the word list `place_unit_heads` of not_entities.en.json).

Lists of professional bodies (a legislature's lists of submissions, of members) name a body's local branch so: the
parent's name, a dash, the branch's place and its unit head. Read apart, the branch is a second body named only by a
place ('Hong Kong Branch') and the place a mention of its own; it is one body, the parent's branch.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name, fold
from pipeline.extract.entities.references import anaphor_confidence, occupied
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.native import python_class
from pipeline.regexgate import TailGated

# ' - Hong Kong Branch', ' – Macao Division': a spaced dash, up to four capitalised words, a unit head (checked after)
DASH_UNIT = re.compile(r"[ \t]+[-–—][ \t]+((?:[A-Z][\w'’&]*[ \t]+){1,4})([A-Z][a-z]+)\b")
# the capitalised words (or acronyms) just before the dash when no body candidate ends there: 'CPA Zorvia'
WORDS_BEFORE = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&.]*[ \t]+){0,4}[A-Z][\w'’&.]*)$")
# 'the Chief Executive's ', 'the Prime Minister's ': a post's possessive (its last word checked after)
POST_OWNER = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+)['’]s[ ]+$")
ARTICLES = {"The", "the", "A", "An"}
# 'Government will continue to invest ...' (Hong Kong's budget speeches drop the article): a clause's first word
# 'Government' before a modal or a verb of acting is the actor 'the Government' — also after an opening phrase and
# its comma ('With a sound fiscal position, Government has recorded surpluses'); so is a clause's first 'Government's'
# ('Over the past five years, Government's recurrent allocation to X has grown': a possessive modifies no noun, the
# owner of public finances stays no actor, fiscal_owners)
BARE_GOVERNMENT_RE = re.compile(r"(?:^|(?<=[.;:!?,])[ \t]+|\n[ \t]*)(Government)(?=['’]s[ \t]+[a-z])|"
                                r"(?:^|(?<=[.;:!?,])[ \t]+|\n[ \t]*)(Government)[ \t]+(?:also[ \t]+)?(?=(?:will|would|shall|"
                                r"should|must|may|can|has|have|had|is|was|continues|remains|plans|proposes|intends|"
                                r"decided|announced|launched|set|attaches|supports|provides|encourages|welcomes|"
                                r"recogni[sz]es|spares|seeks|aims|allocates|earmarks|introduces|considers|believes|"
                                r"expects|strives|commits|attached|supported|provided|allocated|introduced)\b)")
# (TailGated: every match is a newline or nothing, spaces or tabs, then 'Government' — tried only before each
# 'Government', the same matches; re enters the plain pattern at every position, 0.8 -> 0.05 ms per 2,000 words)
BARE_GOVERNMENT = TailGated(BARE_GOVERNMENT_RE, re.compile("Government"), (0, 1), " \t")
# a headline's short form opening its line: 'Govt to sell 9 sites', 'Govt says ...' (eninst, session 24; the pooled
# golds read it as the text's government)
HEADLINE_GOVT = re.compile(r"(?:^|\n)[ \t]*(Govt)(?=[ \t]+(?:to|will|says|plans|proposes|unveils|announces|sets)[ \t])")
# 'Karolinska Institutet' + ' of ' + 'Sweden': a name, 'of (the)', what follows
OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


@python_class
class BodyUnits:
    """Needs `matcher` (AliasMatcher), `entries`, `post_heads`, `place_unit_heads`, `in_post_or_role`, `from_entry`,
    `foreign_heads`, and the references' `antecedent`, `name_index`, `text_government`."""

    matcher: Any
    entries: dict[str, Any]
    post_heads: set[str]
    place_unit_heads: set[str]
    in_post_or_role: Any
    from_entry: Any
    antecedent: Any
    name_index: Any
    text_government: Any
    foreign_heads: set[str]
    _variants: dict[str, Any] | None = None  # built at the first document: variant_key(name) → entry
    _misspelt: dict[str, list[tuple[str, Any]]] = {}  # a name's key with one long word masked → (key, entry)

    def branch_units(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'<body> - <place words> Branch/Division/Chapter' is one body, the parent's branch in that place; the place
        inside it and the bare 'Hong Kong Branch' are no mentions of their own."""
        if " - " not in text and " – " not in text and " — " not in text:
            return cands
        for m in DASH_UNIT.finditer(text):
            if m.group(2) not in self.place_unit_heads or not self.names_place(m.group(1)):
                continue
            before = [c for c in cands if c.label == "INSTITUTION" and c.end == m.start()]
            if before:
                start = min(c.start for c in before)
            else:
                w = WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if w is None:
                    continue
                start = w.start(1)
                while text[start:m.start()].split()[0] in ARTICLES and len(text[start:m.start()].split()) > 1:
                    start = text.index(" ", start) + 1
                if text[start:m.start()].split()[0] in ARTICLES:
                    continue
            end = m.end(2)
            canonical = clean_name(text[start:end])
            cands = [c for c in cands if c.end <= start or end <= c.start] + [
                Cand(start, end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "", "rule",
                     0.8)]
        return sorted(cands, key=lambda c: (c.start, c.end))

    def names_place(self, words: str) -> bool:
        """The words before a unit's head hold a gazetteer place ('Hong Kong China Division')."""
        return any(x.table == "place" for _, _, x in self.matcher.find(words.strip()))

    def post_bodies(self, text: str, cands: list[Cand]) -> list[Cand]:
        """A body no gazetteer knows right after a post's possessive is that post's body and takes the post into its
        name: 'the Chief Executive's Council of Advisers', 'the Governor's Advisory Panel'. A place's possessive
        owns a body without naming it ('the UK's Hong Kong Association': known_owner)."""
        out = []
        renamed: dict[str, tuple[str, str]] = {}
        for c in cands:
            m = POST_OWNER.search(text, max(0, c.start - 40), c.start) \
                if c.label == "INSTITUTION" and c.entity_id not in self.entries else None
            words = m.group(1).split() if m else []
            while words and words[0] in ARTICLES:
                words.pop(0)
            if not m or not words or not (words[-1] in self.post_heads or " ".join(words[-2:]) in self.post_heads):
                out.append(c)
                continue
            start = m.end(1) - len(" ".join(words))
            grown = Cand(start, c.end, "INSTITUTION", "", text[start:c.end])
            if self.in_post_or_role(text, grown):
                continue  # 'Head of Chief Executive's Policy Unit': a unit named in a post's title, no body
            canonical = clean_name(text[start:c.end])
            grown_id = synthetic_id("INSTITUTION", canonical)
            renamed[c.entity_id] = (grown_id, canonical)
            out.append(Cand(start, c.end, "INSTITUTION", grown_id, canonical, "", c.country_code, "", c.method,
                            c.confidence))
        # 'the Council' read earlier as the short name's anaphor refers to the grown name
        return [replace(c, entity_id=renamed[c.entity_id][0], canonical=renamed[c.entity_id][1])
                if c.entity_id in renamed else c for c in out]

    def foreign_name_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """A body named in another language ('Karolinska Institutet', 'Universidad de Zorva') takes no English
        'of <country>' into its name: 'the Karolinska Institutet of Sweden' is the institute, and Sweden where it
        is, a place named (data: foreign_heads, the non-English institution heads)."""
        out = []
        for c in cands:
            surface = text[c.start:c.end]
            m = OF_AFTER.search(surface) if c.label == "INSTITUTION" and c.entity_id not in self.entries else None
            words = surface[:m.start()].split() if m else []
            place = self.whole_place(surface[m.end():]) if m and words and words[-1] in self.foreign_heads else None
            if m is None or place is None:
                out.append(c)
                continue
            canonical = clean_name(surface[:m.start()])
            out.append(Cand(c.start, c.start + m.start(), "INSTITUTION", synthetic_id("INSTITUTION", canonical),
                            canonical, "", place.country_code, "", c.method, c.confidence))
            out.append(self.from_entry(c.start + m.end(), c.end, place, "rule", 0.85))
        return out

    def bare_governments(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates plus 'Government' without its article as a clause's subject ('Government will continue
        to invest'), or a headline's 'Govt to ...', read as 'the Government' is: the text's own government."""
        if "Government" not in text and "Govt" not in text:
            return cands
        names: Any = None  # built at the first bare 'Government' (most texts have none)
        taken = occupied(text, cands)
        out = list(cands)
        spans = [m.span(1) if m.group(1) else m.span(2) for m in BARE_GOVERNMENT.finditer(text)]
        for s, e in spans + [m.span(1) for m in HEADLINE_GOVT.finditer(text)] if "Govt" in text else spans:
            if any(taken[s:e]):
                continue
            if names is None:
                names = self.name_index([c for c in cands if c.label is not None], text)
            target = self.text_government(self.antecedent("Government", s, names), "Government")
            if target is not None:
                out.append(replace(target, start=s, end=e, method="rule", confidence=anaphor_confidence(target)))
        return sorted(out, key=lambda c: (c.start, c.end))

    def whole_place(self, name: str) -> Any:
        """The gazetteer place that is the whole of `name`, else None."""
        found = list(self.matcher.find(name))
        return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(name)) and \
            found[0][2].table == "place" else None

    def known_variants(self, cands: list[Cand]) -> list[Cand]:
        """A name no gazetteer entry spells so, that differs from an institution's name or alias only by 'the',
        '&' for 'and' or case ('Financial Services and Treasury Bureau' for the Financial Services and the
        Treasury Bureau), is that institution."""
        if self._variants is None:
            self._variants = {}
            for entry in self.entries.values():
                if entry.table == "institution":
                    for name in entry.names():
                        if " " in name:
                            self._variants.setdefault(variant_key(name), entry)
            self._misspelt = {}
            for key, entry in self._variants.items():
                for masked in masked_keys(key):
                    self._misspelt.setdefault(masked, []).append((key, entry))
        out = []
        for c in cands:
            unknown = c.label == "INSTITUTION" and c.entity_id not in self.entries
            entry = self._variants.get(variant_key(c.canonical)) if unknown else None
            if entry is None and unknown:
                entry = self.misspelt_entry(variant_key(c.canonical))
            out.append(c if entry is None else replace(self.from_entry(c.start, c.end, entry, c.method), confidence=0.85))
        return out

    def misspelt_entry(self, key: str) -> Any:
        """The one known body whose name differs from `key` by one letter in one long word ('Legislstive Council' as
        printed for the Legislative Council): a slip of typing or of a PDF's text layer, not another body."""
        found = {}
        for masked in masked_keys(key):
            for name, entry in self._misspelt.get(masked, ()):
                if name != key and one_letter_apart(name, key):
                    found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None


def variant_key(name: str) -> str:
    """A name's words case-folded, 'the' dropped, '&' read as 'and'."""
    return " ".join(w for w in fold(name).replace("&", " and ").casefold().split() if w != "the")


def masked_keys(key: str) -> list[str]:
    """A name's key once with each word of seven or more letters masked: where a one-letter slip may hide."""
    words = key.split()
    if len(words) < 2:
        return []
    return [" ".join(words[:i] + ["*"] + words[i + 1:]) for i, w in enumerate(words) if len(w) >= 7]


def one_letter_apart(a: str, b: str) -> bool:
    """Two keys of the same words but one, which differs by one letter changed, added or dropped."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    if abs(len(x) - len(y)) != 1:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
