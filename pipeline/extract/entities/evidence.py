"""Text → evidence that a capitalised name is or is not an organisation: named members of a list of companies,
a name in apposition to an organisation noun, a name used as an actor, a name that takes a capital 'The';
and the kinds of names with a head word that are still no body (a class of bodies, a role, a system, an award).

The statistical NER tags products, events and campuses ORG ("AquaPure", "InnoFair", "Techtopia") and companies
GPE ("Kestrel", "Kuvana"). A name with no head word ('Authority', 'Bureau', ...) and no gazetteer entry is an
institution only when the text says so: "tech companies like Kestrel, Wave and Moonbeam", "robotics
company Kuvana", "Kuvana has a plant here", "awarded by The Harbour Review". The organisation nouns are
data (`org_nouns` in not_entities.en.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.common_words import english_words, word_forms
from pipeline.extract.entities.name_types import PLURAL_ACRONYM
from pipeline.extract.entities.place_lists import towns
from pipeline.extract.entities.spans import CONNECTORS, Cand, singular, synthetic_id
from pipeline.extract.entities.system_names_en import system_name, transport_network
from pipeline.regexgate import LeadPattern, LineGated, TailGated
from pipeline.native import python_class

# 'BlackRock.1 GIC': a footnote number after a full stop ends the item
ITEM = re.compile(r"(?:\d+[ ])?[A-Z][\w&'’-]*(?:\.(?!\d{1,3}[ ]+[A-Z])\w+)*"
                  r"(?:[ ](?:&[ ])?[A-Z0-9][\w&'’-]*(?:\.(?!\d{1,3}[ ]+[A-Z])\w+)*)*")
# a name in such a list may hold 'of/for/on/the' ('the Singapore Federation of Chinese Clan Associations')
LIST_ITEM = re.compile(r"[A-Z][\w&'’-]*(?:[ ](?:(?:of|for|on)[ ](?:the[ ])?)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\b)[A-Z0-9][\w&'’-]*)*(?:[ ]\([A-Z][a-z][\w'’ -]{0,23}\))?")  # ('... Association
# on Friday': a date; 'Bank of China (Hong Kong)': a bracketed place ends a name)
LIST_SEP = re.compile(r",[ ]+(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
ACTS = (r"(?:today[ ]+|also[ ]+|now[ ]+|[a-z]+ly[ ]+)?(?:has|have|had|is|was|will|"
        r"would|said|says|announced|signed|launched|opened|invested|acquired|plans|agreed|"
        r"reported|employs|operates|serves|develops|provides|set[ ]up|established|initiated|founded|"
        r"unveiled|sponsored|funded|financed|invests|acquires|signs|launches|"
        r"partnered|merged|teamed[ ]up)\b")  # (what only a body does: enent, session 26; a programme 'formed the
# backbone of' or 'secured funding' as often: no body verbs, DECISIONS 24, review reven M10)
# 'Saudi Aramco and PetroChina signed ...': every conjunct of a subject acts (a verb only bodies take after a list;
# 'is/was/has' follow a list of places as well: 'Japan and Korea have')
CONJUNCT = r"(?:the[ ]+)?[A-Z][\w&'’.-]*(?:[ ]+(?:(?:and|of|for|on|the)[ ]+)?[A-Z][\w&'’.-]*){0,7}"
CONJOINED_ACTOR = re.compile(rf"(?:,[ ]+{CONJUNCT})*,?[ ]+and[ ]+{CONJUNCT}[ ]+(?:also[ ]+|jointly[ ]+)?"
                             r"(?:signed|announced|launched|invested|acquired|agreed|unveiled|sponsored|funded|"
                             r"financed|co-founded|founded|established|set[ ]up|formed|merged|partnered)\b")
BODY_VERB_AFTER = re.compile(r"[ ]+(?:also[ ]+|today[ ]+)?(?:announced|signed|launched|reported|invested|acquired|"
                             r"appointed|listed|issued)\b")
# 'Heliconia Capital, which deploys equity financing': what only a body does
ACTOR_AFTER = re.compile(r"(?:['’]s[ ]|[ ]+" + ACTS +
                         r"|,[ ]+which[ ]+(?:deploys|invests|manages|finances|lends|employs|acquired|signed)\b)")
CAPITAL_THE_BEFORE = re.compile(r"[a-z,;][ ]+The[ ]+$")  # 'by The Harbour Review': 'The' is part of a title
# what a name in apposition can be called that no person is ('Veqtor8, a digital risk advisory firm')
FIRM_NOUNS = ("firm|company|bank|insurer|lender|start-up|startup|conglomerate|multinational|airline|chipmaker|"
              "provider|manufacturer|maker|supplier|distributor|producer|reinsurer")  # ('X, a Dublin-based provider of')
# the nouns of a trade that a person is called as well ('John Chan, a supplier of seafood', 'a film producer'): the name
# before them is a firm only when it reads as no person's and no town's (review reven M2, session 26)
TRADE_NOUN = re.compile(r"\b(?:provider|manufacturer|maker|supplier|distributor|producer|reinsurer)\b")
# what goes on after 'X, a Singapore start-up': where it is or what it does ('a company in Japan specialising in ...')
FIRM_NEXT = r"based|headquartered|specialising|specializing|in|that|which|whose|founded|established|with|from|owned|of"
# up to four words before the noun, none of which starts a phrase of its own ('Mr Lee, a director of the firm')
MODIFIERS = r"(?:(?!(?:of|the|with|for|in|at|by|to|and)[ ])[\w-]+[ ]+){0,4}"
BODY_NEXT = (r"(?:based|headquartered|representing|that|which|whose|in|under|founded|established|set|dedicated|"
             r"for|of|with|from|serving|comprising|owned|funded)\b")
FUNCTION_WORDS = {"And", "But", "Or", "The", "In", "On", "At", "For", "By", "With", "From", "To", "Of", "As"}
NAMED_COMPLEMENT = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# 'Dedicated Teams for Attracting Businesses and Talents', 'Working Groups on Tackling X': a capitalised task after
# 'for'/'on' names one set-up, as an 'of' complement does (eninst, session 19; the gold of two PA/Budget texts)
TASK_COMPLEMENT = re.compile(r"[ \t]+(?:for|on)[ \t]+[A-Z][a-z]+ing[ \t]+[A-Z]")
# (LeadPattern: the same matches, found without trying the leading \b at every position; each title is written in
# both cases, 'Chairman|chairman' for '[Cc]hairman', so that every branch opens with a letter and `re` skips to the
# six letters they open with: 0.59 -> 0.08 ms per 2,000-word document)
HEADS_OF = LeadPattern(re.compile(
    r"\b(?:Chairman|chairman|Chairwoman|chairwoman|Chairperson|chairperson|Chief[ ][Ee]xecutive[ ][Oo]fficer|"
    r"chief[ ][Ee]xecutive[ ][Oo]fficer|CEO|Managing[ ][Dd]irector|managing[ ][Dd]irector|Co-founder|co-founder|"
    r"Founder|founder)[ ]+of[ ]+(?=[A-Z])"))  # ('Chairman of Kerry Properties' in an address's greeting)
# 'suggested Pannie Sia, General Manager, ASEAN, Workday.': a title, perhaps the region it covers, then the employer
# (LeadPattern: the optional first words written as branches of their own, 'Vice[ ]President|President' in the order
# the optional group tries them, every branch opens with a capital and `re` skips to them; the gated pattern, led by its
# gate's '\b', tried every position: the same matches, 0.24 -> 0.05 ms per 2,000-word document)
TITLE_THEN_EMPLOYER = LeadPattern(re.compile(
    r"\b(?:General[ ]Manager|Managing[ ]Director|Country[ ]Manager|Chief[ ]Executive(?:[ ]Officer)?|CEO|"
    r"Chief[ ](?:Economist|Investment[ ]Officer|Operating[ ]Officer|Financial[ ]Officer|Technology[ ]Officer)|"
    r"Vice[ ]President|President|Executive[ ]Director|Co-founder|Founder|Senior[ ]Partner|Partner|"
    r"Head[ ]of[ ][A-Z][\w&-]*)"
    r"(?:,[ ]+[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,2})?,[ ]+(?=[A-Z])"))
EMPLOYER_END = re.compile(r"[ ]*(?:[.;)\n]|$)")
# a news agency's credit: 'KUALA LUMPUR, Dec 3 (Bernama) -' or '(Reuters) -' opening a story, '... soon. - BERNAMA'
# closing one
CREDIT = re.compile(r"(?:^|\n)(?:[A-Z][A-Z .'-]+,[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}[ ]+)?\(([A-Z][A-Za-z]{2,20})\)[ ]+[-–—]"
                    r"|[.!?\"”][ ]+(?:[-–—][ ]*([A-Z][A-Za-z]{2,20})|\(([A-Z]{2,8})\))[ ]*(?:\n|$)")  # '... period. (NNT)'
# (searched only in a text holding one of the marks a credit needs, each found by a scan led by a plain character, which re
# skips to fast: ') -', ' (NNT)' or ' - AFP' at a line's end; the same matches, 0.25 -> 0.05 ms per 2,000-word document)
CREDIT_MARKS = (re.compile(r"\)[ ]+[-–—]"), re.compile(r"[ ]\([A-Z]{2,8}\)[ ]*(?:\n|\Z)"),
                re.compile(r"[ ][-–—][ ]*[A-Z][A-Za-z]{2,20}[ ]*(?:\n|\Z)"))
# a photo's credit at the end of its caption line: 'BSP building and logo/Reuters', '(Photo: Bernama)', '... on
# March 17. Photo: Reuters' (the agency before a photographer's name after a slash: 'Photo: Reuters/A Lee')
# (LineGated: a credit lies on one line that holds '/X', 'Photo', 'Pic' or 'Image'; the same matches, 0.5 -> 0.04 ms per
# 2,000-word document)
PHOTO_CREDIT = LineGated(re.compile(r"(?<=[a-z])/([A-Z][A-Za-z]{2,20})(?=(?:(?<=[A-Z])\.)?[ \t]*(?:\n|$))"
                          r"|\((?:Photo|Pic|Image):[ ]*([A-Z][A-Za-z]{2,20})(?:/[^()\n]{1,40})?\)"
                          r"|(?<![\w(])(?:Photo|Photos|Photograph|Picture|Pic|Image)[ ]?:[ ]*([A-Z][A-Za-z]{2,20})"
                          r"(?=\.?[ \t]*(?:\n|$)|[ \t]*/)"), re.compile(r"/[A-Z]|Photo|Pic|Image"))
# (a credit may close with a full stop: 'File Photo: GovHK.', 'Photo: Ann Lee/HKFP.'; eninst, session 24; after a
# slash only an agency's closing capital: 'Chinese/English.' ends a sentence, mendena s24)
# what a speech or event is broadcast on is a channel or station, a media organisation (DECISIONS 30): 'will be
# broadcast live on Channel 5, CNA, CNA938, Capital 958' (a platform after it, 'CNA website', ends the list)
BROADCAST_ON = LeadPattern(re.compile(r"\b(?:broadcast|aired|streamed|televised|telecast|shown)(?:[ ]+live)?[ ]+on[ ]+"
                                      r"(?=[A-Z])"))
# a radio station named with its frequency: 'MoneyFM 89.3', 'ONE FM 91.3'
RADIO_STATION = LineGated(re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[ ]?FM[ ]\d{2,3}(?:\.\d)?(?![\d.]\d)"),
                          re.compile(r"FM[ ]\d"))  # (only on lines with 'FM 9': the same matches)
# a bulleted line that is a company's whole name, legal form (or branch) last: '- Bank of Ayudhya Public Company Ltd.',
# '- Mizuho Bank, Ltd. Bangkok Branch' (the NER cuts such names at 'of' or a comma)
COMPANY_LINE = re.compile(r"(?m)^[ \t]*(?:[-–•*]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+([A-Z][^\n]{2,90}?(?<![\w&])"
                          r"(?:Ltd|Limited|Corporation|Corp|Inc|PLC|Plc|plc|LLC|Bhd|Berhad|AG|GmbH|N\.V|Tbk|PCL|"
                          r"Branch)\.?)[ \t]*[,;]?[ \t]*$")
# 'A*STAR will partner Sembcorp and Keppel', 'signed an MoU with Vexcora': what one partners with is a body (a known
# place stays a place: the gazetteer's names come first)
PARTNER_OF = LeadPattern(re.compile(
    r"\b(?:partner(?:ed|ing|s)?(?:[ ]+with)?|collaborat(?:e|ed|es|ing)[ ]+with|team(?:ed|s)?[ ]+up[ ]+with|"
    r"signed[ ]+(?:an?[ ]+)?(?:MoU|MOU|memorandum[ ]+of[ ]+understanding|agreement|partnership)[ ]+with)[ ]+"
    r"(?:the[ ]+)?(?=[A-Z])"))
# 'signed an agreement with the Chinese regulator': a demonym before a lower-case noun is no partner (enpl, session 27)
DEMONYM_BEFORE_NOUN = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ish)[ ][a-z]")
# 'Grab, Sea and Razer are local tech companies': names said to be firms (a list before the verb)
PREDICATED = re.compile(r",?[ ]+(?:is|are|was|were)[ ]+(?:now[ ]+|also[ ]+)?(?:an?[ ]+|all[ ]+|both[ ]+)?" + MODIFIERS +
                        r"(?:companies|company|firms|firm|banks|bank|insurers|insurer|start-ups|startups|start-up|"
                        r"startup|conglomerates|conglomerate|multinationals|multinational|airlines|airline|lenders|"
                        r"lender|corporations|organisations|organizations|regulators|regulator)\b")
# (searched from each ' is', ' are', ' was', ' were' before a space, a scan led by a plain space, which re skips to fast,
# and tried at the start of the run of spaces before the verb or the comma before them, where the pattern's leftmost
# match for that verb starts: the same matches, 0.25 -> 0.05 ms per 2,000-word document)
PREDICATE_VERB = re.compile(r"[ ](?:is|are|was|were)(?=[ ])")
NOT_NAMES = {"There", "It", "This", "That", "These", "Those", "They", "We", "He", "She", "Both", "All", "Some",
             "Many", "Most", "Such", "Others", "Several", "Our", "Their", "Its", "Chief", "Secretary", "Minister",
             "Director", "President", "Chairman", "Chairperson", "Deputy", "Permanent", "Senior", "Second", "Acting"}
# the organisers of an event are bodies: 'organised by the Singapore Federation of ... and the ... Centre'
ORGANISED_BY = LineGated(re.compile(r"\b(?:co-)?(?:organised|organized|hosted)[ ]+(?:jointly[ ]+)?by[ ]+(?:the[ ]+)?(?=[A-Z])"),
                         re.compile(r"(?:organi[sz]ed|hosted)[ ]"))  # (on one line: LineGated, the same matches)
HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Madam|Sir|Dame)\b")
JOINED_BY = LeadPattern(re.compile(
    r"\bwho[ ]+(?:[a-z]+ly[ ]+|later[ ]+|then[ ]+)?(?:joined|works[ ]for|worked[ ]for)[ ]+(?=[A-Z])"))
ACTIVITY = re.compile(r"(?:^|-)[A-Za-z]?[a-z]{2,}ing$")  # 'E-invoicing', 'Clearing' before 'Network'/'System'
POSSESSOR = re.compile(r"['’]s[ ]+[A-Z]")  # 'Ostia's Prasetia': Ostia owns the party, it is not one
ACRONYM_END = re.compile(r"[ ]\([A-Z][A-Za-z&]{1,11}\)$")  # a short form the text defines, right before a comma
NAME_BEFORE = re.compile(r"(?<![\w'’&.-])(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w&'’-]*)[ ])*[A-Z][\w&'’-]*$")  # ('A.L.I. Technologies')
# The parties to a joint venture or investment, or a merger, are organisations: 'a joint venture between Kestrel and
# Metro's Varo'
PARTY_BEFORE = re.compile(r"(?:joint[ ](?:venture|investment)|merger|consortium)[ ]+(?:between|of|with)[ ]+"
                          r"(?:[^.;:()]{0,60}?[ ]and[ ]+)?(?:[A-Z][\w-]*['’]s[ ]+)?$")


# 'a company from the Acme Group, BetaPlus, won ...', 'its investment arm, Bar Capital, bought ...': a name set between
# commas after an article or a possessive and a firm's noun (perhaps its owner group after 'from/of/under') is that
# firm (enent, session 26); the closing comma keeps a list or a sentence's next clause out
# (led by the article's first letter, the character before it tested after: a search led by a look-behind tries every
# position; mendspeed, session 26)
FIRM_BEFORE = re.compile(r"[AaIiTtOoHh](?<![\w-].)(?:(?<=[Aa])n?|(?<=[Ii])ts|(?<=[Tt])heir|(?<=[Oo])ur|(?<=[Hh])is|"
                         rf"(?<=[Hh])er)[ ]+{MODIFIERS}"
                         rf"(?:{FIRM_NOUNS}|arm|subsidiary|affiliate|spin-off)"
                         r"(?:[ ]+(?:from|of|under|in)[ ]+(?:the[ ]+)?[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,4})?,[ ]+"
                         r"(?=[A-Z])")


# 'Some, such as Kestrel Foods, have ...' after a sentence about companies: a pronoun standing for the organisations just
# named by their noun, then its examples (eninst, session 24; the noun is looked for in the 300 characters before)
# (tried only before the pronoun, after the spaces and the newline before it: TailGated, the same matches; a search led by
# '^' tried every position, 0.28 -> 0.04 ms per 2,000-word document)
PRONOUN_LIST = TailGated(re.compile(r"(?:^|(?<=[.;!?])[ \t]+|\n[ \t]*)(?:Some|Others|Many|Several|One)(?:[ ]of[ ]them)?,?"
                                    r"[ ]+(?:such[ ]+as|like|including)[ ]+(?=[A-Z])"),
                         re.compile(r"Some|Others|Many|Several|One"), (0, 1), " \t")


class OrgEvidence:
    """Built once from the organisation nouns; `find` is per document."""

    def __init__(self, org_nouns: Iterable[str], body_nouns: Iterable[str] = ()) -> None:
        org_nouns = list(org_nouns)
        bodies = "|".join(sorted((re.escape(n) for n in body_nouns), key=len, reverse=True)) or "(?!)"
        nouns = "|".join(sorted((re.escape(n) for n in org_nouns), key=len, reverse=True))
        # tried only before a 'such as / like / including' (pipeline.regexgate.TailGated: the same matches)
        self.list_trigger = TailGated(re.compile(rf"\b(?i:{nouns}),?[ ]+(?:such[ ]+as|like|including|namely)[ ]+"),
                                      re.compile(r"(?:such[ ]+as|like|including|namely)[ ]+"),  # ('institutions, namely')
                                      (min(map(len, org_nouns), default=0), max(map(len, org_nouns), default=0)), ", ")
        # ("TV maker Skyworth"; led by the space before the noun, which re skips to fast, not by a look-behind tried at
        # every position: the same ends, 0.31 -> 0.17 ms per 2,000-word document, as the nouns are lower-case)
        self.apposition = re.compile(rf"[ ](?<=[A-Za-z][ ])(?:{nouns})[ ]+(?=[A-Z0-9])")
        self.org_noun = re.compile(rf"\b(?i:{nouns})\b")
        # 'two Fintech firms - Webank and Ping An Technology', 'three banks: A, B and C': a list after a dash or colon
        # (tried only before the colon or dash: TailGated, the same matches; 0.27 -> ~0.03 ms per document)
        self.list_after_mark = TailGated(re.compile(rf"\b(?i:{nouns})[ ]*(?::|[ ][-–—])[ ]+(?=[A-Z])"),
                                         re.compile(r"(?::|[ ][-–—])[ ]+(?=[A-Z])"),
                                         (min(map(len, org_nouns), default=0), max(map(len, org_nouns), default=0)), " ")
        # 'Kestrel Engineering, which is a mechanical service provider': described as an organisation
        self.described = re.compile(rf",?[ ]+which[ ]+is[ ]+an?[ ]+(?:[\w-]+[ ]+(?:and[ ]+)?){{0,4}}(?:{nouns})\b")
        self.described_at = re.compile(rf",[ ]+which[ ]+is[ ]+an?[ ]+(?:[\w-]+[ ]+(?:and[ ]+)?){{0,4}}(?:{nouns})\b"
                                       rf"|,[ ]+an?[ ]+{MODIFIERS}(?:{FIRM_NOUNS})(?=[ ]*[,.;)]|[ ]+(?:{FIRM_NEXT})\b)")
        # 'FinTech Australia, a fintech industry organisation in Australia', 'Kestrel, a body representing ...': what
        # only an organisation is called; such a name is one even with a place inside it
        self.described_body = re.compile(rf",[ ]+an?[ ]+{MODIFIERS}(?:{bodies})(?=[ ]*[,.;)]|[ ]+{BODY_NEXT})")

    def named_members(self, text: str, persons: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Spans of names listed after 'companies like / such as / including' or in apposition to an
        organisation noun ('robotics company Kuvana'); `persons`: the spans the model reads as a person's or a
        place's name."""
        out: list[tuple[int, int]] = []
        for m in self.list_trigger.finditer(text):  # ('seven institutions, namely Bank of China (Hong Kong), ...': the
            # full list a 'namely' opens, names with 'of' and a bracketed place in them)
            out.extend(listed_names(text, m.end()) if m.group().endswith("namely ") else items_from(text, m.end()))
        for m in PRONOUN_LIST.finditer(text) if "such as " in text or " like " in text else ():
            if not HONORIFIC.match(text, m.end()) and self.org_noun.search(text, max(0, m.start() - 300), m.start()):
                out.extend(items_from(text, m.end()))  # 'Our food firms innovate. Some, such as Kestrel, have ...'
        for m in self.apposition.finditer(text):
            item = ITEM.match(text, m.end())
            if item:
                out.append(trimmed(text, item.start(), item.end()))
        for m in FIRM_BEFORE.finditer(text) if ", " in text else ():  # 'a start-up, Foo Marine, said'
            item = ITEM.match(text, m.end())
            if item and text.startswith(", ", item.end()) and not HONORIFIC.match(text, item.start()) and \
                    item.group().split()[0] not in NOT_NAMES:
                out.append(trimmed(text, item.start(), item.end()))
        for m in HEADS_OF.finditer(text):  # 'after my retirement as chairman of Kerry Logistics': a company
            item = ITEM.match(text, m.end())
            if item:
                out.append(trimmed(text, item.start(), item.end()))
        for m in ORGANISED_BY.finditer(text):  # 'organised by the X Federation and the Y Centre'
            out.extend(listed_names(text, m.end()))
        for m in self.list_after_mark.finditer(text):
            out.extend(listed_names(text, m.end()))
        for m in PARTNER_OF.finditer(text):  # the partners listed: 'partner Sembcorp, Keppel and the Harbour Authority'
            out.extend(sp for sp in items_from(text, m.end(), skip_the=True)
                       if not DEMONYM_BEFORE_NOUN.fullmatch(text, sp[0], min(len(text), sp[1] + 2)))
        for m in predicated(text):
            out.extend(names_listed_before(text, m.start()))
        for m in CREDIT.finditer(text) if any(mark.search(text) for mark in CREDIT_MARKS) else ():
            out.append(m.span(next(i for i in (1, 2, 3) if m.group(i))))
        for m in PHOTO_CREDIT.finditer(text):
            out.append(m.span(next(i for i in (1, 2, 3) if m.group(i))))
        for m in BROADCAST_ON.finditer(text):
            out.extend(items_from(text, m.end()))
        out.extend(m.span() for m in RADIO_STATION.finditer(text))
        for m in TITLE_THEN_EMPLOYER.finditer(text):
            item = ITEM.match(text, m.end())
            if item and EMPLOYER_END.match(text, item.end() - (text[item.end() - 1] == ".")):
                out.append(trimmed(text, item.start(), item.end()))
        for m in JOINED_BY.finditer(text):  # 'Tan, who joined Speco on a work-study programme': an employer
            item = ITEM.match(text, m.end())
            if item:
                out.append(trimmed(text, item.start(), item.end()))
        for m in self.described_at.finditer(text):  # 'Mervale Engineering, which is a service provider'
            span = described_name(text, m.start())
            if span and not HONORIFIC.match(text, span[0]) and \
                    not (TRADE_NOUN.search(m.group()) and personal_or_town(text[span[0]:span[1]], span, persons)):
                out.append(span)  # ('Mr Tan, a supplier of parts', 'John Chan, a supplier of seafood': a person)
        # (a plural acronym is a kind of body, never one: 'MOH partnered VWOs', 'TACs such as ...')
        return [(s, e) for s, e in out if e > s and not PLURAL_ACRONYM.fullmatch(text, s, e)]

    @staticmethod
    def company_lines(text: str) -> list[tuple[int, int]]:
        """Spans of bulleted lines that are a company's whole name ('- Kasikornbank Public Company Ltd.')."""
        return [m.span(1) for m in COMPANY_LINE.finditer(text)]

    def described_bodies(self, text: str) -> list[tuple[int, int]]:
        """Spans of names in apposition to a noun only an organisation takes ('FinTech Australia, a fintech
        industry organisation'): institutions, whose whole span wins over a place the NER or a gazetteer found in it."""
        out = []
        for m in self.described_body.finditer(text):
            span = described_name(text, m.start())
            if span:
                out.append(span)
        return out

    def acts_anywhere(self, text: str, surface: str) -> bool:
        """Some use of the name in the text is an actor's (see `acts`)."""
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if (pos == 0 or not text[pos - 1].isalnum()) and (self.acts(text, pos, end) or
                                                              self.described.match(text, end)):
                return True
            pos = text.find(surface, end)
        return False

    @staticmethod
    def speaks_anywhere(text: str, surface: str) -> bool:
        """Some use of the name is the subject of a verb only a body takes ('OCBC announced', 'OCBC signed')."""
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if (pos == 0 or not text[pos - 1].isalnum()) and BODY_VERB_AFTER.match(text, end):
                return True
            pos = text.find(surface, end)
        return False

    @staticmethod
    def acts(text: str, start: int, end: int) -> bool:
        """The name is used as an actor or an owner ('Kuvana has', 'Kuvana today has', "Kuvana's"), or
        takes a capital 'The' inside a sentence ('by The Harbour Review'), or is a party to a joint venture."""
        return bool(ACTOR_AFTER.match(text, end) or CONJOINED_ACTOR.match(text, end) or CAPITAL_THE_BEFORE.search(text, max(0, start - 8), start)
                    or PARTY_BEFORE.search(text, max(0, start - 110), start) and not POSSESSOR.match(text, end))


