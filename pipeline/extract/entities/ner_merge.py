"""NER spans merged with the gazetteer's candidates: a span the gazetteer already has confirms it (`rule+ner`); a
span crossing a gazetteer name loses; a span around gazetteer names is one longer name typed by its head word (the
places inside it stay only when they own it: 'the Singapore Government's Budget'); a span no gazetteer knows is
typed by the head rules, the document's definitions ('HA' after 'Hospital Authority (HA)'), its anaphors ('the
Commission') and its use as an actor, else dropped. Mixed into `EntityRecognizer` (split from recognizer.py;
the pieces the NER spans are cut into come from ner_pieces.py)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.aliases import AliasMatcher, clean_name
from pipeline.extract.entities.common_words import model_place_is_word
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.government_modifiers import modifies_plural
from pipeline.extract.entities.head_runs import BRAND_BEFORE  # 'eMPF ', 'iAM ' before a capitalised word
from pipeline.extract.entities.name_spans import LEFT_STOP as LEFT_STOP_WORDS
from pipeline.extract.entities.name_types import PLACE_LABELS
from pipeline.extract.entities.references import anaphor_confidence, is_acronym, spell_out, spelled_prefix
from pipeline.extract.entities.spans import CONNECTORS, Cand, singular, synthetic_id
from pipeline.native import python_class

INNER_ACRONYM = re.compile(r"[ \t]+\([A-Z][\w&]{1,9}\)(?=[ \t]+[A-Z])")  # 'Council (LegCo) Secretariat'
# 'the Basel-based board', 'a Zug-headquartered fund': a capitalised name before '-based' is where something is
LOCATED_AT = re.compile(r"-(?:based|headquartered)\b")
# 'Singapore-based YCH Group': where the body is, then its name (the model's span takes in the adjective)
LOCATED_LEAD = re.compile(r"[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*)*-(?:based|headquartered)[ \t]+(?=[A-Z])")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
HYPHEN_WORD = re.compile(r"-[a-z]")
AND_BEFORE = re.compile(r"\band\s+$")
INNER_CAPITAL = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z][a-z]\w*")  # 'BlackRock' ('McAllen', 'MacKay' are towns)
ROMAN_AFTER = re.compile(r"[ \t]+(?:I{1,3}|IV)\b(?![\w'’-])")  # 'Basel III', 'Basel IV'
NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
SPELLED_AFTER = re.compile(r"[ ]\(([A-Z][A-Za-z&]{1,9})\)")  # 'Marina Bay Sands (MBS)'
JOINED = re.compile(r"(?:[ ]?[-–][ ]?[A-Z][\w'’]*(?:[ ][A-Z][\w'’]*)*)*[ ]?[-–][ ]?")  # '-', '- ', '-Dongguan-'

# a works label and its number after a place: 'X Phase 2', 'X Stage 2A', 'X Phase II' (facilities_en.WORKS_LABEL_NEXT)
WORKS_TAIL = re.compile(r"[ ](?:Phase|Stage|Package)([ ](?:\d{1,2}[A-Z]?|[IVX]{1,4}))?")
WORKS_NEXT = re.compile(r"[ ](?:\d{1,2}[A-Z]?|[IVX]{1,4})\b")


@python_class
class NerMerge:
    """Needs the recognizer's gazetteer (`entries`, `matcher`), its per-document state (`members`,
    `member_spans`) and word lists, and the head, reference and evidence rules of the other mixins."""

    entries: dict[str, Entry]
    matcher: AliasMatcher
    members: set[str]
    member_spans: list[tuple[int, int]]
    not_entities: set[str]
    verbs: set[str]
    room_words: set[str]
    accord_nouns: set[str]
    blocked: set[str]
    region_modifiers: set[str]
    compass_words: set[str]
    evidence: Any
    from_entry: Any
    name_index: Any
    instrument_after: Any
    medium_after: Any
    head_kind: Any
    head_word: Any
    head_type: Any
    plural_head: Any
    folded_entry: Any
    anaphoric: Any
    antecedent: Any
    text_government: Any
    type_entity: Any

    def merge_ner(self, text: str, cands: list[Cand], ner: list[tuple[int, int, str]],
                  defs: dict[str, Cand]) -> list[Cand]:
        base = sorted(cands, key=lambda c: c.start)  # gazetteer and spelled-out names: never overlapping
        starts = [c.start for c in base]
        alive = [True] * len(base)
        added: list[Cand] = []
        known = [c for c in base if c.label]  # (their index is built at the first phrase that refers back)
        names: Any = None
        for s, e, label in ner:
            if label == "ORG" and self.medium_after(text, e):
                k = text.rfind(" ", s, e)  # 'the Ministry of X YouTube channel': the body, then the medium it uses
                if k > s and self.head_kind(text[k + 1:e]) is None and text[k + 1:k + 2].isupper():
                    e = k
            brand = BRAND_BEFORE.search(text, max(0, s - 16), s) if label == "ORG" else None
            s = brand.start() if brand else s  # 'eMPF' + ' Platform Company Limited': the name's lower-case start
            lead = LOCATED_LEAD.match(text, s, e) if label == "ORG" else None
            s = lead.end() if lead else s
            whole = [m for m in self.member_spans if m[0] <= s and e <= m[1]]
            if whole:  # '42 Harbour Ventures' listed as a company: the NER's 'Harbour Ventures' is part of it
                s, e = whole[0]
            if LOCATED_AT.match(text, e) and text[s - 1:s] != "-" and (
                    label in PLACE_LABELS or label == "ORG" and text[s:e].istitle() and " " not in text[s:e]):
                label = "GPE"  # 'Basel-based', 'Lyon-based' (the NER reads a bare town as ORG too)
            elif HYPHEN_WORD.match(text[e:e + 2]) or text[s - 1:s] == "-":
                continue  # part of a hyphenated word ('Owner-occupiers', 'KC-cum-CCCs')
            if label in PLACE_LABELS and (AliasMatcher.currency_prefix(text, e) or
                                          AliasMatcher.currency_name(text[s:e])) or \
                    text.endswith("Government", s, e) and (self.instrument_after(text, e) or e - s == 10 and
                                                            modifies_plural(text, e, self.verbs, s)):
                continue  # 'the Hong Kong dollar': a currency, not a place; 'US Government securities': bonds; 'the
                # Government departments': the departments
            near = [i for i in range(max(0, bisect_right(starts, s) - 1), bisect_left(starts, e))
                    if alive[i] and base[i].start < e and s < base[i].end]
            inside = [i for i in near if s <= base[i].start and base[i].end <= e]
            exact = [i for i in inside if (base[i].start, base[i].end) == (s, e)]
            if exact:
                c = base[exact[0]]
                if c.label is not None and c.method == "rule":
                    base[exact[0]] = replace(c, method="rule+ner", confidence=max(c.confidence, 0.95))
                continue
            if len(inside) < len(near):
                continue  # crosses a gazetteer name: the gazetteer wins
            surface = text[s:e]
            works = WORKS_TAIL.fullmatch(text, base[inside[0]].end, e) if len(inside) == 1 else None
            if works and base[inside[0]].label == "PLACE" and (works.group(1) or WORKS_NEXT.match(text, e)):
                continue  # 'Kai Tak Sports Park Phase 2': the known place and its works label (DECISIONS 19)
            if label == "EVENT":  # an event or programme named after a body: no entity, nor the places in it
                for i in inside:
                    alive[i] = alive[i] and self.owner(text, base[i])
                added.append(Cand(s, e, None, "", surface))
                continue
            full = defs.get(surface)
            if full is not None and not inside:
                if full.label is not None:  # 'HA' after 'Hospital Authority (HA)'
                    added.append(replace(full, start=s, end=e, method="rule+ner", confidence=0.9,
                                         acronym=surface if is_acronym(surface) else full.acronym))
                continue
            k = surface.find(" and ")
            if k > 0 and any(base[i].end == s + k for i in inside):  # 'HSBC and DBS Bank': two names
                s += k + 5
                surface = text[s:e]
                inside = [i for i in inside if base[i].start >= s]
            if inside:
                head = self.head_word(surface)
                head_at = s + surface.rfind(head) if head else -1
                kind = "INSTITUTION" if surface in self.members else self.head_type(surface) if head else None
                plural = kind in ("INSTITUTION", "PLACE") and self.plural_head(surface) or kind == "PLACE" and \
                    singular(head) != head and AND_BEFORE.search(text, max(0, s - 6), s) is not None  # 'X and Y NDAs'
                if plural:
                    if kind == "PLACE":
                        continue  # 'Jiangxi Provinces': the gazetteer's place, not a plural name
                    kind = "NOT"  # 'Regional Procurement Centres (RPCs)': a class of bodies, nor the body in it
                named = [i for i in inside if base[i].label is None and base[i].start <= head_at < base[i].end]
                if kind == "NOT" and named:  # 'Shenzhen- Hong Kong Stock Connect': the known programme's name runs
                    for i in inside:  # back over the places hyphened to it; they are its name, no mentions
                        if base[i].label == "PLACE" and JOINED.fullmatch(text, base[i].end, base[named[0]].start):
                            alive[i] = False
                    continue
                if kind == "PLACE" and len(inside) == 1 and self.named_facility(text, s, base[inside[0]]):
                    alive[inside[0]] = False  # 'Jewel Changi Airport': a complex named after the known airport
                    canonical = clean_name(surface)
                    added.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "",
                                      base[inside[0]].country_code, "", "rule+ner", 0.75))
                    continue
                if kind is None or any(base[i].start <= head_at < base[i].end for i in inside):
                    spelled = self.spelled_kind(text, s, e, label)
                    if spelled is not None and all(base[i].label == "PLACE" for i in inside):
                        for i in inside:  # 'Marina Bay Sands (MBS)', 'Resorts World Sentosa (RWS)': the acronym
                            alive[i] = False  # spells one name, and the place in it is no mention
                        canonical = clean_name(surface)
                        added.append(Cand(s, e, spelled, synthetic_id(spelled, canonical), canonical, "", "", "",
                                          "rule+ner", 0.7) if spelled else Cand(s, e, None, "", surface))
                    continue
                if kind == "INSTITUTION" and self.room_of_body(text, head_at, [base[i] for i in inside]):
                    for i in inside:  # 'the Legislative Council Chamber': a room in the body's building, no body;
                        alive[i] = alive[i] and self.owner(text, base[i])  # nor the body (a longer name's part)
                    added.append(Cand(s, e, None, "", surface))
                    continue
                if kind == "NOT":
                    e = head_at + len(head)  # 'Budget Speech in the Legislative Council': the name ends at its head
                    surface = text[s:e]
                    inside = [i for i in inside if base[i].end <= e]
                for i in inside:  # a place modifying a class of bodies stays: 'the Mainland Economic ... Offices'
                    alive[i] = alive[i] and (plural and base[i].label == "PLACE" or self.owner(text, base[i]))
                if kind == "NOT":
                    added.append(Cand(s, e, None, "", surface))
                    continue
                canonical = self.full_name(surface, defs)
                codes = {base[i].country_code for i in inside}  # 'Tuas Power Station' opening with the known
                code = codes.pop() if kind == "PLACE" and len(codes) == 1 and base[inside[0]].start == s else ""
                added.append(Cand(s, e, kind, synthetic_id(kind, canonical), canonical, "", code, "", "ner", 0.7))
                continue  # company Tuas Power (SG) is a site in that company's country (review reven S4)
            entry = self.capitals_entry(surface) or self.folded_entry(surface)  # or 'Greater bay Area'
            if entry is None and text[e:e + 2] in ("'s", "’s") and " " in surface:
                entry = self.folded_entry(surface + "'s")  # 'Standard & poor’s' (a report's small capitals): a name
                e = e + 2 if entry is not None else e  # that ends in a possessive, which the model leaves out
            if entry is not None:  # 'SINGAPORE - ...' (a dateline), 'HONG KONG MONETARY AUTHORITY' (a title)
                added.append(self.from_entry(s, e, entry, "rule+ner", 0.9))
                continue
            if label in PLACE_LABELS and INNER_CAPITAL.fullmatch(surface):
                label = "ORG"  # 'BlackRock', 'PayPal': a capital inside one word makes a brand's name, no town's
            if label in PLACE_LABELS and self.accord_after(text, e):
                added.append(Cand(s, e, None, "", surface))
                continue  # 'Basel III', 'the Basel standards': rules named after a town no gazetteer lists
            if THE_BEFORE.search(text[max(0, s - 5):s]) and self.anaphoric(surface.split()):
                if names is None:
                    names = self.name_index(known, text)
                target = self.antecedent(surface, s, names)
                if target is None and added:  # 'the Review Group' after an NER name ('Bond Market Review Group')
                    target = self.antecedent(surface, s, self.name_index([c for c in added if c.label], text))
                target = self.text_government(target, surface)  # ('the Government' of a text naming no place)
                if target is not None:  # 'the Commission' after 'the European Commission'
                    added.append(replace(target, start=s, end=e, method="rule+ner",
                                         confidence=anaphor_confidence(target)))
                    continue
            if surface in self.members and surface not in self.not_entities or \
                    label == "ORG" and surface.isupper() and surface not in self.blocked and \
                    self.evidence.speaks_anywhere(text, surface):
                kind = "INSTITUTION"  # 'tech companies like Kestrel': the NER's GPE is wrong; 'OCBC announced'
                # (an acronym no text spells out that announces or signs is a body; not one the text defines for
                # common words: 'fiat-referenced stablecoins (FRS) ... issues an FRS')
            else:
                kind = self.type_entity(surface, label, text, s)
                if kind == "INSTITUTION" and label == "ORG" and self.head_type(surface) is None and \
                        not self.evidence.acts_anywhere(text, surface):
                    if not any(ms < e and s < me for ms, me in self.member_spans):
                        # nor a head run inside it ('Food Group' in 'Flagship Food Group Chatsworth')
                        added.append(Cand(s, e, None, "", surface))
                    continue  # no head word, no entry, no use as an actor: a product, event or campus
            if kind is None or kind == "PLACE" and label in PLACE_LABELS and model_place_is_word(text, s, e) and \
                    all(self.head_kind(w) is None for w in surface.split()):
                continue  # ('Yet, the bureau said', 'the Buy or Rent Option', 'Green Form': everyday words, no place)
            canonical = self.full_name(surface, defs)
            conf = 0.7 if self.head_type(surface) or surface in self.members else 0.6
            added.append(Cand(s, e, kind, synthetic_id(kind, canonical), canonical, "", "", "", "ner", conf))
        cands = [c for i, c in enumerate(base) if alive[i]] + added
        cands.sort(key=lambda c: (c.start, c.end))
        return cands

    def room_of_body(self, text: str, head_at: int, inside: list[Cand]) -> bool:
        """A room word right after a body's name ('Legislative Council Chamber', 'X Council Conference Room'):
        the room where the body sits (data: room_words), not another body."""
        for c in inside:
            if c.label == "INSTITUTION" and text[c.end:head_at].strip() == "" and \
                    any(text.startswith(w, c.end + len(text[c.end:head_at])) for w in self.room_words):
                return True
        return False

    def accord_after(self, text: str, end: int) -> bool:
        """A Roman numeral ('Basel III') or a word of rules ('Basel standards', 'Basel capital rules': not_entities
        `accord_nouns`) right after a name: the name is that of an accord, not a place."""
        if ROMAN_AFTER.match(text, end):
            return True
        m = NEXT_LOWER.match(text, end)
        return m is not None and m.group(1) in self.accord_nouns

    def named_facility(self, text: str, s: int, place: Cand) -> bool:
        """An NER name that ends with a known facility of two words or more ('Changi Airport', '... Science Park')
        and adds one or two capitalised words of its own before it names another facility there ('Jewel Changi
        Airport'); words that only locate or qualify the known one ('Northern', 'Greater', a known place) do not."""
        entry = self.entries.get(place.entity_id)
        words = text[place.start:place.end].split()
        extra = text[s:place.start].split()
        return place.label == "PLACE" and entry is not None and place.end > s and len(words) >= 2 and \
            self.head_kind(words[-1]) == "PLACE" and 1 <= len(extra) <= 2 and \
            all(w[:1].isupper() and w.isalpha() and w not in self.region_modifiers and w not in self.compass_words
                and w not in LEFT_STOP_WORDS and not list(self.matcher.find(w)) for w in extra)

    def spelled_kind(self, text: str, s: int, e: int, label: str) -> str | None:
        """PLACE, INSTITUTION or '' for a name of three words or more that its bracketed acronym spells right after it
        ('Marina Bay Sands (MBS)'): a body when the name or acronym acts in the text ('MBS said'), else a place when
        the model reads one, else '' (no entity: 'Hong Kong Trade Repository (HKTR)', a system); None when no
        acronym spells it."""
        m = SPELLED_AFTER.match(text, e)
        if m is None or len(text[s:e].split()) < 3 or spell_out(text, m.start(1) - 1, m.group(1)) != (s, e):
            return None
        acr, surface = m.group(1), text[s:e]
        if self.evidence.acts_anywhere(text, surface) or self.evidence.acts_anywhere(text, acr) or \
                self.evidence.speaks_anywhere(text, acr):
            return "INSTITUTION"
        return "PLACE" if label in PLACE_LABELS else ""

    @staticmethod
    def owner(text: str, cand: Cand) -> bool:
        """A name before a possessive owns what follows; it is a mention: 'the Singapore Government's Budget'."""
        return text[cand.end:cand.end + 2] in ("'s", "’s")

    def full_name(self, surface: str, defs: dict[str, Cand]) -> str:
        """The canonical form of a name no gazetteer knows, with an acronym inside it spelled out: 'Legislative
        Council (LegCo) Secretariat' and 'LegCo Secretariat' are the 'Legislative Council Secretariat'."""
        name = spelled_prefix(INNER_ACRONYM.sub("", surface), defs)
        first, _, rest = name.partition(" ")
        if rest and is_acronym(first):
            found = list(self.matcher.find(first))
            if len(found) == 1 and found[0][:2] == (0, len(first)) and found[0][2].table == "institution":
                name = f"{found[0][2].canonical} {rest}"
        return clean_name(name)

    def capitals_entry(self, surface: str) -> Entry | None:
        """The gazetteer entry of a name written in capitals ('SINGAPORE', 'PEOPLE'S BANK OF CHINA'); acronyms of
        four letters or fewer are names as they stand."""
        if not surface.isupper() or len(surface) <= 4:
            return None
        titled = " ".join(w.lower() if w.lower() in CONNECTORS else w[:1] + w[1:].lower() for w in surface.split())
        found = list(self.matcher.find(titled))
        return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(titled)) else None
