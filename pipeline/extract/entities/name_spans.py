"""Text + a name's span → the span of the whole name: how far a name of capitalised words runs on.

Real documents break names where the rules must not: a line break inside a name ("Seaside Task\\nForce"),
a footnote number glued to its last word ("Association7"), a prepositional complement the NER cut off
("Working Group" + "on Harbourfront Design and Water Sports", "Task Force on Talent" + "in Hong
Kong"), a conjunct before the head ("Printing and" + "Stationery Department"). And two names must not be
glued: "X Department and Y Council" are two bodies. Mixed into `EntityRecognizer` (uses its head typing).
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from pipeline.extract.entities.committee_topics import continued_topic
from pipeline.extract.entities.document_topics_en import topic_end
from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.references import LEFT_WORDS, is_acronym
from pipeline.extract.entities.spans import CONNECTORS, PREPOSITIONS, Cand, singular, synthetic_id
from pipeline.native import python_class

# the kinds of a body's organs: 'Legislative Council Finance Committee' is one name, the council's committee, while a
# body that is no organ right after a whole known body's name starts a list ('X Monetary Authority Bank of Y')
ORGAN_TYPES = frozenset(("committee", "department", "division", "office", "unit", "subcommittee", "panel", "branch"))
OF_HOME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")  # ' of Hong Kong', ' of the X'
NAME_RUNS_ON = re.compile(r"[\w'’&-]|[ \t]+[A-Z(]")  # a word goes on, or another capitalised word follows

if TYPE_CHECKING:
    from pipeline.extract.entities.gazetteer import Entry

# A word after one space, one line break (a PDF or Markdown line wrap; a blank line ends a name), a hyphen or
# ', ' before a capital. Two spaces are table cells. A hyphen and a lower-case word stay in the word
# ('Co-operation' is not the head 'Co').
TAIL_WORD = re.compile(r"(?: |\n(?=[^\W\d_&])|-|,[ ](?=[A-Z])(?!(?:Dr|Mr|Mrs|Ms|Miss|Madam|Professor|Prof|Sir|Dame)\b))"
                       r"([^\W\d_][\w'’&+]*(?:-[a-z][\w'’&+]*)*|&)")  # ', Dr Ali ...': a person's title ends a name
FOOTNOTE = re.compile(r"(.*[^\W\d_]{2})(\d{1,2})")  # 'Association7': a footnote marker glued to a word
POSSESSIVE = re.compile(r"(.*[^\W\d_])['’]s")  # 'Art's'
OWNER_END = re.compile(r"[ \t]+[a-z]|[.,;:)]")  # what follows a possessive that ends a name: 'Art's new', 'Art's.'
POST_NEXT = re.compile(r"[ ]+([A-Z][\w-]*)(?:[ ]+([A-Z][\w-]*))?")  # a post's first one or two words
# 'Johor-', 'Hong Kong/' too, and a hyphen a line break left before a space ('Shenzhen- Hong Kong Stock Connect')
CAPITAL_BEFORE = re.compile(r"(?<![\w'’&/-])([A-Z][\w'’&]*)(?:[ \t]+|[ \t]*\n[ \t]*|-[ ]?|/)$")
CLAUSE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*\n\s*|\n\s*(?:\(?[ivx\d]+[.)]|[-*•#]+)\s*)$")
# A short line (a heading) that ends in 'of/for/on/the … Capitalised' breaks inside a name: 'Policy Responsibility
# of Financial' / 'Services Bureau' is one name across the break, a heading ending in a whole word is not.
OPEN_COMPLEMENT = re.compile(r"[ \t](?:of|for|on|the|and|to|by|from|with)[ \t]+(?:[A-Z][\w'’&]*[ \t]*)?$")
# 'State-owned' before 'Assets Supervision and Administration Commission': the tokenizer splits a hyphened word,
# the NER's name starts after it; a capitalised word with a lower-case hyphened part is the name's first word
HYPHENED_BEFORE = re.compile(r"(?<![\w'’&/-])[A-Z][a-z]*-[a-z][\w'’]*[ ]$")
LIST_NEXT = re.compile(r",[ \t]+(?:and[ \t]+)?")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}")
WRAPPED_LINE = 40  # a line this long that ends inside a name is a wrapped body line, not a heading or label
# one or two capitalised words a conjunct ('Financial Services and', 'Corporate Strategy and'), a comma list of them before
CONJUNCT_BEFORE = re.compile(r"(?<![\w'’&-])((?:[A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*)?,[ ])*"
                             r"[A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*)?[ ]and[ ])$")
LEFT_STOP = LEFT_WORDS
# 'X Authority to Y Authority', 'X Council's Y Board', 'the Council or Finance Committee' (alternatives): what
# links two bodies' names in one NER span
LINK = re.compile(r"[ \t]+(?:to|from|with|by|versus|or)[ \t]+|['’]s[ \t]+")
SUBSIDIARY = re.compile(r"[ \t]+\(([A-Z][\w .'’-]{1,30})\)(?:[ \t]+(?:Company[ \t]+)?(?:Limited|Ltd\.?|Inc\.?|Corporation|PLC|plc))+")
# 'Association of Banks', 'Federation of Hong Kong Industries': a body's head, 'of', its members (a plural word)
MEMBERS_OF = re.compile(r"([A-Z][a-z]+)[ ]+of[ ]+(?:the[ ]+)?(?:(?:[A-Z][\w'’-]*|and|&)[ ]+){0,3}([A-Z][a-z]+)$")
CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                  "March", "April", "June", "July", "August", "September", "October", "November", "December"}
# a body's name, its acronym in brackets perhaps, then up to two capitalised words the last of which may be an event head
# (a fiscal year or a year may come first, and 'of' inside another body's name: 'MOE FY 2016 Committee of Supply Debate')
EVENT_AFTER = re.compile(r"(?:[ ]+\([A-Z][A-Za-z&]{1,9}\))?(?:[ ]+FY[ ]?(?:19|20)\d\d)?"
                         r"((?:[ ]+[A-Z][\w'’-]*(?:[ ]of[ ][A-Z][\w'’-]*)?){0,2}[ ]+([A-Z][\w'’-]*))(?![\w'’-])")
SEAT_AFTER = re.compile(r"[ ]House(?![\w'’-])(?![ ]+of\b)")  # 'Parliament House' (not 'Parliament House of Lords')
# 'at Committee of Supply 2023', 'the COS 2024.': a year after a body's name ending its phrase names that year's
# sitting or edition, an event
YEAR_AFTER = re.compile(r"[ ]+(?:19|20)\d\d(?![\w-])(?=[ \t]*(?:$|[\n.,;:!?)]))")
# 'Office of the Government of the HKSAR', 'Economic and Trade Office': an office head and its complement
OFFICE_BEFORE = re.compile(r"\b[A-Z][a-z-]+(?:[ ]+(?:of|the|for|[A-Z][\w'’-]*))*$")
# capitalised words that take 'to' inside a name's complement: 'Subcommittee on Matters Relating to ...', 'Committee
# on Access to the Legislature's Documents and Records'
TERM_NEXT = re.compile(r"[ \t]+the[ \t]+(?:[A-Z][a-z]+[ \t-]+)?(?:Term|Session)\b")  # 'in the Fourth Term'
RELATING = {"Relating", "Related", "Pertaining", "Access"}
LEGAL_FORMS = {"Limited", "Ltd", "Inc", "Co", "Corp", "LLC", "PLC", "plc", "GmbH", "AG", "SA", "Holdings"}


AND_RUN = re.compile(r"(?:[ ]+and)?[ ]+((?:[A-Z][\w'’-]*[ ]+){0,5}[A-Z][\w'’-]*)")


@python_class
class NameSpans:
    """How far a name runs; needs `head_kind` (word → PLACE / INSTITUTION / NOT / None) and the event heads."""

    head_kind: Any
    head_type: Any
    plural_head: Any
    numbered_end: Any
    matcher: Any
    event_heads: set[str]
    place_heads: set[str]
    programme_heads: set[str]
    membership_heads: set[str]
    document_nouns: set[str]
    office_heads: set[str]
    post_heads: set[str]
    post_abbreviations: set[str]
    portfolio_words: set[str]
    facility: Any
    event_phrases: tuple[str, ...]
    entries: dict[str, Any]

    def linked_names(self, text: str, s: int, e: int) -> list[tuple[int, int]]:
        """'Insurance Authority to Monetary Authority', 'Training Council's Insurance Board': an NER span that runs
        from one body's head word across 'to/from/with/by/versus' or a possessive into another body's name is two
        names (no body's name links two heads so)."""
        for m in LINK.finditer(text, s, e):
            left, right = text[s:m.start()], text[m.end():e]
            owner = m.group().startswith(("'", "’")) and (entry := self.whole_entry(left.strip())) is not None and \
                entry.table == "institution"  # "Legco's Finance Committee": a known body owns the committee
            if left.strip() and right.strip() and (owner or self.head_kind(left.split()[-1]) == "INSTITUTION") and \
                    self.head_type(right) == "INSTITUTION" and not self.plural_head(left) and \
                    not self.plural_head(right):
                return [(s, m.start())] + self.linked_names(text, m.end(), e)
        return [(s, e)]

    def grow_body(self, text: str, cand: Cand, entry: Any) -> Cand:
        """A known body whose name runs on into two or more capitalised words ending in an institution head names
        a unit of it ('Bank for International Settlements Innovation Hub Centre'); one word may be a common form
        of the body's own name ('HSBC Bank'), and 'X Department and Y Limited' are two bodies."""
        home = OF_HOME.match(text, cand.end)
        if home and entry.parent:  # 'the Securities and Futures Commission of Hong Kong': the body's own place
            place = self.leading_entry(text[home.end():home.end() + 60], "place")  # is part of its name
            if place is not None and place[0].id == entry.parent:
                return replace(cand, end=home.end() + place[1])
        sub = SUBSIDIARY.match(text, cand.end)
        if sub and self.is_place_name(sub.group(1)):
            # 'Industrial and Commercial Bank of China (Asia) Limited': a subsidiary named by its region
            start = self.conjunct_edge(text, self.left_edge(text, cand.start, LEFT_STOP), LEFT_STOP)
            canonical = clean_name(text[start:sub.end()])
            return Cand(start, sub.end(), "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical,
                        "", entry.country_code, "", "rule", 0.8)
        topic = continued_topic(text, cand, entry, self.entries, self.head_kind)
        if topic is not None:
            return topic  # 'LegCo Panel on Housing' + ' and Planning': another committee, of the longer topic
        event = EVENT_AFTER.match(text, cand.end)
        words = event.group(1).split() if event else []  # ('... Committee of Supply Debate Speech': an event's speech)
        if event and words and (words[-1] in self.event_heads or " ".join(words[-2:]) in self.event_heads or
                                words[-1] == "Speech" and len(words) > 1 and words[-2] in self.event_heads):
            # 'the Committee of Supply (COS) Debate', 'the WIPO Assemblies Week', 'the X (APEC) Economic Leaders' Meeting':
            # an event named after the body (DECISIONS 27: the body as an event's premodifier is no mention)
            return Cand(cand.start, event.end(), None, "", text[cand.start:event.end()])
        if entry.type in ("legislature", "government") and SEAT_AFTER.match(text, cand.end):
            canonical = clean_name(text[cand.start:cand.end + 6])  # 'Parliament House': the building where the
            return Cand(cand.start, cand.end + 6, "PLACE", synthetic_id("PLACE", canonical), canonical, "",
                        entry.country_code, "", "rule", 0.8)  # body sits, a named site (DECISIONS 41)
        year = YEAR_AFTER.match(text, cand.end)
        if year and entry.type in ("committee", "conference", "forum"):
            return Cand(cand.start, year.end(), None, "", text[cand.start:year.end()])  # 'Committee of Supply 2023'
            # (a year's sitting of the committee); a body of another kind before a year is itself ('... by the
            # Ministry of Finance 2023.' in a source line)
        end, kind = self.tail(text, cand.end)
        end = topic_end(text, cand.start, cand.end, end)  # 'Resolution of the CPC Central Committee on X': X its topic
        words = text[cand.end:end].split()
        if self.post_after(text, cand.end):
            return cand  # 'China Securities Regulatory Commission Chairman Liu Shiyu': the body, then its post
        if kind == "NOT" and entry.type == "committee" and " on " in text[cand.start:cand.end]:
            return cand  # 'Panel on Housing' + ' Public Housing Programme' (a paper's title after its panel in a
            # header line): a committee named by its topic premodifies nothing
        if kind == "NOT" and words and all(w[:1].isupper() or w in CONNECTORS for w in words) and \
                "\n" not in text[cand.end:end] and words[0] not in ("and", "&"):  # ('... NEA and PUB' +
            # '\nSpeech by ...': a heading line ends; 'the People's Association and Silver Generation Ambassadors':
            # the body, then a second conjunct)
            # 'the IOSCO Multilateral Memorandum of Understanding', 'the SFC Code of Conduct': a thing named after
            # the body; the body inside a longer name is no mention of its own
            return Cand(cand.start, end, None, "", text[cand.start:end])
        if kind == "PLACE" and len(words) >= 2 and all(w[:1].isupper() for w in words) and \
                entry.type not in ORGAN_TYPES and singular(words[-1]) == words[-1] and \
                "\n" not in text[cand.end:end] and not any(x.table == "place" for _, _, x in
                                                           self.matcher.find(text[cand.end:end])):
            canonical = clean_name(text[cand.start:end])  # 'the HKMA Information Centre': a body's named facility,
            return Cand(cand.start, end, "PLACE", synthetic_id("PLACE", canonical), canonical, "",  # a place (DECISIONS
                        entry.country_code, "", "rule", 0.8)  # 41), the body inside its name no mention there (a
            # known place after the body names the facility itself: 'MTR Tuen Mun Station' stays as read)
        if kind != "INSTITUTION" or len(words) < 2 or not words[0][:1].isupper() or \
                not all(w[:1].isupper() or w in CONNECTORS for w in words) or \
                " ".join(words).endswith(self.event_phrases) or " ".join(words) in entry.names():
            return cand  # 'WIPO General Assembly' is a meeting of WIPO; '立法會 Legislative Council' (a bilingual
            # header) names the body twice ('LegCo Panel on Commerce and Industry' is one name)
        second = self.leading_body(text[cand.end:end].strip())
        if second is not None and second.parent != entry.id and (second.type not in ORGAN_TYPES or second.parent):
            return cand  # 'Hong Kong Monetary Authority Bank of Thailand' (signatories under a joint statement): two known
            # bodies written one after the other, a list — a name does not run on from one whole known body into another
            # (nor into another body's organ: 'the MSF Committee of Supply', Parliament's committee; eninst, session 22)
        own = text[cand.start:cand.end]  # 'LegCo Panel on X' is the 'Legislative Council Panel on X'
        if is_acronym(own) and f" {entry.canonical} ".lower().endswith(f" {' '.join(words)} ".lower()):
            return replace(cand, end=end)  # 'the EMEAP Central Banks': words that restate the end of the
            # acronym's own name name the body itself
        canonical = clean_name(f"{entry.canonical}{text[cand.end:end]}" if is_acronym(own) else text[cand.start:end])
        return Cand(cand.start, end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "",
                    entry.country_code, "", "rule", 0.8)

    def post_after(self, text: str, end: int) -> bool:
        """A post's title right after a name ('... Commission Chairman Liu', '... Bank of China Governor Yi'):
        the name is the body the post belongs to, and ends there; so does a post's plural ('PMO Ministers', 'HKMA
        Officers': the body, then its holders of that post — eninst, session 18); a hyphenated post or a short title
        ('NTUC Secretary-General Lim', 'Standard Chartered CEO Bill Winters' — eninst, session 22)."""
        m = POST_NEXT.match(text[end:end + 40])
        if m is None:
            return False
        word, first = m.group(1).split("-")[-1], m.group(1).split("-")[0]  # ('Secretary-General', 'Director-General')
        return word in self.post_heads or first in self.post_heads or m.group(1) in self.post_abbreviations or \
            word.endswith("s") and word[:-1] in self.post_heads or f"{m.group(1)} {m.group(2)}" in self.post_heads

    def is_place_name(self, name: str) -> bool:
        return self.whole_entry_of(name, "place") is not None

    def leading_body(self, words: str) -> Any:
        """The known institution whose whole name opens `words` (up to a word's end), else None."""
        found = self.leading_entry(words, "institution")
        return found[0] if found is not None else None

    def leading_entry(self, words: str, table: str) -> tuple[Any, int] | None:
        """(entry, length) of the known name of `table` that opens `words` and ends where a name ends (no
        capitalised word runs on after it), else None."""
        found = next(iter(self.matcher.find(words)), None)
        if found is None or found[0] != 0 or found[2].table != table or NAME_RUNS_ON.match(words, found[1]):
            return None
        return found[2], found[1]

    def whole_entry_of(self, name: str, table: str) -> Any:
        """The gazetteer entry of `table` whose name is the whole of `name`, else None."""
        found = list(self.matcher.find(name))
        return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(name)) and found[0][2].table == table \
            else None

    def repair_piece(self, text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
        """An NER organisation span made whole: its complement and a head on the next line joined, its
        conjuncts before the head taken in. Label EVENT when the whole names an event or a programme
        ('Association for International Education' + ' Conference', 'INTERPOL General Assembly')."""
        last = text[s:e].split()[-1]
        e = self.numbered_end(text, last, e)  # 'Seletar Airport Terminal' + ' 3'
        if label != "ORG":
            run = AND_RUN.match(text, e)
            words = text[s:e].split() + (run.group(1).split() if run else [])
            if any(w.rstrip(":,") in self.event_heads for w in words) and \
                    self.head_type(text[s:e]) != "INSTITUTION" and not any(self.matcher.find(text[s:e])):
                return s, run.end() if run else e, "EVENT"  # 'Ninth Belt' + ' and Road Summit Keynote Luncheon',
                # 'Belt and Road Summit Business' (+ ' Plenary'): an event's name the model cut short and read as a place
            return s, e, label
        surface = text[s:e]
        head = self.head_type(surface)
        if self.post_after(text, e):
            return s, e, label  # 'China Securities Regulatory Commission' + ' Chairman Liu Shiyu': the body, its post
        if head == "INSTITUTION":
            prep = prep_inside(surface)
            end, kind = self.tail(text, e, after_head=True, in_prep=prep,
                                  at_head=not prep or self.head_kind(surface.split()[-1]) is not None)
        elif head is None:
            end, kind = self.tail(text, e)
        else:
            end, kind = e, None
        known = self.whole_entry(text[s:e]) if kind == "NOT" and ("\n" in text[e:end] or
                                                                 text[e:end].split()[:1] in (["and"], ["&"])) else None
        if known is not None and known.table == "institution":  # ('the People's Association' + ' and Silver
            # Generation Ambassadors': the body, then people with a post; not one name)
            end, kind = e, None  # '... NEA and PUB' + '\nSpeech by ...': a heading line ends in a known body, no
            # 'PUB Speech' (an unknown name broken before its event head is that event: '... for Port Management'
            # + '\nConference and Exhibition')
        if kind == "NOT":
            return s, end, "EVENT"
        if kind is not None or head == "INSTITUTION":
            e = end
        surface = " ".join(text[s:e].split())
        if any(surface.endswith(" " + p) for p in self.event_phrases):
            return s, e, "EVENT"  # an organisation's meeting: 'the INTERPOL General Assembly'
        if self.head_type(surface) == "INSTITUTION":
            s = self.conjunct_edge(text, s, LEFT_STOP)
            h = HYPHENED_BEFORE.search(text, max(0, s - 30), s)
            if h and not CLAUSE_START.search(text, max(0, h.start() - 12), h.start()):
                s = h.start()  # (a sentence's first word is no part of a name: 'Cross-boundary X Council met')
        return s, e, label

    def tail(self, text: str, pos: int, after_head: bool = False, in_prep: str = "", at_head: bool = False,
             after_place: bool = False) -> tuple[int, str | None]:
        """End of the longest run of capitalised words after `pos` that ends in a head word (or, inside a
        prepositional complement, in any capitalised word), and the kind of the name's head.

        `after_head`: the name before `pos` already ends in an institution head; `in_prep`: the preposition of
        the 'of/for/on' complement it is already inside ('Working Group on Harbourfront Design' + ' and Water
        Sports'); `after_place`: a complete place name ends at `pos`. Inside a complement heads do not retype
        the name, except an event word: 'Association for Port Management Conference' is a conference."""
        best, kind = pos, None
        i = pos
        after_inst_head, after_prep, prep = after_head, bool(in_prep), in_prep
        # at_head: the last word was a head: 'Hospital in Cotai' ends, 'Task Force on Talent in ...' goes on
        n_words = 0
        prev = (text[max(0, pos - 16):pos].split() or [""])[-1]  # the name's last word so far
        while n_words < 16:
            m = TAIL_WORD.match(text, i, i + 80)
            if not m:
                break
            sep, word = text[m.start():m.start(1)], m.group(1)
            if "," in sep and not after_prep and m.group(1).rstrip(".") not in LEGAL_FORMS or \
                    "\n" in sep and not wrapped(text, m.start(1)) and \
                    (after_prep or n_words > 1 or not OPEN_COMPLEMENT.search(text, max(0, m.start() - 40), m.start())):
                break  # 'Booksellers, LLC' goes on; so does a name begun just before a heading's break
            if "\n" in sep and m.group(1) in LEFT_STOP and m.group(1) != "New":
                break  # '... in Tseung Kwan O' + new line 'The Transport Department ...': a new sentence begins
            if "\n" in sep and m.group(1) in self.post_heads:
                break  # '... Eastern District Council' + new line 'Representative from ...': a list's next item
            end = m.end()
            foot = (FOOTNOTE.fullmatch(word) if word[-1:].isdigit() else None) or \
                OWNER_END.match(text, end) and POSSESSIVE.fullmatch(word)  # (a marker ends in a digit)
            if foot:  # a footnote marker, or the possessive that ends the name ('the X Museum of Art's collection')
                word, end = foot.group(1), m.start(1) + len(foot.group(1))
            if word in CONNECTORS:
                if foot or after_place and n_words == 0 and word in PREPOSITIONS:
                    break  # 'Malaysia on the Johor-Singapore Zone': a complete place, then another name
                if after_place and n_words == 0 and word == "and" and self.starts_known_name(text, end):
                    break  # 'Hengqin and Lantau Island': a list of places
                if after_inst_head and word in ("of", "for", "on"):
                    after_prep, prep = True, word
                if word in ("in", "for") and TERM_NEXT.match(text, end):
                    break  # 'Commission on Poverty' + ' in the Fourth Term of ...': a time, no part of the name
                if word == "the" and prev not in PREPOSITIONS and prev != "to":
                    break  # 'Japan and the Middle East' is a list, not one name
                if word in ("in", "at") and (best > pos or after_head) and (prep not in ("on", "for") or at_head) \
                        and not (word == "in" and self.place_in_name(text, m.start(), end, prep)):
                    break  # '... Hospital in Cotai', 'Bureau of Ruritania in Auckland': another entity; a
                    # topic goes on: 'Task Force on Talent in Hong Kong', 'Committee for Women in Science'
                if word == "and" and (best == i and best > pos or i == pos and after_head) and \
                        not after_prep and self.second_name(text, end):
                    break  # 'Printing and Stationery Department and Lands Department': two
                i = end
                n_words += 1
                prev = word
                continue
            if word == "to" and after_prep and prev in RELATING or word == "into" and after_prep:
                i = end  # 'Subcommittee on Matters Relating to the Development of ...', 'Steering Group on
                # Integration into National Development', 'Commission of Inquiry into X': the complement goes on
                n_words += 1
                prev = word
                continue
            if not word[:1].isupper() or word in CALENDAR_WORDS and prev in PREPOSITIONS:
                break  # 'hosted by the X Association on Friday': a date, no complement of the name
            if prev in CONNECTORS and not after_prep and best == pos and self.head_kind(word) is not None and \
                    n_words == 1:
                break  # 'San Diego and Park': a bare head after a connector names nothing
            if after_prep and sep == " " and prev[:1].isupper() and prev not in CONNECTORS and \
                    (word in self.document_nouns or self.known_body_at(text, m.start(1)) and
                     not self.known_body_over(text, m.start() - len(prev), m.start(1))):
                break  # 'Panel on Welfare Services' + ' Legislative Council Annual Report' (a page's running footer),
                # 'Panel on Manpower' + ' Minutes of meeting': a complement ends where a known body or a document
                # noun follows its last word with no connector
            i = end
            n_words += 1
            k = self.head_kind(word.rstrip("'’"))
            if k == "INSTITUTION" and self.facility(prev, word):
                k = "PLACE"  # 'Two International Finance Centre', 'HKMA Information Centre': a building, a facility
            if f"{prev} {word}" in self.place_heads:
                k = "PLACE"  # a two-word place head: 'Boundary Crossing Facilities', 'Bradfield City Centre'
            elif f"{prev} {word}" in self.programme_heads:
                k = "NOT"  # a rail line's extension: 'Tuen Mun South Extension'
            prev = word
            at_head = k is not None
            if after_prep:
                best = i  # 'Panel on Commerce, Industry, Innovation and Technology'
                if word in self.event_heads:
                    kind = "NOT"
            elif k is not None:
                i = self.numbered_end(text, word, i)  # 'Seletar Airport Terminal 3'
                best, kind = i, k
                after_inst_head = after_inst_head or k == "INSTITUTION"
            if foot:
                break
        return best, kind

    def split_listed(self, text: str, found: Iterable[tuple[int, int, Entry]]) -> Iterator[tuple[int, int, Entry]]:
        """'Hong Kong, China, Asia and the world': a comma alias ('Hong Kong, China') inside a comma list of names is
        two list items; elsewhere ('Hong Kong, China is ...') it is one name."""
        for s, e, entry in found:
            k = text.find(", ", s, e)
            nxt = LIST_NEXT.match(text, e)
            if k > 0 and nxt and self.starts_known_name(text, nxt.end()):
                items = [(a, b, self.whole_entry(text[a:b])) for a, b in ((s, k), (k + 2, e))]
                if all(x is not None for _, _, x in items):
                    yield from ((a, b, x) for a, b, x in items if x is not None)
                    continue
            yield s, e, entry

    def known_body_at(self, text: str, pos: int) -> bool:
        """A gazetteer institution's name of two words or more starts at `pos` ('Legislative Council')."""
        return any(s == 0 and " " in text[pos:pos + e] and x.table == "institution"
                   for s, e, x in self.matcher.find(text[pos:pos + 80]))

    def known_body_over(self, text: str, start: int, pos: int) -> bool:
        """A gazetteer institution's name starts at `start` and goes on past `pos` ('Provisional' + ' Legislative
        Council': the known body's own first word, no name's last word before another known body)."""
        return any(s == 0 and e > pos - start and x.table == "institution"
                   for s, e, x in self.matcher.find(text[start:start + 80]))

    def whole_entry(self, name: str) -> Entry | None:
        found = list(self.matcher.find(name))
        return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(name)) else None

    def starts_known_name(self, text: str, pos: int) -> bool:
        """A gazetteer name starts at the next word after `pos`."""
        m = re.compile(r"\s+").match(text, pos)
        start = m.end() if m else pos
        return any(s == 0 for s, _, _ in self.matcher.find(text[start:start + 80]))

    def second_name(self, text: str, pos: int) -> bool:
        """After 'X Department and': does another name follow ('Lands Department', 'Tai Wai Station')? A legal form
        alone does not make one ('Exchanges and Clearing Limited' is one company)."""
        words = text[pos:pos + 60].split()[:2]
        if any(w in self.post_heads for w in words):
            return True  # 'Minister in the Prime Minister's Office and Second Minister for Finance': a post follows
        end, kind = self.tail(text, pos)
        if kind not in ("INSTITUTION", "PLACE"):
            return False
        return any(self.head_kind(w) in ("INSTITUTION", "PLACE") for w in text[pos:end].split()
                   if w not in LEGAL_FORMS)

    def left_edge(self, text: str, start: int, stop: set[str]) -> int:
        """Capitalised words just before a compound belong to it ('Tsinghua Shenzhen International ...'),
        also across one line break; sentence-initial capitals do not."""
        while True:
            m = CAPITAL_BEFORE.search(text, max(0, start - 40), start)
            if not m or m.group(1) in stop or self.known_owner(text, m.end(1)):
                return start
            if "\n" in m.group(0) and not wrapped(text, m.end()) and not OPEN_COMPLEMENT.search(
                    text, max(0, m.start() - 12), m.start()):
                return start
            if CLAUSE_START.search(text, max(0, m.start() - 12), m.start()) or not wrapped(text, m.start()):
                return start
            start = m.start()

    def place_in_name(self, text: str, at: int, after_in: int, prep: str) -> bool:
        """'Association of Banks' + ' in Singapore': a membership body's plural 'of' complement, then a gazetteer
        place; 'Office of the Government of the HKSAR' + ' in Beijing': an office and where it is. The place is
        part of the name (data: membership_heads, office_heads)."""
        m = MEMBERS_OF.search(text, max(0, at - 80), at) if prep == "of" else None
        # a chamber's complement names no plural ('Chamber of Commerce'), yet its members are traders: 'British
        # Chamber of Commerce in Hong Kong' is named by where its members trade, as 'Association of Banks in X' is
        members = m is not None and m.group(1) in self.membership_heads and \
            (singular(m.group(2)) != m.group(2) or m.group(1) == "Chamber")
        office = OFFICE_BEFORE.search(text, max(0, at - 100), at)
        if not members and (office is None or not self.office_heads.intersection(office.group().split())):
            return False  # ('Report on the Work of The Office of the Government ...': the office in a title)
        gap = re.compile(r"[ \t]+(?:the[ \t]+)?").match(text, after_in)
        start = gap.end() if gap else after_in
        return any(s == 0 for s, _, x in self.matcher.find(text[start:start + 60]) if x.table == "place")

    def known_owner(self, text: str, end: int) -> bool:
        """The word ending at `end` is a possessive of a gazetteer name: 'the UK's Hong Kong Association' is the
        association of the UK, which owns it; the place is no part of its name ('People's Bank' is no possessive)."""
        if text[end - 2:end] not in ("'s", "’s"):
            return False
        snippet = text[max(0, end - 42):end - 2]
        return any(e == len(snippet) for _, e, _ in self.matcher.find(snippet))

    def conjunct_edge(self, text: str, start: int, stop: set[str]) -> int:
        """'Printing and Stationery Department', 'Innovation, Technology and Industry Bureau': capitalised
        conjuncts just before a name whose head is a body are part of its name. In a comma list the items that
        cannot be conjuncts (a post, a body) end it: 'Assistant Governor, Corporate Strategy and Relations Group'."""
        m = CONJUNCT_BEFORE.search(text, max(0, start - 80), start)
        if not m:
            return start
        at = m.start(1)
        items = m.group(1).split(", ")
        for k in range(len(items)):  # the longest run of items, ending at 'and', that are all conjuncts
            found = [w for w in re.finditer(r"[A-Z][\w'’-]*", ", ".join(items[k:]))]
            while found and found[0].group() in stop:  # 'The Fisheries and Harbour Bureau': no conjunct 'The'
                found.pop(0)
            words = [w.group() for w in found]
            # a body's or a place's head ends a name before 'and' (two names); a post is no portfolio; a portfolio
            # word that is also a programme head is what a unit handles ('Corporate Strategy and Relations Group')
            if words and not any(w in stop or w in self.post_heads or self.head_kind(w) is not None and
                                 w not in self.portfolio_words for w in words):
                return at + sum(len(x) + 2 for x in items[:k]) + found[0].start()
        return start


def wrapped(text: str, pos: int) -> bool:
    """Whether `pos` is not at a line start, or the line before it is a long (wrapped) line: a line break
    there continues the sentence (a short line before it is a heading, a label or a list marker)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return True
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    # A wrapped line of prose has lower-case words; a long line of capitalised words only is a title or a
    # label in a list ('Executive Director/Information Technology Division'), whose name ends with the line.
    return line_start - 1 - prev_start >= WRAPPED_LINE and \
        LOWER_WORD.search(text, prev_start, line_start) is not None


def prep_inside(surface: str) -> str:
    """The preposition of a name's 'of/for/on' complement ('' when it has none)."""
    found = re.findall(r"\s(of|for|on)\s", surface)
    return found[-1] if found else ""
