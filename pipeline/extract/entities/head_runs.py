"""Text + the document's candidates → names the NER missed: runs of capitalised words that end in an
institution or place head ('Government Information Bureau', 'Sandy Ridge'), and the acronyms a document
defines for programmes ('Direct Subsidy Scheme (DSS)'), which then name no body.

Mixed into `EntityRecognizer` (it needs `tail`, `head_kind`, `head_type`, `type_entity`, `role_or_system`
and `not_entities`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.name_spans import LEFT_STOP
from pipeline.extract.entities.name_types import kind_before
from pipeline.extract.entities.references import spell_out
from pipeline.extract.entities.spans import CONNECTORS, Cand, singular, synthetic_id
from pipeline.native import python_class

HEAD_OF = re.compile(r"[ ](?:on|of|for)[ ]+(?:the[ ]+)?[A-Z]")
# the capitalised run right before a bracket ('the Chief Secretary for Administration' + ' (CS)')
RUN_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’-]*[ ]+(?:(?:for|of|and|the)[ ]+)*){0,7}[A-Z][\w'’-]*)[ ]*$")
# 'the ex-Lamma Quarry site': a former site; a dash opening a line is a list item's mark, glued to the name after it
# ('-Legal Aid Council'). The capital comes first and the tests of what stands before it are made after it
# ('[A-Z](?<!X[A-Z])' is '(?<!X)[A-Z]'): `re` skips to the capitals at once (the same matches)
CAPITALISED = re.compile(r"[A-Z](?:(?<![\w&'’.-][A-Z])|(?<=\bex-[A-Z])|(?<=\n[-–][A-Z])|(?<=^[-–][A-Z]))[\w'’&+]*")
NUMBER_OR_PAREN_BEFORE = re.compile(r"(?:\d\w*|\))[ \t]+$")  # on the same line
# a contents list run together: 'MPF Schemes Advisory Committee 24 MPF Industry Schemes Committee 26 ...' (a page
# number between two headings, a capitalised word before it) does not make the next heading a fragment
BRAND_BEFORE = re.compile(r"(?<![\w'’&.-])[a-z][A-Z][\w&]*[ \t]+$")  # 'eMPF ', 'iAM ' right before a capitalised word
WORD_BEFORE = re.compile(r"([A-Z][\w'’&-]*)[ \t]+$")  # the capitalised word a run starts after
PAGE_NUMBER_BEFORE = re.compile(r"[A-Z][\w'’]*[ \t]+\d{1,3}[ \t]+$")
# 'three Industrial Estates', 'several Technology Parks': a count before a plural head counts a class of things
# 'the Financial Secretary Incorporated', 'the Director of Social Welfare Incorporated': an office made a corporation
# sole by statute is named by the office's title and 'Incorporated'; the whole run is one body
SOLE_RUN = re.compile(r"(?<![\w'’&-])((?:[A-Z][\w'’&-]*[ ]+(?:(?:of|for|and|the)[ ]+)*){1,8})Incorporated\b")
CODE_BEFORE = re.compile(r"(?<!\S)\S*\d\S*/$")  # a reference code with a digit, up to a slash: 'CB1/PL/'
# 'Real Estate Trends: ...', 'Property Market Outlook: ...': a label that opens a line and ends in a colon is
# headed by its last word; a place head inside it ('Estate') names no place
# so is a contents line's entry headed by a plural, and its pages: 'Development of Former Quarry Sites 103'
LABEL_REST = re.compile(r"(?:[ ][A-Z][\w'’&-]*)+:|(?:[ ][A-Z][\w'’&-]*s)+[ ]+\d{1,3}(?:[–-]\d{1,3})?[ \t]*(?:\n|$)")
LABEL_START = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w'’&-]*[ ])*$")
# 'HONG KONG The Global ... Hub': words set in capitals, then a capitalised article on the same line are two phrases
# (a cover or title line typeset so); no name runs from the capitals across the article
CAPS_THEN_ARTICLE = re.compile(r"(?:[A-Z]{2,}[ ]+)+(?=(?:The|A|An|Our)[ ][A-Z])")
# 'the IT Lab in Secondary Schools Programme', 'the X Centre for Y Pilot Scheme': a body's name before 'in' / 'for' and
# a capitalised run that a programme's head ends is the first part of the programme's name, no body (eninst, s18)
# ('at' opens an address, no programme's name: 'The Smart Living Centre at Science Park Road' — mendena, s18 review M6)
PROGRAMME_REST = re.compile(r"[ ](?:in|for)[ ]+(?:[A-Z][\w'’&-]*[ ]+){0,5}([A-Z][\w'’&-]*)(?![\w'’&-])")


def programme_rest(text: str, end: int, programme_head: Any) -> int:
    """The end of a programme's name that a body's name ending at `end` opens ('Lab' + ' in Secondary Schools
    Programme'), else 0. `programme_head`: a programme's head word, no road's nor a post's (NameTypes)."""
    rest = PROGRAMME_REST.match(text, end)
    return rest.end() if rest is not None and programme_head(rest.group(1)) else 0


COUNT_BEFORE = re.compile(r"(?<![\w-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"several|many|numerous|various)[ \t]+$", re.IGNORECASE)


@python_class
class HeadRuns:
    """Needs the `NameTypes`/`NameSpans`/`KindRules` methods of `EntityRecognizer`."""

    not_entities: set[str]
    post_modifiers: set[str]
    post_heads: set[str]
    instrument_after: Any
    tail: Any
    head_kind: Any
    programme_head: Any
    head_type: Any
    head_word: Any
    plural_head: Any
    type_entity: Any
    role_or_system: Any
    matcher: Any

    def head_runs(self, text: str, cands: list[Cand]) -> list[Cand]:
        """Names the NER missed: a run of capitalised words ending in an institution or place head
        ('Government Information Bureau', 'Sandy Ridge'), typed like an NER name, method `rule`."""
        taken = bytearray(len(text))
        for c in cands:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out = []
        pos = 0
        for m in CAPITALISED.finditer(text):
            if m.start() < pos or taken[m.start()] or m.group() in LEFT_STOP or m.group() in self.post_modifiers:
                continue  # ('Acting Government Economist': a post's title)
            caps = CAPS_THEN_ARTICLE.match(text, m.start())
            if caps is not None:
                pos = caps.end()
                continue  # the capitals end a phrase of their own; the scan goes on at the article
            if "/" in text[max(0, m.start() - 2):m.start()] and CODE_BEFORE.search(text, max(0, m.start() - 24),
                                                                          m.start()):  # ('/' first: cheap)
                continue  # 'Ref : CB1/PL/EA Panel on X': the last part of a file reference, no name's first word
            end, kind = self.tail(text, m.end())
            if self.head_kind(m.group()) == "INSTITUTION" and HEAD_OF.match(text, m.end()):
                # 'Panel on Financial Affairs', 'Committee for Women in Science': a body named by its head and topic
                end, kind = self.tail(text, m.end(), after_head=True)
                kind = "INSTITUTION" if end > m.end() and kind != "NOT" else kind
            while end > m.start() and text[end - 1] in "'’":
                end -= 1
            if kind not in ("INSTITUTION", "PLACE") or any(taken[m.start():end]) or \
                    text.endswith("Government", m.start(), end) and self.instrument_after(text, end):
                continue  # ('Reserves Management Government Securities': bonds)
            if kind == "PLACE" and LABEL_REST.match(text, end) and LABEL_START.search(text, max(0, m.start() - 60),
                                                                                      m.start()):
                pos = end
                continue  # 'Real Estate Trends:': a line's label, headed by its last word
            if NUMBER_OR_PAREN_BEFORE.search(text[max(0, m.start() - 8):m.start()]) and \
                    not PAGE_NUMBER_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                pos = end  # nor its tail: 'Financial Centre' in '(A) International Financial Centre'
                continue  # '20th National Congress' is an event; '(AI) Supercomputing Centre' a fragment
            brand = BRAND_BEFORE.search(text, max(0, m.start() - 16), m.start())
            start = brand.start() if brand else m.start()  # 'eMPF Platform Company Limited': a name may open with
            # a lower-case letter before capitals ('eMPF', 'iAM')
            surface = text[m.start():end]
            before = WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before and f"{before.group(1)} {surface}" in self.not_entities:
                pos = end
                continue  # 'Moneymarkets Unit' in 'Central Moneymarkets Unit': the end of a known non-entity
            last = surface.split()[-1]
            if singular(last) != last and COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                pos = end
                continue
            label = "ORG" if kind == "INSTITUTION" else "GPE"
            if self.type_entity(surface, label, text, m.start()) != kind:
                if self.role_or_system(surface.split(), self.head_word(surface)) or \
                        kind_before(text, m.start(), kind == "PLACE" and self.plural_head(surface), kind == "PLACE"):
                    pos = end  # nor its tail: 'Innovation and Technology Centre' in 'International ... Centre'
                continue
            rest = programme_rest(text, end, self.programme_head) if kind == "INSTITUTION" else 0
            if rest:
                pos = rest
                continue
            if any(taken[start:m.start()]):
                start = m.start()
            canonical = clean_name(text[start:end])
            out.append(Cand(start, end, kind, synthetic_id(kind, canonical), canonical, "", "", "", "rule", 0.65))
            pos = end
        return out

    def corporations_sole(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'The Financial Secretary Incorporated has appointed ...': a post's title and 'Incorporated' name the office
        as a corporation sole (a body), not the post and a company; it replaces the pieces found inside it."""
        out = list(cands)
        for m in SOLE_RUN.finditer(text):
            words = list(re.finditer(r"\S+", m.group(1)))
            heads = [k for k, w in enumerate(words) if w.group() in self.post_heads]
            if not heads:
                continue  # 'Ruritania Widgets Incorporated': a company (legal form), read as any other
            k = heads[0]  # the title starts at its post head, or at the capitalised word right before it
            k -= 1 if k > 0 and words[k - 1].group()[:1].isupper() and words[k - 1].group() not in LEFT_STOP else 0
            start = m.start(1) + words[k].start()  # ('Statement of Accounts of the Director of X Incorporated')
            canonical = clean_name(text[start:m.end()])
            out = [c for c in out if c.end <= start or m.end() <= c.start]
            out.append(Cand(start, m.end(), "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "",
                            "", "rule", 0.8))
        return sorted(out, key=lambda c: (c.start, c.end)) if len(out) != len(cands) or out != cands else cands

    def redefined_acronyms(self, text: str) -> set[str]:
        """Acronyms the document defines for words that are no known body's name: 'Government, Institution or
        Community (GIC) sites' makes 'GIC' that land use here, not the Singapore fund a gazetteer knows as 'GIC'."""
        out = set()
        for m in re.finditer(r"\(([A-Z][A-Za-z&]{1,9})\)", text):
            if sum(ch.isupper() for ch in m.group(1)) < 2:
                continue  # '(Chongqing)': a name in brackets, no acronym ('China-Singapore (Chongqing) Initiative')
            # ' or ' between the words spelled: as long as ' of ', so the offsets stay ('X, Y or Z (XYZ)')
            full = spell_out(text.replace(" or ", " of "), m.start(), m.group(1))
            if full is None:
                continue
            surface = text[full[0]:full[1]]
            found = {x.id for _, _, x in self.matcher.find(m.group(1))}
            named = {x.id for _, _, x in self.matcher.find(surface)} | \
                {x.id for _, _, x in self.matcher.find(" ".join(singular(w) for w in surface.split()))}
            if found and not found & named:  # 'International Monetary Funds (IMF)' is still the IMF
                out.add(m.group(1))
        return out

    def post_short_form(self, before: str, acronym: str) -> bool:
        """'Chief Secretary for Administration (CS)', 'Secretary for Development (SDEV)': the run before the bracket is
        a post's title (its head a post's: post_heads) whose first letter the acronym starts with."""
        m = RUN_BEFORE_BRACKET.search(before)
        if m is None:
            return False
        run = m.group(1)
        while run.split(" ", 1)[0] in LEFT_STOP and " " in run:
            run = run.split(" ", 1)[1]  # 'The Chief Secretary ...'
        return run[:1] == acronym[:1] and self.head_word(run) in self.post_heads

    def not_entity_short_forms(self, text: str) -> set[str]:
        """Acronyms a document defines for a programme, scheme or measure ('Direct Subsidy Scheme (DSS)')."""
        out = set()
        for m in re.finditer(r"\(([A-Z][A-Za-z&+]{1,9})\)", text):
            before = re.search(r"([^\W\d_][\w'’-]*)\s*$", text[max(0, m.start() - 40):m.start()])
            if before and before.group(1)[:1].islower() and before.group(1) not in CONNECTORS:
                out.add(m.group(1))  # 'small group home (SGH)': an abbreviation of common words
                continue
            if self.post_short_form(text[max(0, m.start() - 90):m.start()], m.group(1)):
                out.add(m.group(1))  # 'the Chief Secretary for Administration (CS)': a post's short title
                continue
            full = spell_out(text, m.start(), m.group(1))
            if full is None and before and self.head_kind(before.group(1)) == "NOT" and \
                    before.group(1)[:1] == m.group(1).rstrip("s")[-1:]:
                out.add(m.group(1))  # 'Comprehensive Avoidance of Double Taxation Agreements (CDTAs)': a programme
                continue  # or agreement head ends the acronym, whose letters skip a word
            if full is not None:
                surface = text[full[0]:full[1]]
                if self.head_type(surface) == "NOT" or surface in self.not_entities:
                    out.add(m.group(1))
        # 'Free Trade Agreement (FTA) ... four FTAs', '... Agreements (CDTAs) ... a CDTA': either number of the form
        return out | {f"{a}s" for a in out if not a.endswith("s")} | {a[:-1] for a in out if a.endswith("s") and len(a) > 2}
