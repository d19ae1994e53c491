"""Text → the currency a bare '$' means in it: the locale that its explicit currencies and place names
point to (the cues are the figure lexicon's `locale_cues`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.jurisdiction_evidence import evidence_cues, shared_cues
from pipeline.extract.figures.locale_bodies import gazetteer_names, gazetteer_rows
from pipeline.extract.figures.reader import lexicon
from pipeline.regexgate import LeadPattern
from pipeline.textfold import without_marks

# a pattern's literal start, and what follows (punctuation that is no regex syntax is literal: 'S&CC', 'U-Save')
_LITERAL_HEAD = re.compile(r"(?:\\b)?((?:[\w &'’,/:;@%!#<>=\"~-]|\\\W)*)(.?)")
_LITERAL_UNIT = re.compile(r"\\\W|[\w &'’,/:;@%!#<>=\"~-]")


@lru_cache(maxsize=None)  # every cue of the lexicon and the gazetteers (over 256 since session 19)
def compile_cue(pattern: str) -> tuple[re.Pattern[str], str]:
    """A locale cue, compiled, with text that every match contains ('' if unsure): most cues are absent
    from a document, and a substring test is far cheaper than a regex scan that starts with \\b."""
    head = _LITERAL_HEAD.match(pattern)
    units = _LITERAL_UNIT.findall(head.group(1)) if head is not None and not top_level_bar(pattern) else []
    if units and head is not None and head.group(2) and head.group(2) in "?*+{":
        units.pop()  # 'patacas?': the last character is optional
    return re.compile(pattern), "".join(u[-1] for u in units)


def top_level_bar(pattern: str) -> bool:
    """True when the pattern is an alternation at its top level ('a|b'); a '|' inside a group or a character
    class ('Perth\\b(?! (?:Street|Road))', a place cue) leaves every match starting with the literal head."""
    depth = 0
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def infer_currency(text: str, default: str = "HKD", lang: str = "en") -> str:
    """The currency a bare '$' means in this text: the locale its explicit currencies and places point to."""
    return pick_currency(currency_votes(text, lang), default)


def currency_votes(text: str, lang: str = "en") -> dict[str, int]:
    """Each locale's votes in this text (its explicit currencies and places), counted once per document and
    read by `pick_currency` with whatever default a caller needs: the lexicon's `locale_cues` (those in
    `locale_cues_half` count once, every other twice), for English also the place cues (twice) and the weak
    cues (one vote per distinct cue, when a text holds `min_distinct` of them). Every cue of the lexicon's
    codes and place codes has its key, even at 0."""
    counter = cue_counter(lang)
    votes = dict.fromkeys(counter.codes, 0)
    distinct: dict[str, int] = {}
    shared = shared_cues()
    for pattern, n in counter.hits(text).items():
        if pattern in shared and shared[pattern].search(text):
            continue  # a short form the text's other named jurisdiction also uses ('the Mainland's MOE')
        for weak, code, weight in counter.roles[pattern]:
            if weak:
                distinct[code] = distinct.get(code, 0) + 1
            else:
                votes[code] += n * weight
    for code in counter.weak_codes:
        d = distinct.get(code, 0)
        if d >= counter.min_distinct:
            votes[code] = votes.get(code, 0) + d
    return votes


def pick_currency(votes: dict[str, int], default: str) -> str:
    """The locale with the most votes (the default on a tie), or the default when nothing voted."""
    if not votes:
        return default
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default))
    return best[0] if best[1] > 0 else default


def count_cue(text: str, rx: re.Pattern[str], literal: str) -> int:
    """len(rx.findall(text)), visiting only where the cue's literal start occurs (str.find): a regex
    that starts with \\b gets no fast literal search and would be tried at every character."""
    if not literal:
        return len(rx.findall(text))
    n = 0
    pos = text.find(literal)
    while pos >= 0:
        m = rx.match(text, pos)  # (\\b at pos still sees the character before it)
        if m is not None:
            n += 1
            pos = max(m.end(), pos + 1)
        else:
            pos += 1
        pos = text.find(literal, pos)
    return n


class CueCounter:
    """`count_cue` for every cue of a language at once: the cues' literal starts are found by one search of
    a gate regex (the literals grouped by their first character, longest first, so a search lands on every
    position where one starts and names the longest there; the shorter ones there are its prefixes), and
    each cue is tried only at its literal's positions — the same counts as `count_cue`, without a str.find
    of every one of the ~300 cues over the whole text (0.65 of 0.94 CPU ms per 300-word document)."""

    def __init__(self, roles: dict[str, list[tuple[bool, str, int]]], codes: list[str], weak_codes: list[str],
                 min_distinct: int) -> None:
        self.roles = roles  # cue pattern → (weak?, currency, weight) for each list that holds it
        self.codes, self.weak_codes, self.min_distinct = codes, weak_codes, min_distinct
        self.cues = {p: compile_cue(p) for p in roles}
        self.by_literal: dict[str, list[str]] = {}
        for p, (_, lit) in self.cues.items():
            self.by_literal.setdefault(lit, []).append(p)
        literals = sorted(lit for lit in self.by_literal if lit)
        # a literal that starts in lower case ('pataca', 'te reo': a few) is found with str.find: in the gate its first
        # letter, one of the commonest, would have the gate tried at a tenth of the text's characters
        self.found_apart = [lit for lit in literals if lit[0].islower()]
        groups: dict[str, list[str]] = {}
        for lit in sorted((x for x in literals if not x[0].islower()), key=len, reverse=True):  # (longest first; of
            # one length, in order: a stable sort)
            groups.setdefault(lit[0], []).append(re.escape(lit[1:]))
        self.gate = re.compile("|".join(re.escape(first) + "(?:" + "|".join(rests) + ")"
                                        for first, rests in groups.items())) if groups else None
        self.prefixes = {lit: tuple(p for p in literals if lit.startswith(p)) for lit in literals}
        # a cue with no literal start is searched from its first letters, its leading \\b tested where they stand
        self.unlettered = {p: LeadPattern(self.cues[p][0]) for p in self.by_literal.get("", ())}

    def positions(self, text: str) -> dict[str, list[int]]:
        """Each literal present → where it starts, in order (overlaps included, as str.find finds them)."""
        found: dict[str, list[int]] = {}
        if self.gate is not None:
            search = self.gate.search
            m = search(text)
            while m is not None:
                at = m.start()
                for lit in self.prefixes[m.group()]:
                    found.setdefault(lit, []).append(at)
                m = search(text, at + 1)
        for lit in self.found_apart:  # (their first letters are in no literal of the gate: no position is in both)
            at = text.find(lit)
            while at >= 0:
                found.setdefault(lit, []).append(at)
                at = text.find(lit, at + 1)
        return found

    def hits(self, text: str) -> dict[str, int]:
        """pattern → count_cue(text, *compile_cue(pattern)) for every cue that occurs (count above 0)."""
        out: dict[str, int] = {}
        for lit, at in self.positions(text).items():
            for pattern in self.by_literal[lit]:
                n = count_at(text, self.cues[pattern][0], at)
                if n:
                    out[pattern] = n
        for pattern, lead in self.unlettered.items():  # (no literal start: '\\b(?:A|B) SG')
            n = sum(1 for _ in lead.finditer(text))
            if n:
                out[pattern] = n
        return out


def count_at(text: str, rx: re.Pattern[str], positions: list[int]) -> int:
    """`count_cue` with the literal's positions found already."""
    n = done = 0
    for pos in positions:
        if pos < done:
            continue
        m = rx.match(text, pos)
        if m is not None:
            n += 1
            done = max(m.end(), pos + 1)
    return n