def predicated(text: str) -> Iterator[re.Match[str]]:
    """`PREDICATED.finditer(text)`, tried only where a verb of it stands (see PREDICATE_VERB)."""
    done = 0  # the next match starts at or after the last one's end
    for v in PREDICATE_VERB.finditer(text):
        at = v.start()
        if at < done:
            continue
        while at > done and text[at - 1] == " ":
            at -= 1
        if at > done and text[at - 1] == ",":
            at -= 1
        m = PREDICATED.match(text, at)
        if m is not None:
            yield m
            done = m.end()


def items_from(text: str, pos: int, skip_the: bool = False) -> list[tuple[int, int]]:
    """The items of a list of names that starts at `pos` ('Grab, Sea and Razer'), up to a full stop or the
    list's end; with `skip_the`, a 'the ' after a separator is no part of the next item."""
    out: list[tuple[int, int]] = []
    while True:
        item = ITEM.match(text, pos)
        if not item:
            return out
        out.append(trimmed(text, item.start(), item.end()))
        sep = LIST_SEP.match(text, item.end())
        if not sep or text[item.end() - 1] == ".":
            return out
        pos = sep.end() + (4 if skip_the and text.startswith("the ", sep.end()) else 0)


def listed_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The names of a list that starts at `pos` ('Webank and Ping An Technology', 'A, B and the C Centre')."""
    out: list[tuple[int, int]] = []
    while len(out) < 8:
        item = LIST_ITEM.match(text, pos)
        if not item or HONORIFIC.match(text, item.start()) or item.group().split()[0] in NOT_NAMES:
            break  # ('organised by Mr Lee', 'organised by Secretary Tan': a person)
        out.append(trimmed(text, item.start(), item.end()))
        sep = LIST_SEP.match(text, item.end())
        if not sep or text[item.end() - 1] == ".":
            break
        pos = sep.end() + (4 if text.startswith("the ", sep.end()) else 0)
    return out


def names_listed_before(text: str, at: int) -> list[tuple[int, int]]:
    """The names of a list that ends at `at` ('Grab, Sea and Razer'), last first; none with a person's title."""
    out: list[tuple[int, int]] = []
    while len(out) < 8:
        span = described_name(text, at)
        if span is None or HONORIFIC.match(text, span[0]) or text[span[0]:span[1]] in NOT_NAMES:
            break  # ('There are 156 licensed banks': no name)
        out.append(span)
        sep = re.search(r"(?:,[ ]+and|,|[ ]+and)[ ]+(?:the[ ]+)?$", text[max(0, span[0] - 12):span[0]])
        if sep is None:
            break
        at = span[0] - len(sep.group())
    return out


