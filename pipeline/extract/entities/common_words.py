"""English places (issue 14): a capitalised everyday word is no place unless the text says it is one.

Two weak readings make a common English word a place: the statistical NER tags a sentence's or a title's first word
GPE ('Yet, the bureau said ...', 'the Buy or Rent Option'), and a foreign town's name spelled without its
diacritics is an English word in a title-case heading ('Housing Land Supply and Sale of Sites': no Salé). Either
stays with a locative cue before it ('in', 'at', 'from', 'to', 'near', 'via') unless a capitalised name goes on
after it ('in Buy or Rent Option estates'). The words are
data (pipeline/data/words.en.json from the model's WordNet lemma index and spaCy's stop words,
scripts/build_en_words.py; verbs.en.json): a model-only place is dropped when the word is a function word, adjective,
adverb or verb (WordNet's nouns hold places' names: 'paris', 'china'), and so is a model-only name of two or three
such words with no place head ('eligible Green Form applicants': a scheme's words) unless every word is a romanised
Cantonese syllable ('Long Bin', 'Long Ping' are places); a diacritic-free spelling when it
is any English word and stands in a heading (a title-case line) or opens a line."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.place_lists import romanised
from pipeline.extract.figures.numbers import load_verbs
from pipeline.textfold import without_marks
from pipeline.extract.entities.spans import Cand

LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|via|of[ ]the[ ]city[ ]of)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"[ ](?:or|and|&)[ ][A-Z][\w'’-]*[ ][A-Z]")
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
HOME_CODES = {"HK", "MO", "SG", "CN"}


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every English word of the lists, the words that are no nouns: function words, adjectives, adverbs, verbs)."""
    data = load_json_data("words.en.json")
    not_nouns = frozenset(data["function_words"]) | frozenset(data["adjectives"]) | frozenset(data["adverbs"]) | \
        load_verbs()
    return not_nouns | frozenset(data["nouns"]), not_nouns


def word_forms(word: str) -> tuple[str, ...]:
    """The lower-case word and the base forms an English inflection may stand for ('rates' -> 'rate')."""
    w = word.lower()
    forms = [w]
    for end, base in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if w.endswith(end) and len(w) > len(end) + 2:
            forms.append(w[:-len(end)] + base)
    return tuple(forms)


def everyday_word(word: str, nouns: bool = False) -> bool:
    """Whether one word is a common English word (of any part of speech with `nouns`, else no noun)."""
    every, not_nouns = english_words()
    words = every if nouns else not_nouns
    return word.isalpha() and any(f in words for f in word_forms(word))


def locative_before(text: str, start: int) -> bool:
    return LOCATIVE_BEFORE.search(text, max(0, start - 24), start) is not None


def heading_or_opening(text: str, start: int, end: int) -> bool:
    """The word opens its line, or stands in a title-case line (every word but the small ones capitalised)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not text[line_start:start].strip():
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def model_place_is_word(text: str, start: int, end: int) -> bool:
    """A one-word place only the model read is an everyday word (no noun): 'Yet', 'Buy'; after a locative cue only
    when a capitalised phrase goes on through 'or'/'and' ('living in Buy or Rent Option estates': a scheme's name;
    'buildings in Downtown' stay). A name of two or three words is one when each word is ('Green Form')."""
    words = text[start:end].split()
    if len(words) > 1:  # 'eligible Green Form applicants', 'White Form buyers': a scheme's words, every one an
        return len(words) <= 3 and all(everyday_word(w) for w in words) and \
            not romanised(" ".join(words))  # everyday word (the caller checks heads); 'Long Bin' is Cantonese
    return "-" not in words[0] and everyday_word(words[0]) and \
        (not locative_before(text, start) or NAME_GOES_ON.match(text, end) is not None)


def everyday_towns(text: str, cands: list[Cand], entries: dict[str, Any]) -> list[Cand]:
    """The gazetteer's candidates, with a foreign town matched only by its diacritic-free spelling that is an English
    word in a heading or at a line's start (and no locative cue) read as no name ('Sale of Sites')."""
    out = []
    for c in cands:
        entry = entries.get(c.entity_id) if c.label == "PLACE" else None
        surface = text[c.start:c.end]
        if entry is not None and entry.country_code not in HOME_CODES and " " not in surface and \
                surface != entry.canonical and without_marks(entry.canonical) == surface and \
                everyday_word(surface, nouns=True) and heading_or_opening(text, c.start, c.end) and \
                not locative_before(text, c.start):
            out.append(Cand(c.start, c.end, None, "", surface))
            continue
        out.append(c)
    return out


__all__ = ["everyday_towns", "everyday_word", "model_place_is_word"]