@lru_cache(maxsize=None)
def cue_counter(lang: str) -> CueCounter:
    """The counter of every cue `currency_votes` reads for the language, with the lists that hold each."""
    cues: dict[str, list[str]] = lexicon(lang)["locale_cues"]
    half: list[str] = lexicon(lang).get("locale_cues_half", [])
    roles: dict[str, list[tuple[bool, str, int]]] = {}
    codes = list(cues)
    for code, patterns in cues.items():
        for p in patterns:
            roles.setdefault(p, []).append((False, code, 1 if p in half else 2))
    weak_codes: list[str] = []
    min_distinct = 1
    if lang == "en":
        for code, places in place_cues().items():
            codes += [] if code in codes else [code]
            for p in places:
                roles.setdefault(p, []).append((False, code, 2))
        for code, strong in evidence_cues("strong").items():  # a jurisdiction's own schemes and terms (data with sources)
            codes += [] if code in codes else [code]
            for p in strong:
                roles.setdefault(p, []).append((False, code, 2))
        min_distinct = lexicon(lang).get("locale_cues_weak", {}).get("min_distinct", 1)
        for code, weak in weak_cues().items():
            weak_codes.append(code)
            for p in weak:
                roles.setdefault(p, []).append((True, code, 1))
    return CueCounter(roles, codes, weak_codes, min_distinct)


