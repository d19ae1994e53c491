"""A jurisdiction's own bodies and places as cues for a bare '$' (issue 14): a Singapore budget passage that never
writes 'Singapore' still names its statutory boards (HDB, LTA, JTC, IMDA), its ministries' portfolios and its towns
(Yishun, Tampines, Punggol). The names come from the gazetteers (`locale_gazetteer_cues` in the figure lexicon says
which country votes for which currency and which kinds of entry count); a name votes only when it holds a word of its
own — a proper name or an acronym of a government body — since a name of everyday words ('Civil Service College',
'Housing and Development Board', 'Marine Parade') can name a body or a street in any jurisdiction."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.figures.reader import lexicon

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def own_word(name: str) -> bool:
    """Whether a name holds a word that is no everyday English word ('Yishun', 'Temasek', 'JTC Corporation'); its
    everyday words, hyphened parts ('one-north') and possessives ("People's Association") are shared with bodies
    and places anywhere."""
    return any(not everyday_word(_POSSESSIVE.sub("", w), nouns=True) for w in _WORD.findall(name))


def gazetteer_rows(name: str) -> list[dict[str, object]]:
    """The entries of one gazetteer file (its '//' comment lines skipped)."""
    text = resources.files("pipeline.data").joinpath(name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]


def acronym(name: str) -> bool:
    return len(name) >= 3 and name.isupper() and name.isalpha()


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, tuple[str, ...]]:
    """Currency → the names of its country's bodies and places that vote for it (canonical names and aliases of the
    listed gazetteers' entries of that country and of the listed kinds; acronyms only for the government kinds)."""
    rules = lexicon("en")["locale_gazetteer_cues"]
    found: dict[str, set[str]] = {}
    for currency, rule in rules["countries"].items():
        names = found.setdefault(currency, set())
        for file in rules["files"]:
            for row in gazetteer_rows(file):
                kind = str(row.get("type", ""))
                if row.get("country_code") != rule["country_code"] or kind not in rule["kinds"]:
                    continue
                aliases = row.get("aliases")
                for name in {str(row["canonical"]), *(str(a) for a in (aliases if isinstance(aliases, list) else []))}:
                    if acronym(name) and kind not in rule["acronym_kinds"]:
                        continue
                    if acronym(name) or own_word(name):
                        names.add(name)
    return {code: tuple(sorted(n for n in names if not holds_shorter(n, names))) for code, names in sorted(found.items())}


def holds_shorter(name: str, names: set[str]) -> bool:
    """Whether a shorter listed name stands whole in this one ('Changi' in 'Changi Airport', 'JTC' in 'JTC
    Corporation'): that name's cue already counts the mention, once."""
    return any(other != name and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", name) for other in names)
