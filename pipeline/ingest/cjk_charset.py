"""Bytes → (text, encoding) when they are Big5 or GB18030 text that statistical detection misses.

A web page saved to disk loses the charset its server declared in the HTTP header; when the page is
mostly ASCII markup around a few Chinese phrases, charset-normalizer guesses a Latin code page
(cp1252) and the Chinese comes out as mojibake without any error. Chinese text has a shape Latin
text read as Big5 does not: its ideographs come in runs ("港幣70億元"), while accented Latin
letters read as Big5 give ideographs standing alone between Latin letters ("Gen螬e"). Where both
Big5 and GB decode, a Big5 text holds no character that only Simplified Chinese uses and a GB text
few that only Traditional Chinese uses (pipeline.lang); past that, charset-normalizer's measure of
chaos between the two decides.
"""

from __future__ import annotations

import re

CANDIDATES = ("big5hkscs", "gb18030")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]{2,}")
_OTHER_NON_ASCII = re.compile(r"[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u00b7]")
MIN_IDEOGRAPHS = 4
IN_RUNS = 0.8  # share of ideographs that stand in runs of two or more
WRONG_SCRIPT = 0.05  # more wrong-script ideographs than this: not the text's encoding


def chinese_shape(text: str) -> bool:
    """Enough ideographs, most of them in runs, and nothing else outside ASCII but CJK punctuation."""
    ideographs = len(_CJK.findall(text))
    if ideographs < MIN_IDEOGRAPHS or _OTHER_NON_ASCII.search(text):
        return False
    in_runs = sum(len(_CJK.findall(m.group())) for m in _CJK_RUN.finditer(text))
    return in_runs >= IN_RUNS * ideographs


def wrong_script_share(text: str, encoding: str) -> float:
    """Share of ideographs that the encoding's own script would not use (Simplified-only ones in a
    Big5 decoding, Traditional-only ones in a GB decoding)."""
    from pipeline.lang import script_of_char

    chars = _CJK.findall(text)
    wrong = "s" if encoding.startswith("big5") else "t"
    return sum(1 for ch in chars if script_of_char(ch) == wrong) / max(1, len(chars))


def cjk_decoding(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes decode strictly as Big5-HKSCS or GB18030 into text of Chinese
    shape; the decoding with fewer wrong-script characters when both do; None otherwise."""
    if not re.search(rb"[\x81-\xfe][\x40-\xfe]", data):
        return None
    fits = []
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if chinese_shape(text):
            fits.append((wrong_script_share(text, encoding), encoding, text))
    if not fits:
        return None
    if len(fits) > 1:  # both decode: the script test first, then charset-normalizer's chaos between the two
        from charset_normalizer import from_bytes

        chaos = {m.encoding: m.chaos for m in from_bytes(data, cp_isolation=[e for _, e, _ in fits])}
        fits.sort(key=lambda f: (f[0] > WRONG_SCRIPT, chaos.get(f[1], 1.0), f[1]))
    _, encoding, text = fits[0]
    return text, encoding
