"""Text → the text the recognizers read: invisible characters dropped (ingest), and a same-length
fold of full-width forms and look-alike separators into their plain equivalents (extract).

Two layers, because they keep offsets differently:
- `drop_invisible` runs at ingest, before the text file is written: zero-width space, word joiner,
  soft hyphen, bidi controls and the like carry no text (a reader of the page never sees them), so
  the text file leaves them out and every offset points into that file as written.
- `fold` runs before extraction and maps one character to one character ("３０，０００" →
  "30,000", "ＨＫ＄" → "HK$", the ideographic space → a space, except between two ideographs), so an offset
  into the folded text is the same offset into the text file, which keeps the characters as the document wrote
  them (a figure's `text` column shows "３０，０００個單位"; its value is 30000).
"""

from __future__ import annotations

import re
import unicodedata

# Format characters (Unicode category Cf) and kin that only steer rendering: ZWSP, word joiner,
# invisible operators, soft hyphen, bidi marks/embeddings/overrides/isolates, the BOM used
# mid-text as a zero-width no-break space, Mongolian vowel separator, combining grapheme joiner.
INVISIBLE = ("\u200b\u2060\u2061\u2062\u2063\u2064\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d"
             "\u202e\u2066\u2067\u2068\u2069\ufeff\u180e\u034f")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# ZWNJ and ZWJ shape Arabic and Indic letters and build emoji sequences: kept there, dropped only
# next to ASCII (inside "HK$3\u200d000" they are pasted-in noise).
_JOINER_BY_ASCII = re.compile(r"(?<=[\x21-\x7e])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x21-\x7e])")

_TABLE: dict[int, str] = {}
_TABLE.update({0xFF10 + i: str(i) for i in range(10)})                 # ０-９
_TABLE.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})          # Ａ-Ｚ
_TABLE.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})          # ａ-ｚ
_TABLE.update({ord("＄"): "$", ord("％"): "%", ord("￥"): "¥", ord("￡"): "£", ord("￠"): "¢",
               ord("＋"): "+", ord("－"): "-", ord("＆"): "&", ord("／"): "/", ord("＠"): "@",
               0x3000: " ",                                              # ideographic space
               0x2212: "-", 0x2010: "-", 0x2011: "-", 0xFE63: "-",      # minus sign, hyphens
               0x2000: " ", 0x2001: " ", 0x2002: " ", 0x2003: " ", 0x2004: " ", 0x2005: " ",
               0x2006: " ", 0x2008: " ", 0x200A: " ", 0x205F: " "})     # typographic spaces
# Kept as they are because the recognizers already read them as digit-group separators:
# U+00A0 no-break space, U+2009 thin space, U+202F narrow no-break space (and U+2007 figure space,
# folded below only between digits). Chinese punctuation （）：；！？～，、。 is not folded: the
# Chinese recognizers split sentences and clauses on it.
_TRANSLATE = str.maketrans(_TABLE)
# Between digits only: a full-width or small comma before a three-digit group, a full-width,
# small or one-dot-leader full stop as the decimal point, a figure space as a group separator.
_DIGIT_COMMA = re.compile(r"(?<=[0-9])[，﹐](?=[0-9]{3}(?![0-9]))")
_DIGIT_POINT = re.compile(r"(?<=[0-9])[．﹒\u2024](?=[0-9])")
_DIGIT_SPACE = re.compile(r"(?<=[0-9])\u2007(?=[0-9])")
# An ideographic space between two runs of ideographs is a Chinese headline's clause break (某某增加　部分涉某某): it
# is kept, so the Chinese recognizers neither join the clauses (as they join a PDF's wrapped words) nor run a name
# across. A single character on either side is a short name padded to a table's column (觀　塘, 中　西　區): a space.
# So is a space before the kind word that ends a body's name (深圳市　人民政府, 某某科技園　公司: a form's cell or a
# justified line pads the name there); no headline clause opens with a bare 政府 / 公司 / 委员会.
NAME_TAIL = ("(?:人民政府|政府|人民代表大[会會]|委[员員][会會]|管委[会會]|有限公司|公司|集[团團]|[办辦]公室|[办辦]公[厅廳]|"
             "管理局)")
_CLAUSE_BREAK = re.compile(f"(?<=[\u3400-\u9fff]{{2}})\u3000(?=[\u3400-\u9fff]{{2}})(?!{NAME_TAIL})")
_NEEDS_FOLD = re.compile("[\uff01-\uff5e\uffe0-\uffe6\u3000\u2000-\u200a\u2010\u2011\u2024\u205f\u2212"
                         "\ufe50-\ufe52\ufe63]")


def drop_invisible(text: str) -> tuple[str, int]:
    """The text without invisible format characters, and how many were dropped."""
    out = _INVISIBLE.sub("", text)
    if "\u200c" in out or "\u200d" in out:  # (the regex starts with a lookbehind: no fast scan of its own)
        out = _JOINER_BY_ASCII.sub("", out)
    return out, len(text) - len(out)


def fold(text: str) -> str:
    """The same text, character for character, with full-width forms and look-alike separators as
    their ASCII equivalents: len(fold(t)) == len(t), and fold(t)[i] stands for t[i]."""
    if not _NEEDS_FOLD.search(text):
        return text
    out = text.translate(_TRANSLATE)
    out = _DIGIT_COMMA.sub(",", out)
    out = _DIGIT_POINT.sub(".", out)
    out = _DIGIT_SPACE.sub(" ", out)
    if "\u3000" in text:
        kept = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        if kept:
            chars = list(out)
            for i in kept:
                chars[i] = "\u3000"
            out = "".join(chars)
    assert len(out) == len(text)
    return out


def without_marks(name: str) -> str:
    """The name with its diacritics dropped ('Salé' -> 'Sale'): NFKD, then no combining marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
