"""Text → language per document and per block: a script-ratio rule (CJK vs Latin letters), no model.

Blocks are lines (a paragraph per line after ingest), so a bilingual document routes each paragraph
to the English or the Chinese recognizers. A Chinese block is `zh-Hant` or `zh-Hans` (BCP 47) by the
characters that only one script uses; `fold` maps Traditional to Simplified character by character
(OpenCC data), so offsets in the folded text are offsets in the original.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

EN = "en"
HANT = "zh-Hant"
HANS = "zh-Hans"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# A Chinese character carries about as much as a short English word: weigh it like three letters.
CJK_WEIGHT = 3


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lang: str


@lru_cache(maxsize=1)
def _converters() -> tuple[object, object]:
    from opencc import OpenCC  # type: ignore[import-untyped]

    return OpenCC("t2s"), OpenCC("s2t")


def hkscs_char(ch: str) -> str:
    """The HKSCS character behind a Private Use Area code point (鴨\ue77f洲 is 鴨脷洲), else `ch`.

    Hong Kong government text from Big5-HKSCS systems keeps HKSCS characters at their Big5 EUDC
    positions, mapped to the PUA by the standard (Microsoft) Big5 EUDC table; the big5hkscs codec
    reads the Big5 code back. One character for one, so offsets stay put.
    """
    o = ord(ch)
    for base, lead0, last in ((0xE000, 0xFA, 0xE310), (0xE311, 0x8E, 0xEEB7), (0xEEB8, 0x81, 0xF6B0)):
        if base <= o <= last:
            i = o - base
            t = i % 157
            try:
                out = bytes([lead0 + i // 157, 0x40 + t if t < 63 else 0xA1 + t - 63]).decode("big5hkscs")
            except UnicodeDecodeError:
                return ch
            return out if len(out) == 1 else ch
    return ch


# Look-alikes typed for another character, which OpenCC keeps: 陜 (U+965C, 'narrow', the old form of 狹) stands for
# 陝 (Shaanxi) in much Hong Kong and Taiwan press text (陜西, 陜北); no Chinese word is written with 陜 itself today.
# 巿 (U+5DFF, fú, a knee-cover; a radical) stands for 市 ('city', 'market') in much Hong Kong Government and press text
# (東涌新巿鎮, 巿民, 巿區: an input-method slip the eye does not catch); no modern word is written with 巿.
# Hong Kong's standard forms that OpenCC's t2s keeps (the Education Bureau's 常用字字形表, the forms HKSAR Government text is
# typeset in): 衞 for 衛 (食物及衞生局, 衞生署, 世衞) and 敍 for 敘; a Simplified text writes 卫 and 叙 (食卫局, 世卫).
_LOOK_ALIKES = {"陜": "陕", "巿": "市", "衞": "卫", "敍": "叙"}


@lru_cache(maxsize=20000)
def _fold_char(ch: str) -> str:
    ch = hkscs_char(ch) if "\ue000" <= ch <= "\uf8ff" else ch
    ch = _LOOK_ALIKES.get(ch, ch)
    out = _converters()[0].convert(ch)  # type: ignore[attr-defined]
    # 篢 → 𬕂 (织篢镇): a Simplified form outside the Basic Multilingual Plane is kept as written, as the text's CJK
    # ranges are the BMP's and the folded character would cut the name it stands in
    return out if len(out) == 1 and (ord(out) <= 0xFFFF or ord(ch) > 0xFFFF) else ch


@lru_cache(maxsize=20000)
def _char_script(ch: str) -> str:
    """'t' for a Traditional-only character, 's' for a Simplified-only one, '' for shared ones."""
    t2s, s2t = _converters()
    if t2s.convert(ch) != ch:  # type: ignore[attr-defined]
        return "t"
    if s2t.convert(ch) != ch:  # type: ignore[attr-defined]
        return "s"
    return ""


_FOLD_TABLE: dict[int, str] = {}  # every character seen so far → its folded form (a str.translate table)
_FOLD_SEEN: set[str] = set()


def script_of_char(ch: str) -> str:
    """'t' for a Traditional-only character, 's' for a Simplified-only one, '' for shared ones."""
    return _char_script(ch)


def fold(text: str) -> str:
    """Traditional → Simplified, one character for one character (offsets are preserved)."""
    for ch in set(text) - _FOLD_SEEN:
        if _CJK.match(ch) or "\ue000" <= ch <= "\uf8ff":
            _FOLD_TABLE[ord(ch)] = _fold_char(ch)
        _FOLD_SEEN.add(ch)
    return text.translate(_FOLD_TABLE)


def script(text: str, default: str = HANT) -> str:
    """zh-Hant or zh-Hans by which script's own characters are more frequent (`default` on a tie)."""
    t = s = 0
    for ch in _CJK.findall(text):
        kind = _char_script(ch)
        t += kind == "t"
        s += kind == "s"
    if t == s:
        return default
    return HANT if t > s else HANS


def is_chinese(text: str) -> bool:
    cjk = len(_CJK.findall(text))
    return cjk >= 2 and cjk * CJK_WEIGHT >= len(_LATIN.findall(text))