def described_name(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised name that ends at `at`, less a sentence's first function word ('And Mooreast, a homegrown
    company')."""
    acr = ACRONYM_END.search(text, max(0, at - 16), at)  # 'Quillon Systems (QS), a provider': the name before
    at = acr.start() if acr is not None else at
    name = NAME_BEFORE.search(text, max(0, at - 80), at)
    if not name:
        return None
    first = name.group().split()[0]
    skip = len(first) + 1 if first in FUNCTION_WORDS and " " in name.group() else 0
    return (name.start() + skip, name.end()) if name.end() > name.start() + skip else None


def personal_or_town(name: str, span: tuple[int, int], persons: Sequence[tuple[int, int]]) -> bool:
    """The name is a known town's ('Kulim'), or the model reads it as a person's or a place's and it does not end in
    an English plural noun as a firm's name does ('Brindle Widgets', 'Pelican Tools')."""
    if name in towns():
        return True
    if span not in persons:
        return False
    last = name.split()[-1]
    every, not_nouns = english_words()
    return not (last.endswith("s") and any(f in every and f not in not_nouns for f in word_forms(last)[1:]))


def trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """A listed name without the sentence's full stop or a possessive."""
    while e > s and text[e - 1] in ".’'":
        e -= 1
    return s, e


@python_class
class KindRules:
    """Mixed into `EntityRecognizer`: what makes a name with a head word still no institution (a class of
    bodies, a role, a system, an award), and the listed companies no other rule found."""

    institution_heads: set[str]
    place_heads: set[str]
    sector_words: set[str]
    status_heads: set[str]
    status_words: set[str]
    status_fields: set[str]
    registry_subjects: set[str]
    infrastructure_heads: set[str]
    infrastructure_words: set[str]
    agreement_phrases: set[str]
    not_entities: set[str]
    award_name: LeadPattern
    head_word: Any
    head_type: Any

    def listed_kind(self, surface: str) -> bool:
        """A list item that names a kind of body ('Advisory Boards') or a programme, account or post ('Edusave
        Account', 'Members'): the items of one coordination are things of one kind, so its list names no companies."""
        return self.plural_head(surface) or self.head_type(surface) == "NOT"

    def plural_head(self, surface: str) -> bool:
        """'Regional Procurement Centres': a plural institution head names a class of bodies, not one body
        ('Holdings', 'Partners', 'Airlines' are singular names and listed as heads as written)."""
        head = self.head_word(surface)
        heads = self.institution_heads | self.place_heads
        at = surface.rfind(head) if head else -1
        complement = (NAMED_COMPLEMENT.match(surface, at + len(head)) or
                      TASK_COMPLEMENT.match(surface, at + len(head))) if at > 0 else None
        rest = surface[complement.end() - 1:] if complement else ""
        if complement and self.head_type(rest) != "INSTITUTION" and not re.fullmatch(r"[A-Z][A-Z&]{1,7}", rest):
            # ('Economic and Trade Offices of the TID': a body's acronym after 'of' owns many units, as a body's name
            # does)
            # 'Guangzhou Institutes of Biomedicine and Health' is one body; 'Offices of the Government',
            # 'Institutes of Higher Learning' (nothing names them before the head) are many
            return False
        return head not in heads and singular(head) in heads

    def role_or_system(self, words: list[str], head: str) -> bool:
        """'International Innovation and Technology Centre', 'Global-Asia Node' (a role a city plays: status
        words and sectors before 'Centre'/'Hub'/'Node'), 'Interbank Payment Network' (infrastructure before 'Network'/'System')."""
        content = [w for w in words if w not in CONNECTORS]
        half = len(content) // 2
        if half >= 2 and content[:half] == content[half:]:
            content = content[:half]  # 'International Financial Centre International Financial Centre': a
            # report's running head glued to the chapter's own title
        if len(content) > 2 and content[0] == "New" and content[1] in self.status_words:
            content = content[1:]  # 'a New International Innovation and Technology Hub'
        if len(content) < 2 or content[-1] != head:
            return False
        if head in self.status_heads and content[0].split("-")[0] in self.status_words and \
                all(w in self.status_words or w in self.sector_words or w in self.status_fields
                    for w in content[1:-1]):
            return True
        if head == "Registry" and any(w in self.registry_subjects for w in content[:-1]):
            return True  # 'Rare Disease Registry': records of patients kept by some body, no body
        if " ".join(content[-2:]) in self.agreement_phrases or system_name(content):
            return True  # 'Regional Comprehensive Economic Partnership': a trade agreement; 'Extended Hours Service'
        return head in self.infrastructure_heads and (content[-2] in self.infrastructure_words or
                                                      transport_network(content) or  # not 'Cainiao Smart ...'
                                                      ACTIVITY.search(content[-2]) is not None and
                                                      content[-2] not in self.sector_words)

    def award_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of names between an article and a lower-case 'award', 'prize', 'medal' ... (the thing named;
        'the HKMA awards contracts' is a verb: the HKMA is listed and kept)."""
        return [m.span(1) for m in self.award_name.finditer(text)]

    def member_cands(self, text: str, cands: list[Cand], members: list[tuple[int, int]],
                     bodies: Sequence[tuple[int, int]] = ()) -> list[Cand]:
        """`cands` with the listed companies no other rule found ('companies like Kestrel, Wave and Moonbeam'),
        method `rule`; a name described as an organisation ('FinTech Australia, a fintech industry organisation')
        replaces the shorter places and non-names found inside it."""
        cands = list(cands)
        for s, e in bodies:
            inside = [c for c in cands if s <= c.start and c.end <= e and (c.start, c.end) != (s, e)]
            if inside and len(inside) == sum(c.start < e and s < c.end for c in cands) and \
                    all(c.label != "INSTITUTION" for c in inside) and text[e - 2:e] not in ("'s", "’s"):
                cands = [c for c in cands if c not in inside]
        taken = bytearray(len(text))
        for c in cands:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out = cands
        for s, e in list(members) + list(bodies):
            surface = text[s:e]
            if any(taken[s:e]) or surface in self.not_entities or self.head_type(surface) == "NOT":
                continue
            canonical = clean_name(surface.title() if surface.isupper() and len(surface) > 5 else surface)
            out.append(Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "",
                            "rule", 0.7))  # ('BERNAMA' in a credit line is the 'Bernama' of the dateline)
            taken[s:e] = b"\x01" * (e - s)
        return out

