"""Per-document references: short forms a text defines ('Full Name (ACR)', 'ACR (Full Name)', 'Full Name
(the Short Name)'), abbreviations of programmes and common words, and 'the <Head>' anaphora ('the
Commission', 'the Park', 'the Government') resolved to an entity named in the same document."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from typing import Any, Iterator

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.government_modifiers import modifies_plural, quoted_before
from pipeline.extract.entities.parent_bodies import named_organs_parent, own_names
from pipeline.extract.entities.spans import CONNECTORS, Cand, singular, synthetic_id
from pipeline.regexgate import LeadPattern, LineGated
from pipeline.native import python_class

# 'Full Name (ACR)', '(or ACR)': after 'or' the bracket holds one acronym ('(or KHA officers)' glosses the body's staff
# and defines no short form, review reven S2)
SHORT_AFTER = re.compile(r"\s*\(\s*(?:the\s+|or\s+(?=[A-Z]{2}[A-Za-z&]{0,10}\s*\)))?([^()\n]{1,50}?)\s*\)")
QUOTED_TERM = re.compile(r"[\"“‘']((?:[A-Z][\w'’&-]*)(?:[ ][A-Z][\w'’&-]*){0,3})[\"”’']")  # '("Disney")'
ACRONYM_BEFORE = re.compile(r"(?<![\w&])([A-Z][A-Za-z&+.-]{1,11})\s*\(\s*$")  # 'ACR (Full Name)'
# 'the Commission', 'the current-term Government' (a term word keeps 'the Government' the home one); LeadPattern:
# the same matches, found without trying the leading \b at every position (pipeline.regexgate)
THE_NAME = LeadPattern(re.compile(r"\b(?:[Tt]h(?:e|is)|[Mm]y|[Oo]ur)(?:[ \t]+|[ \t]*\n[ \t]*)"  # ('the' ending a line: 'of the\nGovernment')
                                  r"((?:[a-z]+-term|current|incoming|outgoing|then|present)[ \t]+)?"
                                  r"((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)(?![\w-])(?![ \t]+[A-Z&(])"))
# 'the Labour Movement welcomes Government’s support', 'submitted to Government': a bare 'Government' after a lower-case
# word (no article, as Singapore's and Hong Kong's officials write it) is the text's government, as 'the Government' is
# — not 'Government spending', 'Government investment': before a lower-case word that is no verb, function word or
# inflected form, a bare 'Government' modifies a noun (the spending), it names no actor
BARE_GOVERNMENT_RE = re.compile(r"(?<![\w'’&-])[a-z]+[ ]()(Government['’]s|Government(?![ \t]+(?!(?:will|would|"
                                r"shall|should|must|may|might|can|could|is|was|are|has|had|have|did|does|also|and|or|"
                                r"to|in|on|at|for|of|with|by|as|that|which|who)\b|[a-z]+(?:s|ed)\b)[a-z]))(?![\w-])"
                                r"(?![ \t]+[A-Z&(])")
# (LineGated: a match holds no newline, and ' Government'; the same matches, 0.3 -> 0.05 ms per 2,000 words)
BARE_GOVERNMENT = LineGated(BARE_GOVERNMENT_RE, re.compile(" Government"))


@dataclass
class NameIndex:
    named: list[Cand]
    by_last: dict[str, list[tuple[Cand, str]]]


# words that never start a name (name_spans.LEFT_STOP)
LEFT_WORDS = {"The", "A", "An", "In", "On", "At", "For", "Of", "And", "By", "With", "From", "To", "Its", "Their",
              "This", "That", "These", "Those", "Under", "Within", "Both", "Our", "My", "His", "Her", "As", "Each",
              "All", "New", "Mr", "Ms", "Dr", "Mrs"}


def occupied(text: str, cands: list[Cand]) -> bytearray:
    """One byte per character of the text, 1 where a candidate already covers it."""
    taken = bytearray(len(text))
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return taken


@python_class
class References:
    """Mixed into `EntityRecognizer` (uses its typing rules, gazetteer entries and government index)."""

    not_entities: set[str]
    verbs: set[str]
    anaphor_heads: set[str]
    entries: dict[str, Entry]
    head_type: Any
    plural_head: Any
    head_kind: Any
    head_word: Any
    role_or_system: Any
    left_edge: Any
    post_heads: set[str]
    government_of: Any
    whole_entry: Any
    from_entry: Any
    _home: Cand | None
    _jurisdiction: str  # the document's home place id ('place:hk' for a Hong Kong Government text), '' if none
    _country_ids: dict[str, str]  # country code → its country (or SAR) place id; filled on first use
    _cand_keys: dict[tuple[str, str, str], tuple[tuple[str, str], ...]]  # name_index: a name's keys

    # -- per-document short forms ----------------------------------------------------------------
    def definitions(self, text: str, cands: list[Cand]) -> dict[str, Cand]:
        """'Full Name (ACR)', 'Full Name (the Short Name)' and 'ACR (Full Name)' → short form → entity."""
        defs: dict[str, Cand] = {}
        for c in cands:
            if " " not in text[c.start:c.end].strip():
                continue  # 'XOMA (US)': a one-word name is not spelled out by anything
            m = SHORT_AFTER.match(text[c.end:c.end + 60])
            if m and unit_acronym(text, c.start, m.group(1)):
                continue  # 'the Crime Bureau of the Police Force (CB)': the acronym is the unit's, not the force's
            if m and spells_longer(m.group(1), text[c.start:c.end]):
                continue  # 'British Chamber of Commerce in Hong Kong (BCCHK)': the acronym spells a longer name
            quoted = QUOTED_TERM.fullmatch(m.group(1)) if m else None
            if quoted and quoted.group(1) not in self.not_entities and quoted.group(1) != text[c.start:c.end]:
                defs.setdefault(quoted.group(1), c)  # 'the Hong Kong Disneyland ("Disney")': a term the text
                # defines in quotes stands for the name before it, whatever words it keeps
            elif m and self.is_short_form(m.group(1), text[c.start:c.end]):
                defs.setdefault(m.group(1), c)
            elif m and is_acronym(m.group(1)) and class_initials(m.group(1), text[c.start:c.end]):
                defs.setdefault(m.group(1), Cand(c.start, c.end, None, "", m.group(1)))  # 'NDA': a class
            m = ACRONYM_BEFORE.search(text[max(0, c.start - 16):c.start])
            if m and text[c.end:c.end + 1] == ")" and is_acronym(m.group(1)):
                defs.setdefault(m.group(1), c)
        for m in re.finditer(r"\((?:or[ ]+)?([A-Z][A-Za-z&]{1,9})\)", text):
            acr = m.group(1)
            if acr in defs or not is_acronym(acr) or any(c.start <= m.start() < c.end for c in cands):
                continue
            full = spell_out(text, m.start(), acr)
            if full is None:
                continue
            fs, fe = full
            if any(c.start < fe and fs < c.end for c in cands):
                continue
            surface = text[fs:fe]
            kind = self.head_type(surface)
            if kind is None:
                continue
            if kind == "INSTITUTION" and " " in surface:  # 'the Youth Square Management Advisory Committee (MAC)':
                edge = self.left_edge(text, fs, LEFT_WORDS)  # the acronym leaves out the (place) words that start
                words = text[edge:fs].split()  # the body's name; they are still its name
                if 0 < len(words) <= 3 and not any(w in self.post_heads for w in words) and \
                        not any(c.start < fs and edge < c.end for c in cands):
                    fs = edge
                    surface = text[fs:fe]
            if kind == "NOT" or surface in self.not_entities or self.plural_head(surface) or \
                    self.role_or_system(surface.split(), self.head_word(surface)):
                defs[acr] = Cand(fs, fe, None, "", surface)  # ('Regional Comprehensive Economic Partnership (RCEP)':
                # an agreement; 'International Financial Centre (IFC)': a role) 
                continue
            canonical = clean_name(surface)
            defs[acr] = Cand(fs, fe, kind, synthetic_id(kind, canonical), canonical, "", "", acr, "rule", 0.8)
            cands.append(defs[acr])
        return defs

    def is_short_form(self, short: str, full: str) -> bool:
        if short in self.not_entities or short == full:
            return False
        if is_acronym(short):
            return not class_initials(short, full)
        words = short.split()
        return 1 <= len(words) <= 4 and all(w[:1].isupper() or w in CONNECTORS for w in words) \
            and words[-1] in full.split() + full.replace("-", " ").split()

    @staticmethod
    def relink(text: str, cand: Cand, defs: dict[str, Cand]) -> Cand:
        """An unknown NER name that the document defines as a short form elsewhere ('WRA (Water Resources
        Agency)') is that entity; one defined for a programme is no entity."""
        full = defs.get(" ".join(text[cand.start:cand.end].split()))
        if cand.method != "ner" or full is None or (full.start, full.end) == (cand.start, cand.end):
            return cand
        if full.label is None:
            return replace(cand, label=None)
        return replace(full, start=cand.start, end=cand.end, method="rule+ner", confidence=0.9)

    def with_short_forms(self, text: str, cands: list[Cand], defs: dict[str, Cand]) -> list[Cand]:
        """The candidates plus every later use of a defined short form. A defined short form that wholly covers
        uses of shorter ones is one name: 'HSK/HT NDA' after 'Hung Shui Kiu (HSK)' and '... Area (HSK/HT NDA)'."""
        drop: set[int] = set()
        for short in sorted((k for k in defs if "/" in k or " " in k), key=len, reverse=True):
            for start in whole_word_starts(text, short):
                end = start + len(short)
                over = [i for i, c in enumerate(cands) if c.start < end and start < c.end]
                if place_part_of_short(text, cands, over, start, end, defs[short]):
                    drop.update(over)  # 'Shenzhen I&T Zone', 'Qianhai FTZ' defined for a known place: that place
                    continue
                if len(over) < 2 and not any((cands[i].start, cands[i].end) != (start, end) for i in over):
                    continue
                if all(start <= cands[i].start and cands[i].end <= end and text[cands[i].start:cands[i].end]
                       in defs and (cands[i].start, cands[i].end) != (start, end) for i in over):
                    drop.update(over)
        kept = [c for i, c in enumerate(cands) if i not in drop]
        return kept + self.short_form_cands(text, kept, defs)

    def short_form_cands(self, text: str, cands: list[Cand], defs: dict[str, Cand]) -> list[Cand]:
        out = []
        taken = occupied(text, cands)
        for short, full in sorted(defs.items(), key=lambda kv: -len(kv[0])):
            for start in whole_word_starts(text, short):
                end = start + len(short)
                if any(taken[start:end]):
                    continue
                if full.label is None:
                    out.append(Cand(start, end, None, "", short))
                else:
                    acr = short if is_acronym(short) else full.acronym
                    out.append(replace(full, start=start, end=end, acronym=acr or full.acronym,
                                       method="rule", confidence=0.85))
                taken[start:end] = b"\x01" * (end - start)
        return out

    def place_units(self, text: str, cands: list[Cand], defs: dict[str, Cand]) -> list[Cand]:
        """'the Shanghai ETO' after 'Economic and Trade Office (ETO)': a place before the acronym of a body the
        document defines with no place in its name is one office of that kind, named by its city (the city is
        part of that name); a known body's acronym after a place stays that body ('the Hong Kong SFC')."""
        ordered = sorted(cands, key=lambda c: (c.start, c.end))
        out: list[Cand] = []
        for c in ordered:
            full = defs.get(text[c.start:c.end])
            prev = out[-1] if out else None
            if prev is not None and prev.label == "PLACE" and c.label == "INSTITUTION" and full is not None and \
                    full.label == "INSTITUTION" and full.entity_id not in self.entries and \
                    is_acronym(text[c.start:c.end]) and text[prev.end:c.start] == " ":
                canonical = clean_name(f"{text[prev.start:prev.end]} {full.canonical}")
                out[-1] = Cand(prev.start, c.end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical,
                               "", prev.country_code, text[c.start:c.end], "rule", 0.8)
                continue
            out.append(c)
        return out

    # -- 'the Commission', 'the Park', 'the Government' ----------------------------------------
    def anaphor_cands(self, text: str, cands: list[Cand]) -> list[Cand]:
        names: NameIndex | None = None  # built at the first phrase that refers back (most documents have few)
        out = []
        taken = occupied(text, cands)
        for m in chain(THE_NAME.finditer(text), BARE_GOVERNMENT.finditer(text) if "Government" in text else ()):
            words = m.group(2).split()
            pe = m.end()
            if words[-1].endswith(("'s", "’s")):  # 'the Government’s budgeting cycle': the owner is the body
                words[-1] = words[-1][:-2]
                pe -= 2
            if not words[-1] or not self.anaphoric(words) or \
                    (m.group(1) or text[m.start() + 2] == "i" or not m.group().startswith(("the", "The"))) and \
                    words != ["Government"]:
                continue  # ('this Government’s commitment': the speaker's own government; 'this Council' may
                # be any council the speaker sits on)
            ps = m.start(2)
            if any(taken[ps:pe]) or words == ["Government"] and modifies_plural(text, pe, self.verbs, ps):
                continue  # ('unions and Government agencies': the agencies)
            if text[m.start()] in "MmOo" and quoted_before(text, ps):
                continue  # a quoted speaker's 'our Government' may be a foreign one (review reven s28 M2)
            if names is None:
                names = self.name_index([c for c in cands if c.label is not None], text)
            target = self.text_government(self.antecedent(" ".join(words), ps, names), " ".join(words))
            if target is not None:  # the whole capitalised run names it ('the District Health Centre' is new)
                out.append(replace(target, start=ps, end=pe, method="rule", confidence=anaphor_confidence(target)))
                taken[ps:pe] = b"\x01" * (pe - ps)
        return out

    def anaphoric(self, words: list[str]) -> bool:
        """'the Commission', 'the Park' (a head that refers back), or 'the Review Group' (two or more words
        ending in an institution head: specific enough to name the body named in full before)."""
        kind = self.head_kind(words[-1])
        if kind in (None, "NOT"):
            return False
        return words[-1] in self.anaphor_heads or singular(words[-1]) in self.anaphor_heads or \
            len(words) >= 2 and kind == "INSTITUTION"

    def name_index(self, named: list[Cand], text: str) -> NameIndex:
        """Every name (canonical, aliases, surface) of the document's entities, by its last word."""
        by_last: dict[str, list[tuple[Cand, str]]] = {}
        cache = self._cand_keys  # the same entities recur in every call and every document
        if len(cache) > 50000:
            cache.clear()
        for c in named:
            key = (c.entity_id, c.canonical, text[c.start:c.end])
            pairs = cache.get(key)
            if pairs is None:
                entry = self.entries.get(c.entity_id)
                aliases = entry.aliases if entry is not None else ()
                pairs = tuple(pair for full in {c.canonical, clean_name(key[2]), *aliases} for pair in name_keys(full))
                cache[key] = pairs
            for last, n in pairs:
                by_last.setdefault(last, []).append((c, n))
        return NameIndex(named, by_last)

    def antecedent(self, phrase: str, pos: int, names: NameIndex) -> Cand | None:
        """The entity that 'the <phrase>' at `pos` refers to: the nearest one before it whose name ends with
        the phrase, else the first after it; 'the Government' is the document's home government."""
        if phrase == "Government":
            if self._home is None:
                self._home = self.home_government(names.named)
            return self._home
        pairs = [(c, n) for c, n in names.by_last.get(phrase.split()[-1], ())
                 if n == phrase and c.canonical != phrase or
                 n.endswith(phrase) and n[-len(phrase) - 1:-len(phrase)] in (" ", "-") and
                 not n[:-len(phrase)].endswith((" of ", " of the "))]  # ('Subcommittee of the Finance Committee':
        # 'the Finance Committee' is its parent, another body)
        own, parent = own_names(pairs, phrase, self.whole_entry)  # 'House Committee of the Legislative Council'
        hits = [c for c, _ in pairs if c.entity_id in own]
        if not hits and parent is not None:  # 'the Council': the committee's parent
            return self.from_entry(0, 0, parent, "rule", 0.75)
        before = [c for c in hits if c.end <= pos]
        if before:
            return max(before, key=lambda c: c.end)
        organs_of = named_organs_parent(names.named, phrase, self.entries) if hits else None
        if organs_of is not None:  # no body before it: the parent of the organs named ('reports to the Council')
            return self.from_entry(0, 0, organs_of, "rule", 0.75)
        if not hits and phrase == "Administration":
            return self.antecedent("Government", pos, names)  # LegCo papers: 'the Administration' proposes
        if not hits and phrase.split()[-1] == "Government" and \
                all(w in GOV_QUALIFIERS for w in phrase.replace("’", "'").split()[:-1]):
            return self.antecedent("Government", pos, names)  # 'the SAR Government', 'the Municipal Government'
        return min(hits, key=lambda c: c.start) if hits else None

    def home_of(self, entry: Entry | None) -> str:
        """The nearest enclosing country/SAR/province/city of a gazetteer entry (itself if it is one)."""
        seen = 0
        while entry is not None and seen < 8:
            if entry.table == "place" and entry.type in HOME_TYPES:
                return entry.id
            entry = self.entries.get(entry.parent)
            seen += 1
        return ""

    def home_government(self, named: list[Cand]) -> Cand | None:
        """'the Government' of a document is the government of the place it talks about most: its districts,
        sites and bodies (a bureau's parent is its SAR; a body with only a country code, that country) count for
        it; a named government counts double. In a text of a jurisdiction (`_jurisdiction`, home_jurisdictions)
        that place counts once more and other places count only through their named governments. None when
        nothing resolves it (see `text_government`)."""
        counts: dict[str, int] = {self._jurisdiction: 1} if self._jurisdiction else {}
        for c in named:
            entry = self.entries.get(c.entity_id)
            home = self.home_of(entry) or (self.country_place(entry.country_code) if entry is not None else "")
            if home and self._jurisdiction and home != self._jurisdiction and c.etype != "government":
                continue  # a Hong Kong text's 'the Government' is another only when it names that government
            if home:
                counts[home] = counts.get(home, 0) + (2 if c.etype == "government" else 1)
        for place_id, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
            place = self.entries.get(place_id)
            if place is None:
                continue
            gid, gcanon, gcc = self.government_of(place)
            return Cand(0, 0, "INSTITUTION", gid, gcanon, "government", gcc, "", "rule", 0.7)
        return None

    def text_government(self, target: Cand | None, phrase: str) -> Cand | None:
        """`target`, else for a bare 'the Government' the text's own government no named place resolves: an
        unresolved 'Government' at confidence 0.5 (after every other reading of the phrase was tried)."""
        if target is not None or phrase != "Government":
            return target
        return Cand(0, 0, "INSTITUTION", "inst:government", "Government", "government", "", "", "rule", 0.5)

    def country_place(self, code: str) -> str:
        """The id of the country (or SAR) place whose country code is `code`, '' if none."""
        if not code:
            return ""
        if not self._country_ids:
            for e in self.entries.values():  # the first of a code ('place:gb' before England, Scotland ...)
                if e.table == "place" and e.type in ("country", "special administrative region") and e.country_code:
                    self._country_ids.setdefault(e.country_code, e.id)
        return self._country_ids.get(code, "")


