"""Folded Chinese text + name matches → the `Match` record of the Chinese matcher, and the names quotes make
or unmake: a quoted name with a suffix is one (「生命健康研究院」), a place only part of a quoted name is none."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.kind_bodies_zh import CommonKinds


@dataclass
class Match:
    start: int
    end: int
    entity: str  # 'id:<entry id>' or 'name:<surface>'
    label: str  # PLACE | INSTITUTION
    alias: str  # folded alias that matched ('' for an extended name)
    special: str = ""  # 'locale' | 'anaphora' | ''
    extra: dict[str, str] = field(default_factory=dict)


# a quote of ten characters or more holding a sentence's punctuation is speech, no name (a slogan's halves, “深圳所需，
# 香港所长”, and a list of slogans, “修机场、造海港、通高铁”, stay quoted names)
_SPEECH = re.compile(r"[，。；！？,;!?]")
_QUOTED_NAME = re.compile(r"[「“『][ \u3000]?([^」”』\n \u3000][^」”』\n]{1,22}[^」”』\n \u3000])[ \u3000]?[」”』]")


@lru_cache(maxsize=4)
def _clause(words: str) -> re.Pattern[str]:
    return re.compile(words or "(?!)")


def quoted_parts(text: str, matches: list[Match], speech: dict[str, Any] | None = None) -> list[Match]:
    """“智慧海南”, “中國―東盟自由貿易區”: a place that is only part of a quoted name is no mention; a quoted
    sentence (「可以一隻腳踏著深圳，一隻腳踏著香港」: a comma or a full stop inside) is speech, its places are mentions,
    and so is a long quoted clause of wording that holds a clause word (`speech_quotes`: 措辞调整为“有关举措涵盖某县、某市”)."""
    rules = speech or {}
    longest, clause = int(rules.get("min_length", 99)), _clause(str(rules.get("clause_words", "")))
    quotes = [(q.start(1), q.end(1)) for q in re.finditer(r"[“「『]([^”」』“「『]{1,30})[”」』]", text)
              if len(q.group(1)) < 10 or not (_SPEECH.search(q.group(1)) or
                                               (len(q.group(1)) >= longest and clause.search(q.group(1))))]
    return [m for m in matches if not (m.label == "PLACE" and any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in quotes))]


def quoted_names(rules: dict[str, Any], folded: str, start: int, end: int, matches: list[Match]) -> list[Match]:
    """「生命健康研究院」: a quoted name with an institution or place suffix is one, gazetteer or not; a venue's kind
    word after common words only (“智慧图书馆”, “数字展馆”: `kind_heads`) names a kind of venue, none."""
    out = list(matches)
    heads = tuple(rules.get("kind_heads", ()))
    kinds = CommonKinds({**rules, "common_word_kinds": heads}) if heads else None
    for q in _QUOTED_NAME.finditer(folded, start, end):
        s, e = q.start(1), q.end(1)  # “某某委員會 ”: a space a PDF's layout put inside the quotes is no part of the name
        name = q.group(1)
        if re.search(rules["no_numerals"], name) or any(m.start == s and m.end == e for m in out):
            continue
        label = next((lab for lab, key in (("INSTITUTION", "institution_suffixes"), ("PLACE", "place_suffixes"))
                      if any(name.endswith(x) and (lab == "INSTITUTION" or len(name) > len(x)) for x in rules[key])), "")
        # “示范区”: a place's kind word alone is no name (a defined 「委員會」 stays the body it stands for)
        if not label or (label == "PLACE" and name.startswith(tuple(rules.get("place_kind_starts", ())))):
            continue  # “国家跨境电子商务综合试验区”: a title conferred on a place, a kind of zone, no name
        if label == "PLACE" and kinds is not None and any(
                name.endswith(h) and len(name) - len(h) >= 2 and kinds.split(name[:-len(h)]) for h in heads):
            continue  # “智慧图书馆”: 智慧 + 图书馆, a kind of library
        if label == "INSTITUTION" and re.compile(rules.get("project_after", "(?!)")).match(folded, start + q.end()):
            continue  # “某某研发中心”项目: a project's name, no body yet
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(Match(s, e, "", label, "", "", {"quoted": "1"}))
    return sorted(out, key=lambda m: m.start)
