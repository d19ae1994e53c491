"""DOCX parts (WordprocessingML XML) → text blocks as the document reads with its revisions accepted.

Read from the XML itself, not python-docx's `Paragraph.text`, which skips runs inside `w:ins`
(an inserted "HK$7 billion" was lost) and everything in content controls, fields and text boxes:
- revisions accepted: `w:ins` and `w:moveTo` kept, `w:del` and `w:moveFrom` left out (a move is
  read once, where it went); a deleted paragraph mark joins the paragraph with the next one; a
  deleted table row is left out;
- hyperlinks, smart tags, custom XML and content controls (`w:sdt`) read as their content;
- fields read as their displayed result (`w:fldSimple` runs; for `w:fldChar` fields the runs between
  `separate` and `end`), never their instructions;
- text boxes (DrawingML `wps:txbx` and VML `v:textbox`, one branch of `mc:AlternateContent`) as
  blocks of their own after the paragraph that anchors them;
- footnotes as blocks of their own after the block that references them, endnotes at the end of the
  document, both in reference order; reference marks themselves are left out of the text (a "1"
  glued to "HK$7 billion" would change the figure);
- imported chunks (`w:altChunk`: HTML or text embedded by HTML-to-DOCX generators) read in place;
- comments, headers and footers left out; hidden text (`w:vanish`) and content controls still
  showing their placeholder prompt left out; ruby annotations (`w:rt`) left out, their base kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "{" + W + "}"
_MC = "{" + MC + "}"
# Containers whose children are read in place (paragraph level or run level).
TRANSPARENT = {f"{_W}{t}" for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent",
                                     "fldSimple", "r", "dir", "bdo", "ruby", "rubyBase", "drawing", "pict",
                                     "object")}
# Left out with everything inside: deletions, moved-away text, properties, ruby text, comments' marks.
SKIPPED = {f"{_W}{t}" for t in ("del", "moveFrom", "rPr", "pPr", "sdtPr", "sdtEndPr", "rt", "instrText",
                                 "delText", "delInstrText", "commentReference", "annotationRef",
                                 "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "rubyPr")}
CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


@dataclass
class _Reader:
    footnotes: dict[str, list[str]]
    endnotes: dict[str, list[str]]
    chunks: dict[str, list[str]] = field(default_factory=dict)  # w:altChunk blocks by relationship id
    field_stack: list[bool] = field(default_factory=list)  # per open w:fldChar field: in its result?
    pending: list[str] = field(default_factory=list)  # text boxes and footnotes of the current block
    endnote_blocks: list[str] = field(default_factory=list)
    seen_notes: set[str] = field(default_factory=set)

    def showing(self) -> bool:
        return all(self.field_stack)

    # -- block level ---------------------------------------------------------------------------
    def blocks(self, parent: Any) -> list[str]:
        """Blocks of a body, table cell, text box or note: paragraphs, table rows, pending blocks."""
        out: list[str] = []
        carry = ""  # text of paragraphs whose mark was deleted: they join the next one
        for el in block_children(parent):
            if el.tag == f"{_W}p":
                text = carry + self.paragraph(el)
                if mark_deleted(el):
                    carry = text
                    continue
                carry = ""
                out.append(text)
            elif el.tag == f"{_W}altChunk":
                out += self.chunks.get(el.get(f"{{{R}}}id") or "", [])
            elif el.tag == f"{_W}tbl":
                if carry:
                    out.append(carry)
                    carry = ""
                for row in self.table_rows(el):
                    out.append(row)
                    out += self.flush()
                continue
            out += self.flush()
        if carry:
            out.append(carry)
            out += self.flush()
        return out

    def flush(self) -> list[str]:
        pending, self.pending = self.pending, []
        return pending

    def table_rows(self, tbl: Any) -> list[str]:
        rows = []
        for tr in block_children(tbl, f"{_W}tr"):
            props = tr.find(f"{_W}trPr")
            if props is not None and props.find(f"{_W}del") is not None:
                continue  # a deleted row
            cells = []
            for tc in block_children(tr, f"{_W}tc"):
                nested = _Reader(self.footnotes, self.endnotes, self.chunks, self.field_stack, [],
                                 self.endnote_blocks, self.seen_notes)
                lines = nested.blocks(tc)
                self.pending += nested.pending
                cells.append("\n".join(line for line in lines if line.strip()).strip())
            rows.append("\t".join(cells))
        return rows

    # -- run level -----------------------------------------------------------------------------
    def paragraph(self, p: Any) -> str:
        parts: list[str] = []
        stack: list[Iterator[Any]] = [iter(p)]
        while stack:  # iterative: no recursion however deep the run nesting
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
                continue
            tag = el.tag
            if not isinstance(tag, str) or tag in SKIPPED or left_out(el):
                continue
            if tag == f"{_W}t":
                if self.showing():
                    parts.append(el.text or "")
            elif tag in CHARS:
                if self.showing() and not (tag == f"{_W}br" and el.get(f"{_W}type") == "page"):
                    parts.append(CHARS[tag])
            elif tag == f"{_W}fldChar":
                kind = el.get(f"{_W}fldCharType")
                if kind == "begin":
                    self.field_stack.append(False)
                elif kind == "separate" and self.field_stack:
                    self.field_stack[-1] = True
                elif kind == "end" and self.field_stack:
                    self.field_stack.pop()
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                self.note(el)
            elif tag == f"{_W}txbxContent":
                nested = _Reader(self.footnotes, self.endnotes, self.chunks, [], [], self.endnote_blocks,
                                 self.seen_notes)
                self.pending += [b for b in nested.blocks(el) if b.strip()] + nested.pending
            elif tag == f"{_MC}AlternateContent":
                choice = el.find(f"{_MC}Choice")
                stack.append(iter([choice if choice is not None else el.find(f"{_MC}Fallback")]))
            elif tag in TRANSPARENT or not tag.startswith(_W):
                # drawings, VML shapes and other namespaces: only their text boxes are read
                stack.append(iter(el))
        return "".join(parts)

    def note(self, ref: Any) -> None:
        note_id = ref.get(f"{_W}id") or ""
        is_foot = ref.tag == f"{_W}footnoteReference"
        key = ("f" if is_foot else "e") + note_id
        if key in self.seen_notes:
            return
        self.seen_notes.add(key)
        body = (self.footnotes if is_foot else self.endnotes).get(note_id, [])
        (self.pending if is_foot else self.endnote_blocks).extend(body)


def block_children(parent: Any, want: str | None = None) -> list[Any]:
    """Children of a block container with content controls and custom XML unwrapped (and one
    branch of mc:AlternateContent)."""
    out = []
    stack = [iter(parent)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if not isinstance(tag, str) or left_out(el):
            continue
        if tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
            stack.append(iter(el))
        elif tag == f"{_MC}AlternateContent":
            choice = el.find(f"{_MC}Choice")
            stack.append(iter([choice if choice is not None else el.find(f"{_MC}Fallback")]))
        elif tag == f"{_MC}Choice" or tag == f"{_MC}Fallback":
            stack.append(iter(el))
        elif want is None or tag == want:
            out.append(el)
    return out


def left_out(el: Any) -> bool:
    """A run formatted as hidden text (`w:vanish`: Word neither shows nor prints it), or a content
    control still showing its placeholder prompt ("Click here to enter text.")."""
    if el.tag == f"{_W}r":
        props = el.find(f"{_W}rPr")
        vanish = props.find(f"{_W}vanish") if props is not None else None
        return vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off")
    if el.tag == f"{_W}sdt":
        props = el.find(f"{_W}sdtPr")
        return props is not None and props.find(f"{_W}showingPlcHdr") is not None
    return False


def mark_deleted(p: Any) -> bool:
    """The paragraph mark itself was deleted (or moved away): the paragraph joins the next one."""
    props = p.find(f"{_W}pPr")
    rpr = props.find(f"{_W}rPr") if props is not None else None
    return rpr is not None and (rpr.find(f"{_W}del") is not None or rpr.find(f"{_W}moveFrom") is not None)


def read_notes(root: Any | None, kind: str) -> dict[str, list[str]]:
    """Footnotes or endnotes by id (separator notes left out), each as its blocks."""
    if root is None:
        return {}
    out = {}
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        reader = _Reader({}, {})
        blocks = [b.strip() for b in reader.blocks(note) + reader.pending if b.strip()]
        out[note.get(f"{_W}id") or ""] = blocks
    return out


def docx_blocks(document: Any, footnotes: Any | None = None, endnotes: Any | None = None,
                chunks: dict[str, list[str]] | None = None) -> list[str]:
    """Blocks of a parsed word/document.xml (lxml root), notes placed as the module says, and
    imported chunks (`w:altChunk`, read by the caller) where they stand."""
    body = document.find(f"{_W}body")
    if body is None:
        return []
    reader = _Reader(read_notes(footnotes, "footnote"), read_notes(endnotes, "endnote"), chunks or {})
    blocks = reader.blocks(body) + reader.flush() + reader.endnote_blocks
    return [b for b in blocks if b.strip()]
