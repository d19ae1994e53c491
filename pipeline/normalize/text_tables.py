"""Document text → the tables written in it as text (tab-separated rows, Markdown pipe tables) as
`PdfTable` records whose cells carry their offsets, with the caption line above each.

A DOCX table, a table pasted from a PDF or a spreadsheet into a .txt, and a Markdown table reach the
text as rows of cells split by tabs or pipes. Their bare numbers are figures like a PDF table's
cells (`normalize.tables`): "54,504" in the row "Total revenue" under "HK$ million / 2019" is
HK$54,504 million. Two or more consecutive rows with the same separator and at least two cells make
a table; a Markdown rule row (|---|) is skipped. The caption is the short line just above the table
(one blank line between allowed): "Key Budget Figures (S$B)" states the unit of every cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.records import PdfTable, TableCell

_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_CAPTION_MAX = 120  # a caption is a title line, not a paragraph


@dataclass(frozen=True)
class TextTable:
    """A table found in plain text and the caption line above it ('' if none)."""

    table: PdfTable
    caption: str


def separator(line: str) -> str:
    """The cell separator of a table row: a tab, or '|' for a Markdown pipe row; '' if not a row."""
    if "\t" in line.strip(" "):
        return "\t"
    stripped = line.strip()
    return "|" if stripped.startswith("|") and stripped.count("|") >= 3 else ""


def bare_pipe_rows(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of the rows of Markdown pipe tables written without a leading pipe ('Total assets | 130.1 |'):
    the line above a delimiter row ('---|---|') and the lines below it that hold a pipe (GFM makes the outer
    pipes optional; the delimiter row is what makes the lines a table)."""
    out: set[int] = set()
    for r, (s, e) in enumerate(lines):
        if "|" not in text[s:e] or not _RULE_ROW.match(text[s:e]) or separator(text[s:e]):
            continue
        if r and "|" in text[lines[r - 1][0]:lines[r - 1][1]]:
            out.add(r - 1)
        k = r
        while k < len(lines) and "|" in text[lines[k][0]:lines[k][1]]:
            out.add(k)
            k += 1
    return out


def row_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the row text[start:end]; a pipe row's outer pipes open and close it."""
    line = text[start:end]
    if sep == "|":
        left = line.index("|") if line.lstrip().startswith("|") else -1
        right = line.rindex("|") if line.rstrip().endswith("|") else len(line)
        start, line = start + left + 1, line[left + 1:right]
    cells = []
    pos = start
    for part in line.split(sep):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    return cells


def text_tables(text: str) -> list[TextTable]:
    """Every table written as rows of text, in text order."""
    if "\t" not in text and "|" not in text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out: list[TextTable] = []
    bare = bare_pipe_rows(text, lines) if "|" in text else set()

    def sep_of(k: int) -> str:
        return separator(text[lines[k][0]:lines[k][1]]) or ("|" if k in bare else "")

    i = 0
    while i < len(lines):
        sep = sep_of(i)
        if not sep:
            i += 1
            continue
        j = i
        rows: list[tuple[int, int]] = []
        while j < len(lines) and sep_of(j) == sep:
            if not _RULE_ROW.match(text[lines[j][0]:lines[j][1]]):
                rows.append(lines[j])
            j += 1
        cells = [row_cells(text, s, e, sep) for s, e in rows]
        if len(cells) >= 2 and all(len(c) >= 2 for c in cells):
            table = PdfTable(0, len(out) + 1, (0.0, 0.0, 0.0, 0.0), tuple(
                tuple(TableCell(r, c, text[s:e], s, e) for c, (s, e) in enumerate(row))
                for r, row in enumerate(cells)))
            out.append(TextTable(table, caption_above(text, lines, i)))
        i = j
    return out


def caption_above(text: str, lines: list[tuple[int, int]], first: int) -> str:
    """The short line just above row `first` (at most one blank line between), else ''."""
    k = first - 1
    if k >= 0 and not text[lines[k][0]:lines[k][1]].strip():
        k -= 1
    if k < 0:
        return ""
    line = text[lines[k][0]:lines[k][1]].strip()
    return line if line and len(line) <= _CAPTION_MAX and not separator(line) else ""
