"""Text + candidates → the news outlets a byline, a source line or a news lead names (eninst, session 21; DECISIONS 28
and 30: source lines are mentions, media companies institutions; the Chinese rules read bylines the same way):
- a website in a byline's brackets ('By A Reporter (chinadaily.com.cn)'), a line that is only a news site's host
  name ('straitstimes.asia1.com.sg' under a copied story's headline; ensg, session 23), a 'Source:' line's address or
  an editor's e-mail address at the site (eninst, session 24): the outlet whose name,
  without spaces and punctuation, is the site's name (the gazetteer's news media: 'China Daily' = 'chinadaily');
- a source line: a name, a middle dot and a date opening a line ('AASTOCKS · Sep 27 17:39'), the outlet that carried
  the item (a known body stays the gazetteer's);
- a wire dateline's bracketed source ('HONG KONG, Oct 6 (UrduPoint / Pakistan Point News - 6th Oct, 2021 ) :', 'TOKYO
  (Kyodo) -'): each outlet named there, also one of everyday words whose last word is a masthead's ('Pakistan Point
  News'; not_entities.en.json 'masthead_heads'), and a place read inside it gives way (eninst, session 23);
- a news lead naming its source: a one-word name with a second capital opening a line, then 'reported' ('PANews
  reported on May 7 that ...'), the outlet reporting; or a one-word name a line opens with after 'According to'
  ('According to Odaily,').
A name no gazetteer entry holds becomes an outlet of its own only when it is no section label (not_entities.en.json:
'Press Releases · Feb 26 2025', 'Speech · Feb 26, 2025' open government pages) nor made of everyday words only
(words.en.json, whose nouns hold surnames: 'Smith', 'Keynes'), a lead's name is no plural acronym ('SMEs reported
that'), and a cited one has a second capital ('According to Smith,' names a person or an author; a one-word outlet
cited so is a gazetteer entry: 'Odaily', 'Cryptonews'; review-reven M2-M4).
Each pattern is searched once per document (bylines and source lines are lines of their own; a lead opens a
line); a span another typed candidate holds is left to it."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.outlet_short_forms_en import masthead_heads, outlet_short_forms
from pipeline.extract.entities.spans import Cand, synthetic_id

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
BYLINE_SITE = re.compile(r"^[ \t]*By[ ][^()\n]{2,60}\(([a-z0-9-]+)\.(?:com|net|org|co)(?:\.[a-z]{2})?\)", re.M)
SOURCE_LINE = re.compile(rf"^[ \t]*([A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){{0,3}})[ \t]+·[ \t]+{MONTHS}[ ]\d{{1,2}}\b",
                         re.M)
# 'According to Odaily, the regulator ...' opening a line: the one-word source a news item cites (a person is cited
# with a title, or by a surname the text wrote after a given name before: 'According to Yuen' after 'Arthur Yuen')
# a line that is only a news site's host name, the credit of a copied story ('straitstimes.asia1.com.sg',
# 'www.scmp.com'), also after a copyright mark ('© rthk.hk' closing each item of a news feed; zhinsthk, session 25):
# the outlet whose name the host's first label spells (only a known outlet: DECISIONS 28)
SITE_LINE = re.compile(r"^[ \t]*(?:(?:©|\([Cc]\)|Copyright)[ \t]*(?:\d{4}[ \t]*)?)?"
                       r"(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|sg|hk|cn)(?:\.[a-z]{2})?"
                       r"/?[ \t]*$", re.M)
# a 'Source:' label and a story's whole address after it, on its line or the next ('Source:\nhttps://scmp.com/news/
# ...'): the outlet whose site it is (eninst, session 24); an address alone in a story's body links another story, no
# credit; every label of the host is tried, last first ('news.cgtn.com', 'global.chinadaily.com.cn'; review reven S1)
SOURCE_URL = re.compile(r"^[ \t]*Sources?[ \t]*:[ \t]*\n?[ \t]*(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)"
                        r"\.(?:com|net|org|co|sg|hk|cn)(?:\.[a-z]{2})?(?:/[^\s]*)?[ \t]*$", re.M)
# an editor's or reporter's e-mail address at an outlet's domain in a wire story's contact line ('To contact the editor
# responsible for this story: A Lee at alee1@bloomberg.net'): the outlet whose name the domain spells (eninst,
# session 24)
CONTACT_LINE = re.compile(r"\b[Tt]o[ ]contact\b|\b(?:[Rr]eporter|[Ee]ditor)")  # (only in a contact line: 'please
# email media@cna.org' in prose is no outlet's address, review reven S8)
EMAIL_SITE = re.compile(r"(?<![\w.+-])[\w.+-]+@([a-z0-9-]+)\.(?:com|net|org|co|sg|hk|cn)(?:\.[a-z]{2})?(?![\w-])")
CITED_SOURCE = re.compile(r"^[ \t]*According[ ]to[ ]([A-Z][\w&-]+),[ ]", re.M)
# a wire dateline's bracketed source: 'HONG KONG, Oct 6 (UrduPoint / Pakistan Point News - 6th Oct, 2021 ) :', 'TOKYO
# (Kyodo) -': a place in capitals, perhaps a date, then the outlets (split at '/', a trailing date dropped)
# then a dash or a colon, as wire datelines write it (not a heading 'FINANCIAL TECHNOLOGY (FINTECH)' and its text)
DATELINE_SOURCE = re.compile(rf"^[ \t]*[A-Z][A-Z .'’-]{{1,30}}(?:,[ ]{MONTHS}[ ]\d{{1,2}})?[ ]\(([^()\n]{{2,80}})\)"
                             r"(?=[ \t]*[-–—:])", re.M)
DATELINE_NAME = re.compile(r"[ ]*([A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})[ ]*(?:[-–—][^/]*)?(?:/|$)")
NEWS_LEAD = re.compile(r"^[ \t]*([A-Z][a-z]*[A-Z][\w&-]*)[ ]reported[ ](?:on[ ]|that[ ])", re.M)  # (one word with a
# second capital, 'PANews', 'CNBC': no person's name ('Mr Tan reported') nor a common word)


def squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def media_sites(entries: Iterable[Any]) -> dict[str, Any]:
    """A site's name ('chinadaily', 'straitstimes') → the news outlet whose name it spells (built once)."""
    out: dict[str, Any] = {}
    for e in entries:
        if e.table == "institution" and e.type in ("news media", "news agency"):
            for name in e.names():
                out.setdefault(squashed(name), e)
                if name.startswith("The "):
                    out.setdefault(squashed(name[4:]), e)
        if e.table == "institution":  # a listed site names its body whatever its type (a public broadcaster's)
            for site in e.sites:
                out.setdefault(site, e)
    return out