# a markup tag copied with a page's text (<figcaption>眾新聞製圖</figcaption>) and a web address (a link's target in
# '[AM730專欄](https://…)', or bare): their letters are no words of the line's language, so a short Chinese credit or
# source line between them is still a Chinese line (zhinsthk, session 25)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:[ \t][^<>\n]*)?/?>|(?<=\])\([^()\s]*\)|(?:https?|ftp)://[^\s<>()\[\]]*")


def blocks(text: str) -> list[Block]:
    """Every non-empty line with its language; lines without letters take the document's language; a line's
    markup tags and web addresses do not count when words stand outside them."""
    doc = document_lang(text)
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        has_letters = _CJK.search(line) or _LATIN.search(line)
        words = _TAG.sub("", line) if "<" in line or "](" in line or "://" in line else line
        if not has_letters:
            lang = doc
        elif is_chinese(words if _CJK.search(words) else line):
            lang = script(line, default=doc if doc != EN else HANT)
        else:
            lang = EN
        out.append(Block(start, end, lang))
    return out


def document_lang(text: str) -> str:
    """The language of most of the text: en, zh-Hant or zh-Hans."""
    if _CJK.search(text) is None:  # most documents: no need to count (issue 15)
        return EN
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk == 0 or cjk * CJK_WEIGHT < latin:
        return EN
    return script(text)


# Chinese text -> its locale (hk, mo, tw or cn): whose currency a bare 元 / 億元 / 萬元 is in (issue 14).
# The locale is the document's JURISDICTION, read from what it names, never from its script: the Hong Kong and
# Macao governments publish Simplified versions of their speeches and reports, and Mainland reports are copied in
# Traditional script by Hong Kong and overseas media. Every cue of the figure lexicon's `locale_cues` (Hong Kong's
# own government, officials, taxes, railway and housing; Macao's and Taiwan's own words; the Mainland's people's
# governments, party committees and counties) and every Mainland province and prefecture-level city of the
# divisions gazetteer (`locale_place_cues`) is counted on the script-folded text, as infer_currency counts a bare
# '$''s cues in English; the most votes win. Only a text without any cue, or a tie, falls back to its script
# (Simplified: the Mainland; Traditional: Hong Kong). Explicit marks (港元, 人民幣, 美元) still decide their own
# amounts (pipeline/extract/figures/reading_zh.py, ZhReading.currency).

DIVISIONS_FILE = "gazetteer_zh_divisions.jsonl"  # scripts/build_zh_divisions.py (jionlp, OpenCC)
HK_PLACE_FILES = ("gazetteer_zh_hk_places.jsonl", "gazetteer_zh_aliases.jsonl")
LOCALES = ("hk", "mo", "tw", "cn")


def _rows(name: str) -> list[dict[str, object]]:
    try:
        text = resources.files("pipeline.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return []
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """Locale → one alternation of its cues; the place names of a locale are one more alternation (see votes)."""
    lex = _zh_lexicon()
    out = {loc: re.compile("|".join(f"(?:{p})" for p in lex["locale_cues"].get(loc, []))) for loc in LOCALES
           if lex["locale_cues"].get(loc)}
    for loc, rule in lex.get("locale_place_cues", {}).items():
        names = place_names(tuple(rule["types"]), tuple(rule.get("not_cues", ())))
        if names:
            out[f"{loc}:places"] = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return out


@lru_cache(maxsize=4)
def place_names(types: tuple[str, ...], not_cues: tuple[str, ...]) -> frozenset[str]:
    """The folded Chinese names of the divisions of these types, less common words and parts of Hong Kong's
    place names (天水 of 天水围, 马鞍山)."""
    hk = {fold(str(z)) for f in HK_PLACE_FILES for row in _rows(f) if row.get("country_code") in ("HK", None)
          for z in list(row.get("zh") or [])}  # type: ignore[call-overload]
    blocked = {fold(n) for n in not_cues}
    names: set[str] = set()
    for row in _rows(DIVISIONS_FILE):
        if row.get("type") not in types:
            continue
        for z in list(row.get("zh") or []):  # type: ignore[call-overload]
            name = fold(str(z))
            if len(name) >= 2 and name not in blocked and not any(name in h for h in hk):
                names.add(name)
    return frozenset(names)


def votes(text: str) -> dict[str, int]:
    """Locale → how many of its cues the text holds (on the folded text: one count for both scripts)."""
    folded = fold(text)
    out = dict.fromkeys(LOCALES, 0)
    for key, rx in cue_patterns().items():
        out[key.partition(":")[0]] += sum(1 for _ in rx.finditer(folded))
    return out


def locale(text: str) -> str:
    """hk, mo, tw or cn: the jurisdiction the text's own words point to (see the note above)."""
    counts = votes(text)
    best = max(counts.values())
    fallback = "cn" if script(text) == HANS else "hk"
    if best == 0:
        return fallback
    leaders = [loc for loc in LOCALES if counts[loc] == best]
    return leaders[0] if len(leaders) == 1 else (fallback if fallback in leaders else leaders[0])


@lru_cache(maxsize=1)
def _zh_lexicon() -> dict[str, Any]:
    return dict(json.loads(resources.files("pipeline.data").joinpath("figure_lexicon.zh.json").read_text("utf-8")))
