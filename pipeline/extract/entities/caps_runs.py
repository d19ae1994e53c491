"""Text + the document's candidates → bodies named in runs of capitals: contents lists and headings of annual
reports ('MANAGEMENT BOARD MPF SCHEMES ADVISORY COMMITTEE THE MANDATORY PROVIDENT FUND SCHEMES AUTHORITY'), where
the NER glues headings together and case-sensitive aliases miss the names.

A run of two or more upper-case words is read in title case (same offsets: 'Mpf' stays 'MPF' when the text uses
it as an acronym elsewhere). Each institution head in it ('Board', 'Committee', 'Authority') closes a name that
begins after the previous heading's last word (a head of any kind, a possessive, a heading noun such as 'Report'
or 'Statement', or 'The'); its 'of/on/for' complement is read with the usual tail rules ('COMMITTEE OF SUPPLY
DEBATE' is an event). A name is kept when the gazetteer knows it or its head types it as a body. An acronym that is
also a function word ('WHO', 'US') beside other function words in capitals ('WHO WE ARE') is a phrase, no name.

Mixed into `EntityRecognizer` (it needs `matcher`, `head_kind`, `type_entity`, `tail`, `from_entry`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import CONNECTORS, Cand, synthetic_id
from pipeline.native import python_class

# (a page number glued to a running header starts no word of it: '59HONG KONG X AUTHORITY' reads from 'HONG'; three
# capitals after one to three digits, '5G NETWORK', '3D PRINTING': a label, no page). The pattern opens with its
# capital and tests what stands before it from after it ('[A-Z](?<!X[A-Z])' is '(?<!X)[A-Z]'), so `re` skips to the
# capitals at once instead of trying the lookbehinds at every position (the same matches; 0.26 -> 0.03 ms per
# 300-word document and scan)
CAPS_WORD = re.compile(r"[A-Z](?:(?<![\w'’&.-][A-Z])|(?:(?<=(?<![\w.,-])\d[A-Z])|(?<=(?<![\w.,-])\d\d[A-Z])"
                       r"|(?<=(?<![\w.,-])\d\d\d[A-Z]))(?=[A-Z]{2}))[A-Z0-9'’&.-]*(?![\w'’&-])")
CAPS_WORDS = CAPS_WORD
GAP = re.compile(r"[ \t]+(?:&[ \t]+)?")  # an ampersand joins a name's words: "STANDARD & POOR'S"
POSSESSIVE = re.compile(r"['’]S$")
LEAD_THE = re.compile(r"[ \t\n]*(?:[Tt]he[ \t]+)?")
# words that make a capitals run a phrase, not a name: an indefinite article, a possessive determiner
PHRASE_WORDS = {"A", "An", "Your", "Our", "My", "Their", "His", "Her", "Its"}
# words of a title-cased run no body's name holds before its head: the article, the agent of a speech and the place
# of a sitting ('SPEECH BY MINISTER X IN PARLIAMENT')
NAME_BREAKS = frozenset(("the", "By", "in", "for"))  # ("ITEM FOR PUBLIC WORKS SUBCOMMITTEE": the name starts after "for")


class StopWords:
    """spaCy's English stop words, imported at the first lookup: importing the rules must not import spaCy
    (the run's own process imports no model, and spaCy's import alone costs ~0.5 s and ~50 MB: issue 15)."""

    words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            from spacy.lang.en.stop_words import STOP_WORDS as words

            self.words = frozenset(words)
        return word in self.words


STOP_WORDS = StopWords()


def caps_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of two or more upper-case words separated only by spaces or tabs."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for m in CAPS_WORDS.finditer(text):
        if run and GAP.fullmatch(text, run[-1].end(), m.start()) is None:
            if len(run) >= 2:
                runs.append(run)
            run = []
        run.append(m)
    if len(run) >= 2:
        runs.append(run)
    return [r for r in runs if not (text[r[0].start() - 1:r[0].start()] == "(" and text[r[-1].end():r[-1].end() + 1] == ")")
            and (any(len(m.group()) > 4 for m in r) or sum(m.group().lower() in STOP_WORDS for m in r) >= 2)]
    # (a bracketed run is part of a longer title: 'BANKING (SPECIFICATION OF MULTILATERAL DEVELOPMENT BANK) NOTICE')


@python_class
class CapsRuns:
    """Needs the gazetteer matcher and the typing rules of `EntityRecognizer`."""

    matcher: Any
    head_kind: Any
    type_entity: Any
    tail: Any
    from_entry: Any
    in_context: Any
    entries: dict[str, Any]
    heading_nouns: set[str]
    event_heads: set[str]
    post_heads: set[str]

    def titled(self, text: str, runs: list[list[re.Match[str]]]) -> str:
        """The text with every capitals run in title case (offsets unchanged); a word the text also uses in
        capitals outside the runs, or a known alias written in capitals, stays as it is ('MPF', 'SFC')."""
        inside = {m.start() for run in runs for m in run}
        outside = {m.group() for m in CAPS_WORDS.finditer(text) if m.start() not in inside}
        chars = list(text)
        for run in runs:
            for m in run:
                w = m.group()
                if w.lower() in CONNECTORS:
                    new = w.lower()
                elif w == "S" and text[m.start() - 1:m.start()] == " ":
                    chars[m.start() - 1:m.end()] = "'s"  # 'MOODY S': a possessive whose apostrophe the PDF lost
                    continue
                elif w in outside or len(w) <= 4 and list(self.matcher.find(w)) and w.lower() not in STOP_WORDS:
                    continue
                else:
                    new = w[0] + w[1:].lower()
                chars[m.start():m.end()] = new
        return "".join(chars)

    def phrase_acronym(self, text: str, s: int, e: int) -> bool:
        """'WHO' in 'WHO WE ARE': an acronym that is a function word, beside another function word in capitals."""
        word = text[s:e]
        if not word.isupper() or word.lower() not in STOP_WORDS:
            return False
        before = re.search(r"([A-Z]+)[ \t]+$", text[max(0, s - 12):s])
        after = re.match(r"[ \t]+([A-Z]+)(?![\w'’])", text[e:e + 12])
        return any(m is not None and m.group(1).lower() in STOP_WORDS for m in (before, after))

    def caps_cands(self, text: str, cands: list[Cand]) -> list[Cand]:
        """Bodies named inside capitals runs, and the candidates they replace there (see the module doc)."""
        runs = caps_runs(text)
        if not runs:
            return cands
        titled = self.titled(text, runs)
        found: list[Cand] = []
        for run in runs:
            words = [titled[m.start():m.end()] for m in run]
            first = 0  # the first word of the name being read
            for i, w in enumerate(words):
                kind = self.head_kind(w)
                if kind == "INSTITUTION":
                    cand = self.caps_name(text, titled, run, first, i)
                    if cand is not None:
                        found.append(cand)
                if kind == "PLACE" and i + 1 < len(words) and self.head_kind(words[i + 1]) == "INSTITUTION":
                    continue  # 'PUBLIC WORKS SUBCOMMITTEE', 'MARINE PARK AUTHORITY': the place word modifies the body
                if kind in ("INSTITUTION", "PLACE") or w in NAME_BREAKS or w in self.heading_nouns or \
                        w in self.post_heads or POSSESSIVE.search(run[i].group()):
                    first = i + 1  # (a programme word goes on: 'MPF SCHEMES ADVISORY COMMITTEE'; a speaker's title,
                    # 'by' and 'in' end the words before: 'SPEECH BY DEPUTY PRIME MINISTER X IN PARLIAMENT' names
                    # Parliament only)
        for run in runs:  # a known body anywhere in the run ('EXECUTIVES' MEETING OF ... CENTRAL BANKS (EMEAP)'); an
            # alias that needs context needs it in capitals too ("TODAY'S STANDARD OF LIVING": no paper)
            a = run[0].start()
            for s, e, entry in self.matcher.find(titled[a:run[-1].end()]):
                if entry.table == "institution" and (" " in titled[a + s:a + e] or "'" in titled[a + s:a + e]) and \
                        not self.before_thing(titled, a + e) and \
                        self.in_context(text, titled[a + s:a + e], entry) is entry and \
                        not any(f.start < a + e and a + s < f.end for f in found):
                    found.append(self.from_entry(a + s, a + e, entry, "rule", 0.8))
        cands = [self.after_phrase(text, c, runs) for c in cands]
        spans = [(run[0].start(), run[-1].end()) for run in runs]
        kept = [c for c in cands
                if not any(f.start < c.end and c.start < f.end and (c.label is None or f.end - f.start > c.end - c.start)
                           for f in found)
                and not (any(a <= c.start and c.end <= b for a, b in spans) and self.before_thing(titled, c.end))]
        taken = [(c.start, c.end) for c in kept]
        return kept + [f for f in found if not any(s < f.end and f.start < e for s, e in taken)]

    def after_phrase(self, text: str, c: Cand, runs: list[list[re.Match[str]]]) -> Cand:
        """A new name ('VISION Quality WHO WE ARE The Ruritania Pensions Authority') that runs over a heading in
        capitals made of function words ('WHO WE ARE', 'ABOUT US') begins after that heading."""
        if c.label is None or c.entity_id in self.entries:
            return c
        for run in runs:
            if not (c.start <= run[0].start() and run[-1].end() < c.end) or \
                    sum(m.group().lower() in STOP_WORDS for m in run) < 2:
                continue
            lead = LEAD_THE.match(text, run[-1].end())  # (always matches, perhaps empty)
            start = lead.end() if lead else run[-1].end()
            if start >= c.end or not text[start].isupper():
                return c
            canonical = clean_name(text[start:c.end])
            return Cand(start, c.end, c.label, synthetic_id(c.label, canonical), canonical, "", c.country_code, "",
                        c.method, c.confidence)
        return c

    def before_thing(self, titled: str, end: int) -> bool:
        """'COS SPEECH', 'LEGISLATIVE COUNCIL BRIEF': a body's name in capitals right before a programme, event or
        document word premodifies that thing (DECISIONS 27), no mention of the body."""
        m = re.match(r"[ \t]+([A-Z][a-z]+)\b", titled[end:end + 20])
        return m is not None and (self.head_kind(m.group(1)) == "NOT" or m.group(1) in self.heading_nouns or
                                  m.group(1) in self.event_heads)

    def caps_name(self, text: str, titled: str, run: list[re.Match[str]], first: int, head: int) -> Cand | None:
        while first < head and titled[run[first].start():run[first].end()] in CONNECTORS:
            first += 1
        if any(titled[run[k].start():run[k].end()] in PHRASE_WORDS for k in range(first, head)):
            return None  # 'D. A FAIR AND EQUITABLE SOCIETY', 'STATUS AS AN INTERNATIONAL FINANCIAL CENTRE': an
            # article makes the heading a phrase about a kind of thing, no body's name; so does a possessive
            # determiner ('YOUR PREMIER BANK', 'OUR TRUSTED PARTNER': a slogan addressed to the reader)
        s, e = run[first].start(), run[head].end()
        if re.match(r"[ \t]+(?:of|on|for)[ \t]", titled[e:e + 5]):  # 'PANEL ON FINANCIAL AFFAIRS'
            end, kind = self.tail(titled, e, after_head=True)
            if kind == "NOT":
                return None  # 'COMMITTEE OF SUPPLY DEBATE': an event named after the body
            e = min(end, run[-1].end()) if end > e else e
        if self.before_thing(titled, e):
            return None  # 'LEGISLATIVE COUNCIL BRIEF': a kind of paper named after the body
        surface = titled[s:e]
        hits = [x for a, b, x in self.matcher.find(surface) if (a, b) == (0, len(surface))]
        if hits:
            return self.from_entry(s, e, hits[0], "rule", 0.8)  # type: ignore[no-any-return]
        if " " not in surface or self.type_entity(surface, "ORG", titled, s) != "INSTITUTION":
            return None
        canonical = clean_name(surface)
        return Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "", "rule", 0.6)
