"""cjk_charset: Chinese in mostly-ASCII bytes (a saved page that lost its HTTP charset) is not read as
a Latin code page; Latin text stays Latin."""

from __future__ import annotations

import pytest

from pipeline.ingest.cjk_charset import chinese_shape, cjk_decoding
from pipeline.ingest.formats import decode_text

ROW = ('<tr><td><a href="/">Home</a></td><td>The Fund will grant HK$7 billion ({}) to start-ups in the '
       "San Tin area of the New Territories, says the Government.</td></tr>")


def page(phrase: str) -> str:
    return "<html><head><title>x</title></head><body><table>" + ROW.format(phrase) * 3 + "</table></body></html>"


@pytest.mark.parametrize("phrase, encoding", [
    ("港幣70億元", "big5hkscs"),
    ("港幣70億元，呢啲嘅", "big5hkscs"),  # HKSCS characters
    ("港币70亿元", "gb18030"),
    ("港幣70億元", "gb18030"),  # Traditional characters in a GB file
])
def test_mostly_ascii_chinese_is_decoded_in_its_encoding(phrase: str, encoding: str) -> None:
    text, found = decode_text(page(phrase).encode(encoding), "p.html")
    assert phrase in text and found == encoding


@pytest.mark.parametrize("text, encoding", [
    ("Genève et Zürich: café, crème brûlée, naïve résumé, Ångström. " * 3, "cp1252"),
    ("Łódź, Kraków and Wrocław in Polska; Ústí nad Labem. " * 3, "cp1250"),
    ("Škoda, Žilina, Košice. " * 4, "cp1250"),
])
def test_latin_text_is_not_taken_for_chinese(text: str, encoding: str) -> None:
    assert cjk_decoding(text.encode(encoding)) is None
    assert not decode_text(text.encode(encoding), "l.txt")[1].startswith(("big5", "gb"))


@pytest.mark.parametrize("text, shape", [
    ("港幣70億元 and 香港", True),
    ("Gen螬e et Z頫ich", False),  # ideographs standing alone between Latin letters
    ("香港 abc é", False),  # other non-ASCII next to the ideographs
    ("港幣", False),  # too few
])
def test_chinese_shape(text: str, shape: bool) -> None:
    assert chinese_shape(text) is shape
