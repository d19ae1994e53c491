"""Chinese blocks of a `Document` → `Mention` list (figures_zh + entities_zh); `extract` routes blocks here.

No spaCy model: figures and names are read from characters (see figures_zh, entities_zh). Each
mention carries a `lang` hint (zh-Hant / zh-Hans), and figures a `qualifier_norm` hint with the
English qualifier of GUIDELINES.md (the `qualifier` column keeps the Chinese word as written).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.entities_zh import ZhEntityMatcher
from pipeline.figures_zh import ZhScanner
from pipeline.gazetteer import Gazetteer
from pipeline.lang import EN, Block, blocks, locale
from pipeline.records import Document, Mention

_SENTENCE_END = re.compile(r"[。！？；!?;]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a Chinese block: up to and including 。！？；."""
    spans = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((s, m.end()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans


def outside(offset: int, zh_blocks: list[Block]) -> bool:
    """True when `offset` is in no Chinese block (an English mention to keep)."""
    starts = [b.start for b in zh_blocks]
    k = bisect_right(starts, offset) - 1
    return k < 0 or offset >= zh_blocks[k].end


class ChineseExtractor:
    """Built once per process (the alias table is the costly part)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.entities = ZhEntityMatcher(gazetteer)

    @staticmethod
    def chinese_blocks(text: str) -> list[Block]:
        if not _CJK.search(text):
            return []
        return [b for b in blocks(text) if b.lang != EN]

    @staticmethod
    def all_chinese(text: str, zh_blocks: list[Block]) -> bool:
        """No English block at all: the English model need not run."""
        return bool(zh_blocks) and len(zh_blocks) == len(blocks(text))

    def mentions(self, document: Document, zh_blocks: list[Block]) -> list[Mention]:
        text = document.text
        loc = locale("".join(text[b.start:b.end] for b in zh_blocks))
        out: list[Mention] = []
        scanner = ZhScanner(text, loc)
        for b in zh_blocks:
            sentences = sentence_spans(text, b.start, b.end)
            for f in scanner.scan(b.start, b.end):
                sent = next(((s, e) for s, e in sentences if s <= f.start < e), (b.start, b.end))
                hints = {
                    "kind": f.kind, "value": str(f.value),
                    "value_max": "" if f.value_max is None else str(f.value_max),
                    "unit": f.unit, "qualifier": f.qualifier, "qualifier_norm": f.qualifier_norm,
                    "subject": f.subject, "currency_inferred": "1" if f.currency_inferred else "",
                    "sent_start": str(sent[0]), "sent_end": str(sent[1]), "lang": b.lang,
                }
                out.append(Mention(document.doc_id, f.start, f.end, text[f.start:f.end], "FIGURE", "rule",
                                   0.85, tuple(sorted(hints.items()))))
        out += self.entities.mentions(document.doc_id, text, [(b.start, b.end, b.lang) for b in zh_blocks], loc)
        return out
