"""Text + candidates → the same, with companies whose registered name carries a bracketed part made one name:
'BOC Hong Kong (Holdings) Limited', 'Bank of East Asia (China) Limited', 'Zeta Widgets (BVI) Limited'.

Hong Kong (and Commonwealth) company law registers a group's companies under the group's name with a bracketed
qualifier before the legal form: the holding company '(Holdings)', a region or place of incorporation '(Asia)',
'(China)', '(Hong Kong)', '(BVI)', a role '(Trustee)', '(Nominees)'. The NER reads such a name as a place
('BOC Hong Kong'), a fragment or nothing; the bracket and the legal form after it say it is one company's name."""

from __future__ import annotations

import re
from collections.abc import Container

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.references import LEFT_WORDS, spell_out
from pipeline.extract.entities.spans import Cand, synthetic_id

# up to six capitalised words (inner 'of', 'and', '&' allowed), a bracketed qualifier of up to three capitalised
# words, then the legal form: 'Bank of China (Hong Kong) Limited', 'Acme Pacific (BVI) Company Limited'
BRACKETED_COMPANY = re.compile(
    r"(?<![\w&'’.-])((?:[A-Z][\w&'’.-]*[ \t]+(?:(?:of|and|&)[ \t]+(?=[A-Z]))?){1,6})"
    r"\(([A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,2})\)[ \t]+"
    r"((?:Company[ \t]+|Holdings[ \t]+|Group[ \t]+)?(?:Limited|Ltd\.?|Inc\.?|Corporation|PLC|plc|Pte\.?[ ]Ltd\.?))"
    r"(?![\w-])")


# what every match of BRACKETED_COMPANY holds: a text without it has none (a quick test before the slow scan)
LEGAL_FORM_AFTER_BRACKET = re.compile(r"\)[ \t]+(?:Company[ \t]+|Holdings[ \t]+|Group[ \t]+)?"
                                      r"(?:Limited|Ltd|Inc|Corporation|PLC|plc|Pte)")


def bracketed_companies(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Each 'Name (Qualifier) Limited' in the text is one company: the places and pieces found inside it give way
    (it is no mention of Hong Kong); a known body read over the same words stays itself, and a bracket that spells
    the words before it is an acronym's definition, not a qualifier ('Widget Trust (WT) Limited' is left alone)."""
    if "(" not in text or LEGAL_FORM_AFTER_BRACKET.search(text) is None:
        return cands
    out = cands
    for m in BRACKETED_COMPANY.finditer(text):
        start = m.start(1)
        words = m.group(1).split()
        while words and words[0] in LEFT_WORDS:  # 'The Bank of East Asia (China) Limited': the article is no part
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.start(2)
            words = words[1:]
        if not words or words[0] in ("of", "and", "&"):
            continue
        paren = m.start(2) - 1
        if sum(ch.isupper() for ch in m.group(2)) >= 2 and " " not in m.group(2) and \
                spell_out(text, paren, m.group(2)) is not None:
            continue  # an acronym defined in the bracket
        end = m.end()
        inside = [c for c in out if start <= c.start and c.end <= end]
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue  # a longer name runs across it
        if any(c.label == "INSTITUTION" and (c.entity_id in known or (c.start, c.end) == (start, end))
               and c.end >= paren for c in inside):
            continue  # a known body's name ('Bank of China (Hong Kong)'), or the whole name already read
        canonical = clean_name(text[start:end])
        out = [c for c in out if c not in inside] + [
            Cand(start, end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "", "rule", 0.8)]
    return out if out is cands else sorted(out, key=lambda c: (c.start, c.end))


# the words of a legal form: alone they name no company ('a bond Company Limited' where a layout's columns cut the
# name off, 'the Holdings Limited')
FORM_WORDS = {"Company", "Companies", "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corporation", "Corp", "Corp.", "PLC",
              "plc", "Holdings", "Group", "Co", "Co.", "LLC", "Pte", "Pte."}


def bare_legal_forms(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """An institution read over legal-form words only ('Company Limited') names no company: dropped."""
    return [c for c in cands if not (c.label == "INSTITUTION" and c.entity_id not in known and
                                     all(w in FORM_WORDS for w in text[c.start:c.end].split()))]


__all__ = ["bare_legal_forms", "bracketed_companies"]