HEAD_OF = re.compile(r" (?:of|for|on) ")


def anaphor_confidence(target: Cand) -> float:
    """'the Commission' for a body named in full: 0.75; for a government no named place resolves: its own 0.5."""
    return 0.75 if target.confidence > 0.5 else target.confidence
GOV_QUALIFIERS = {"SAR", "Municipal", "Provincial", "Regional", "People's", "Special", "Administrative", "Region"}
HOME_TYPES = {"special administrative region", "country", "province", "municipality", "city",
              "supranational union", "autonomous region"}


def place_part_of_short(text: str, cands: list[Cand], over: list[int], start: int, end: int, full: Cand) -> bool:
    """A short form the text defines for a known place ('Shenzhen Innovation and Technology Zone (Shenzhen I&T
    Zone)', 'Qianhai Free Trade Zone (Qianhai FTZ)') names that place wherever it stands: a place read inside it
    ('Qianhai') or grown into it is no place of its own."""
    return full.label == "PLACE" and bool(full.entity_id) and bool(over) and all(
        cands[i].label == "PLACE" and start <= cands[i].start and cands[i].end <= end and
        cands[i].entity_id != full.entity_id and (cands[i].start, cands[i].end) != (full.start, full.end) for i in over)


def whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where `word` occurs with no word character or '&' on either side, left to right, not overlapping:
    the matches of (?<![\\w&])word(?![\\w&]), found with str.find (a regex starting with a look-behind
    gets no fast literal search)."""
    if not word:
        return
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not is_word_char(text[pos - 1])) and (end == len(text) or not is_word_char(text[end])):
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_&"  # the regex \w (Unicode alphanumerics and '_'), plus '&'


@lru_cache(maxsize=65536)
def name_keys(full: str) -> tuple[tuple[str, str], ...]:
    """(last word, name) pairs a name is found under: the name itself and the part before its 'of'
    ('Council of the European Union' is also 'the Council'). Cached: the same names recur in every call."""
    head_part = HEAD_OF.split(full, maxsplit=1)[0]
    out = []
    for n in {full, head_part}:
        last = n.replace("-", " ").split()[-1:] or [""]
        out.append((last[0], n))
    return tuple(out)


def class_initials(short: str, full: str) -> bool:
    """'Hung Shui Kiu/Ha Tsuen New Development Area (NDA)': the letters spell only the last words of the name,
    the class it belongs to ('an NDA' is any new development area), not the name itself."""
    words = [w for w in re.split(r"[\s/]+", full) if w and w not in CONNECTORS]
    letters = "".join(ch for ch in short if ch.isupper())
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(letters) >= 2 and len(initials) > len(letters) and initials.endswith(letters) and \
        not initials.startswith(letters)


UNIT_BEFORE = re.compile(r"((?:[A-Z][\w'’&-]*[ \t]+)+)(?:of|for)[ \t]+(?:the[ \t]+)?$")


def unit_acronym(text: str, start: int, short: str) -> bool:
    """Whether '(SHORT)' after the name at `start` spells the capitalised name before its 'of (the)', the unit
    that the name is part of ('Commercial Crime Bureau of the Police Force (CCB)')."""
    m = UNIT_BEFORE.search(text, max(0, start - 80), start)
    if not m or not is_acronym(short):
        return False
    initials = "".join(w[0] for w in m.group(1).split())
    letters = "".join(ch for ch in short if ch.isupper())
    return len(letters) >= 2 and initials.endswith(letters)


def is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 12 and sum(ch.isupper() for ch in word) >= 2 and not word.isdigit() \
        and word[:1].isupper()


def spell_out(text: str, paren: int, acr: str) -> tuple[int, int] | None:
    """The words before '(ACR)' whose initials spell ACR ('European Court of Auditors (ECA)'); where the
    function words must count, they do ('Memorandum of Understanding (MOU)', 'Bank of America (BOA)')."""
    return spelled(text, paren, acr, False) or spelled(text, paren, acr, True)


def spelled(text: str, paren: int, acr: str, connectors_count: bool) -> tuple[int, int] | None:
    letters = [ch for ch in acr if ch.isupper()]
    words = list(re.finditer(r"[A-Za-z][\w'’-]*|&", text[max(0, paren - 160):paren]))
    base = max(0, paren - 160)
    need = len(letters)
    i = len(words) - 1
    got: list[str] = []
    start = None
    while i >= 0 and need:
        w = words[i].group()
        if w in CONNECTORS and not (connectors_count and w[:1].upper() == letters[need - 1] and w != "&"):
            i -= 1
            continue
        if w in CONNECTORS:
            need -= 1
            i -= 1
            continue
        if not w[:1].isupper():
            return None
        parts = [p for p in re.split(r"-", w) if p]
        initials = [p[0] for p in parts if p[:1].isupper()]
        if initials and letters[need - len(initials):need] == initials:
            need -= len(initials)
            start = base + words[i].start()
        elif w[0] == letters[need - 1]:
            need -= 1
            start = base + words[i].start()
        else:
            return None
        got.append(w)
        i -= 1
    if need or start is None:
        return None
    end = base + words[-1].end()
    return start, end


def spelled_prefix(surface: str, defs: dict[str, Cand]) -> str:
    """'FII Institute' after 'Future Investment Initiative (FII)' is the 'Future Investment Initiative Institute':
    a document-defined acronym that starts a name stands for its full form."""
    first, _, rest = surface.partition(" ")
    full = defs.get(first)
    if not rest or full is None or not is_acronym(first):
        return surface
    return f"{full.canonical} {rest}"


def spells_longer(acronym: str, name: str) -> bool:
    """An acronym that ends in a name's initials and has two or more letters besides them spells a longer name that
    ends in this one ('BCCHK' after 'Hong Kong' in 'British Chamber of Commerce in Hong Kong (BCCHK)')."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return is_acronym(acronym) and bool(initials) and len(acronym) >= len(initials) + 2 and \
        acronym.upper().endswith(initials.upper())