def own_outlet(m: re.Match[str], not_names: Container[str]) -> bool:
    """Whether a name no gazetteer entry holds names an outlet of its own (see the module's docstring)."""
    name = m.group(1)
    if name in not_names or all(everyday_word(w, nouns=True) for w in name.split()):
        return False
    if m.re is NEWS_LEAD and name.endswith("s") and name[:-1].isupper():
        return False  # 'SMEs', 'NGOs'
    return m.re is not CITED_SOURCE or any(ch.isupper() for ch in name[1:])


def outlet_cands(text: str, cands: list[Cand], sites: dict[str, Any], whole_entry: Callable[[str], Any],
                 from_entry: Callable[[int, int, Any], Cand], known: Container[str],
                 not_names: Container[str] = ()) -> list[Cand]:
    """`cands` plus the outlets of bylines, source lines and news leads that no candidate holds yet (a name only
    the model typed, no gazetteer entry, gives way: 'Odaily' read as a place)."""
    found: list[Cand] = []
    wired = []  # the outlets of datelines: a known place read inside one ('Pakistan Point' News) gives way
    if "By " in text and "(" in text:
        for m in BYLINE_SITE.finditer(text):
            entry = sites.get(m.group(1).replace("-", ""))
            if entry is not None:
                found.append(from_entry(m.start(1), m.end(0) - 1, entry))
    site_lines = [*SITE_LINE.finditer(text)] if "." in text else []
    site_lines += [m for m in EMAIL_SITE.finditer(text)
                   if CONTACT_LINE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())] if "@" in text else []
    for m in site_lines + [*SOURCE_URL.finditer(text)] if "Source" in text else site_lines:
        for label in reversed([*re.finditer(r"[a-z0-9-]+", m.group(1))]):
            entry = sites.get(label.group().replace("-", ""))
            if entry is not None:
                found.append(from_entry(m.start(1) + label.start(), m.start(1) + label.end(), entry))
                break
    for d in DATELINE_SOURCE.finditer(text) if " (" in text else ():
        for m in DATELINE_NAME.finditer(text, d.start(1), d.end(1)):
            entry = whole_entry(m.group(1))
            if entry is not None and entry.table == "institution":
                found.append(from_entry(m.start(1), m.end(1), entry))
            elif entry is None and m.group(1) not in not_names and (m.group(1).split()[-1] in masthead_heads() or
                                                                 not all(everyday_word(w, nouns=True)
                                                                         for w in m.group(1).split())):
                name = clean_name(m.group(1))
                wired.append(Cand(m.start(1), m.end(1), "INSTITUTION", synthetic_id("INSTITUTION", name), name,
                                  "news media", "", "", "rule", 0.7))
    found += wired
    hits = [m for m in SOURCE_LINE.finditer(text)] if "·" in text else []
    hits += [m for m in NEWS_LEAD.finditer(text)] if " reported " in text else []
    hits += [m for m in CITED_SOURCE.finditer(text)] if "According to " in text else []
    for m in hits:
        s, e = m.span(1)
        entry = whole_entry(m.group(1))
        if entry is not None:
            found.append(from_entry(s, e, entry) if entry.table == "institution" else
                         Cand(s, e, None, "", "", "", "", "", "rule", 0.0))
            continue
        if not own_outlet(m, not_names):
            continue
        if m.re is CITED_SOURCE and re.search(rf"[A-Z][\w'’-]*[ ]{re.escape(m.group(1))}\b", text):
            continue  # 'According to Yuen,' after 'Arthur Yuen': a person named before by a full name (only a name
            # no gazetteer entry holds: 'the Xinhua report' before 'According to Xinhua,'; review-reven S2)
        name = clean_name(m.group(1))
        found.append(Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", name), name, "news media", "", "", "rule",
                          0.7))
    new = [f for f in found if f.label is not None and
           not any(c.start < f.end and f.start < c.end and c.label is not None and c.entity_id in known and
                   (c.label == "INSTITUTION" or f not in wired) for c in cands)]
    if not new:
        return outlet_short_forms(text, cands, known)
    # (a name no rule typed, an all-capitals word read as a heading's, or one only the model typed, gives way to the
    # outlet the line names)
    kept = [c for c in cands if c.label is not None and c.entity_id in known and not (
        c.label == "PLACE" and any(c.start < f.end and f.start < c.end for f in new if f in wired)) or
        not any(c.start < f.end and f.start < c.end for f in new)]
    return outlet_short_forms(text, sorted(kept + new, key=lambda c: (c.start, c.end)), known)  # 'told the Post'


__all__ = ["media_sites", "outlet_cands"]