@lru_cache(maxsize=1)
def place_cues() -> dict[str, tuple[str, ...]]:
    """Currency → cue patterns from the place gazetteers: the states, provinces and large cities of the
    countries in the lexicon's `locale_place_cues` (a state budget names its state, not its country)."""
    rules = lexicon("en")["locale_place_cues"]
    names: dict[str, set[str]] = {}
    for row in gazetteer_rows("gazetteer.places.subdivisions.jsonl"):
        code = rules["subdivision_countries"].get(str(row.get("country_code")))
        if code:
            names.setdefault(code, set()).add(str(row["canonical"]))
            iso = str(row["id"]).rpartition("-")[2].upper()
            if len(iso) >= rules["code_min_length"] and iso.isalpha():
                names[code].add(iso)
    for row in gazetteer_rows("gazetteer.places.cities.jsonl"):
        code = rules["city_countries"].get(str(row.get("country_code")))
        if code:
            names.setdefault(code, set()).add(str(row["canonical"]))
    # 'Montréal' is also written without its accent
    return {code: name_patterns(found | {without_marks(n) for n in found}) for code, found in sorted(names.items())}


def name_patterns(names: set[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Cue patterns for names: a one-word name before a street word names a street or park that may be anywhere
    ('Victoria Park', 'Perth Street' in Hong Kong), so it counts only without one."""
    after = r"(?! (?:{})\b)".format("|".join(lexicon("en")["locale_place_cues"]["street_words"]))
    return tuple(rf"\b{re.escape(n)}\b" + ("" if " " in n or n.isupper() else after) for n in sorted(names))


@lru_cache(maxsize=1)
def body_cues() -> dict[str, tuple[str, ...]]:
    """Currency → cue patterns for its country's own bodies and places (`locale_bodies.gazetteer_names`)."""
    return {code: name_patterns(names) for code, names in gazetteer_names().items()}


@lru_cache(maxsize=1)
def weak_cues() -> dict[str, tuple[str, ...]]:
    """Currency → the cues another currency's text may also hold (its country's bodies and places, and the lexicon's
    `locale_cues_weak`): each distinct one is one vote, and they vote only when a text holds `min_distinct` of them
    (a Hong Kong text that names Changi or a foreign Ministry of Manpower stays HKD)."""
    out = {code: list(patterns) for code, patterns in body_cues().items()}
    for code, patterns in lexicon("en").get("locale_cues_weak", {}).get("cues", {}).items():
        out.setdefault(code, []).extend(patterns)
    for code, patterns in evidence_cues("weak").items():
        out.setdefault(code, []).extend(patterns)
    return {code: tuple(patterns) for code, patterns in sorted(out.items())}


