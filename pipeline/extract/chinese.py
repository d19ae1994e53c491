"""Chinese blocks of a `Document` → `Mention` list (figures_zh + entities_zh); `extract` routes blocks here.

No spaCy model: figures and names are read from characters (see figures_zh, entities_zh). Each
mention carries its `lang` (zh-Hant / zh-Hans), and figures a `qualifier_norm` with the
English qualifier of GUIDELINES.md (the `qualifier` column keeps the Chinese word as written).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.figures.chinese import ZhScanner
from pipeline.extract.entities.gazetteer import Gazetteer
from pipeline.extract.figure_breaks_zh import figure_break, table_row
from pipeline.extract.heading_breaks_zh import heading_gaps, label_line
from pipeline.lang import EN, Block, blocks, locale
from pipeline.records import Document, FigureMention, Mention

_SENTENCE_END = re.compile(r"[。！？；!?;]")
SENTENCE_END = "。！？；：!?;:」』）)"
WRAP_MIN = 25  # characters of a line that a layout wrapped (headings are shorter)
_SPACE_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff0-9%，。、）」])[ \u00a0\u3000]{1,2}(?=[\u3400-\u9fff（「])"
                               r"|(?<=[\u3400-\u9fff])[ \u00a0\u3000]{1,2}(?=[0-9])")
# one ideographic space between two characters inside a line is a headline's clause break (某某增加　部分涉某某,
# 某署首日登場): news titles set their clauses apart with it, so it stays (a PDF joins its lines with plain spaces)
_CLAUSE_BREAK = re.compile("[\u3400-\u9fff]{2}\u3000[\u3400-\u9fff]{2}")  # not a padded 觀　塘 (textfold)
_CJK_OR_DIGIT = re.compile(r"[\u3400-\u9fff0-9，、（「“]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# a news item's dispatch byline opening a line (某某网讯 “…, 某某日报3月5日讯 ): a new paragraph, never a wrapped line's tail
_DISPATCH = re.compile(r"[ \t\u3000]*[【(（]?[\u3400-\u9fff]{2,12}?[报報网網社台][0-9年月日]{0,11}[讯訊](?=[ \t\u3000“「【(（0-9])")
# a page converted to Traditional with reading aids writes a character's pinyin after it (會(huì)議, 天河區(qū)): the note
# is no part of the words, so the recognizers read the text without it (a syllable with its tone mark, after a character)
_PINYIN_NOTE = re.compile("(?<=[\u3400-\u9fff])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)")


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
    """Built once per process; the alias table (the costly part, ~0.15 s with OpenCC's dictionaries)
    only when the first Chinese block turns up, so English-only runs start without it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def entities(self) -> ZhEntityMatcher:
        return ZhEntityMatcher(self.gazetteer)

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
        ctext, cmap, cblocks = unwrap(text, zh_blocks)
        out: list[Mention] = []
        scanner = ZhScanner(ctext, loc)
        scanner.layout = (text, cmap)  # a plain-text table's cells are read where its spaces still stand
        for b in cblocks:
            sentences = sentence_spans(ctext, b.start, b.end)
            for f in scanner.scan(b.start, b.end):
                sent = next(((s, e) for s, e in sentences if s <= f.start < e), (b.start, b.end))
                start, end = cmap[f.start], cmap[f.end - 1] + 1
                out.append(FigureMention(
                    document.doc_id, start, end, text[start:end], "rule", 0.85, f.kind, f.value, f.value_max,
                    f.unit, f.qualifier, f.subject, (cmap[sent[0]], cmap[sent[1] - 1] + 1),
                    currency_inferred=bool(f.currency_inferred), lang=b.lang, qualifier_norm=f.qualifier_norm))
        for m in self.entities.mentions(document.doc_id, ctext, [(b.start, b.end, b.lang) for b in cblocks], loc):
            start, end = cmap[m.start], cmap[m.end - 1] + 1
            out.append(replace(m, start=start, end=end, text=text[start:end]))
        return out


def unwrap(text: str, zh_blocks: list[Block]) -> tuple[str, list[int], list[Block]]:
    """Join Chinese lines that a PDF wrapped mid-sentence (香港科技園\n公司 is one name), and drop
    spaces between Chinese characters (a PDF's line joins: 香港科技園 公司, 1,500 億元).

    A line break is dropped when the line before is a full-width line (WRAP_MIN characters or more)
    that does not end a sentence and the next line is Chinese too, or when the break splits a figure
    (figure_breaks_zh: '約3 000' + '個宿位', after a line of any length); headings and paragraphs that end
    in 。 keep their breaks. Returns the joined text, the original offset of each of its characters
    (plus one past the end) and the blocks in joined coordinates.
    """
    drop: set[int] = set()
    merged: list[list[Block]] = []
    for b in zh_blocks:
        prev = merged[-1][-1] if merged else None
        line = text[prev.start:prev.end].strip() if prev else ""
        nxt = text[b.start:b.end]
        if prev is not None and b.start == prev.end + 1 and (len(line) >= WRAP_MIN and \
                line[-1] not in SENTENCE_END and _CJK_OR_DIGIT.match(line[-1]) and
                _CJK_OR_DIGIT.match(nxt[:1]) and not table_row(line) and not _DISPATCH.match(nxt) and
                not label_line(nxt) or
                figure_break(line, nxt.lstrip())):
            # the break goes, and so do the spaces around it (a PDF's line ends: '約3 000 ' + '個宿位')
            trail = len(text[prev.start:prev.end]) - len(text[prev.start:prev.end].rstrip())
            lead = len(nxt) - len(nxt.lstrip())
            drop.update(range(prev.end - trail, b.start + lead))
            merged[-1].append(b)
        else:
            merged.append([b])
    for b in zh_blocks:  # a PDF joins its lines with a space: 香港科技園 公司, 1,500 億元; a page's reading aid: 區(qū)
        drop.update(m.start() + k for pattern in (_SPACE_IN_CHINESE, _PINYIN_NOTE)
                    for m in pattern.finditer(text, b.start, b.end) for k in range(m.end() - m.start())
                    if not _CLAUSE_BREAK.fullmatch(text, m.start() - 2, m.end() + 2))
        drop.difference_update(heading_gaps(text, b.start, b.end))  # a numbered heading's closing space stays
    if not drop:
        return text, list(range(len(text) + 1)), zh_blocks
    keep = [i for i in range(len(text)) if i not in drop]
    ctext = "".join(text[i] for i in keep)
    # a block's ends in joined coordinates: its first and last kept characters (a line may end in a dropped note)
    cblocks = [Block(bisect_left(keep, group[0].start), bisect_right(keep, group[-1].end - 1), group[0].lang)
               for group in merged]
    return ctext, keep + [len(text)], cblocks
