"""Where a Chinese heading or a list's label ends: a line break or a space that `chinese.unwrap` must keep.

`unwrap` joins a full-width line to the next when a layout wrapped it, and drops a space between Chinese
characters (a PDF's line join: 香港科技園 公司). Two breaks look like those and are not:
- a short line that ends in no punctuation after a full line and holds a count after a colon or opens with a
  numbered heading's marker is a heading or a list's label of its own (a county's name and its count before the
  villages it lists: 甲县:4个; a section's title: 二、基础设施; not a wrapped title's last line): the line
  a layout wraps ends a paragraph in a sentence mark, and the break before the label stays, so the last name of
  the line before (…某镇某村) does not run into the label (某村甲县);
- a space after a numbered heading (一、2024年工作回顾 2024年,…; （二）城乡建设 某镇…): a heading opens a line
  with its Chinese number (一、 / （一） / 第一章; not 1., which opens numbered paragraphs) and holds no punctuation of a sentence; the space that closes it
  is the heading's end, not a line join, and stays a boundary. A space inside a sentence, after a heading
  that a comma or a full stop shows to be a sentence, or before the kind word that ends a body's name (一、支持某区
  人民 政府…; （二）深化与某科技园 公司…: the PDF's join inside the name), still goes.
"""

from __future__ import annotations

import re

from pipeline.textfold import NAME_TAIL

WRAP_MIN = 25  # characters of a line that a layout wrapped (headings and labels are shorter)
_LABEL_END = re.compile(r"[\u3400-\u9fff0-9A-Za-z]$")  # a label ends in a character, never in a sentence mark
_MARKER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,3}[章节部分篇])"
# a label looks like one: a name and its count after a colon (甲县:4个), or a numbered heading (二、基础设施); a short
# line that merely ends in a character is as often the last line of a wrapped title or sentence (…交通运输\n厅合作…)
_LABEL = re.compile(rf"[^，。；,;]{{1,12}}[:：][ \u3000]*[0-9一二三四五六七八九十百]+[\u3400-\u9fff]?|{_MARKER}.+")
_NUMBERED_HEADING = re.compile(
    rf"(?m)^[ \t\u3000]*{_MARKER}"
    r"[^，。；：,;:！？!?\n \t\u3000\u00a0]{2,20}([ \u00a0\u3000]{1,2})(?=[\u3400-\u9fff0-9（(“])"
    rf"(?!{NAME_TAIL})")  # a space before a body's kind word is a PDF's join inside the name (…人民 政府)


def label_line(line: str) -> bool:
    """True when `line` (a whole line, the next one after a full line) is a heading or a list's label: short,
    ending in a character, not in a sentence mark, and a count after a colon or a numbered heading (甲县:4个,
    二、基础设施; not 展。, not 厅合作框架协议的通知, not a full line)."""
    body = line.strip()
    return 0 < len(body) < WRAP_MIN and bool(_LABEL_END.search(body)) and bool(_LABEL.fullmatch(body))


def heading_gaps(text: str, start: int, end: int) -> set[int]:
    """Offsets of the spaces in text[start:end] that end a numbered heading (kept as a boundary by `unwrap`)."""
    return {k for m in _NUMBERED_HEADING.finditer(text, start, end) for k in range(m.start(1), m.end(1))}
