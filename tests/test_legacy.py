"""legacy: Word 97-2003 .doc (msdoc2docx → DOCX reader) and RTF (striprtf after our revision pass)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest.formats import ingest_file
from pipeline.ingest.legacy import accept_revisions, rtf_to_text, sniff

DATA = Path(__file__).resolve().parent / "data"
EXPECTED_BODY = ["Legacy note on the Innovation and Technology Fund",
                 "The Fund will grant HK$7 billion to 40 start-ups in Sha Tin.",
                 "政府將向四十間初創企業撥款70億元，並興建30,000個單位。",
                 "Budget\tHK$85 million"]
NOTE = "Over five years, 12 hectares."


def source_docx(path: Path) -> None:
    """The DOCX the fixtures were converted from."""
    from docxgen import para, run, write_docx
    from test_docx_text import dele, ins

    body = (para(run("Legacy note on the Innovation and Technology Fund"))
            + para(run("The Fund will grant "), dele("HK$9 billion"), ins("HK$7 billion"),
                   run(" to 40 start-ups in Sha Tin"), '<w:r><w:footnoteReference w:id="1"/></w:r>', run("."))
            + para(run("政府將向四十間初創企業撥款70億元，並興建30,000個單位。"))
            + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p>" + run("Budget")
            + "</w:p></w:tc><w:tc><w:p>" + run("HK$85 million") + "</w:p></w:tc></w:tr></w:tbl>")
    write_docx(path, body, footnotes={1: NOTE}, title="Legacy note")


def test_word_97_doc_reads_with_revisions_accepted_and_its_footnote() -> None:
    document = ingest_file(DATA / "legacy-note.doc", "legacy-note.doc")
    blocks = document.text.strip().split("\n\n")
    assert blocks == EXPECTED_BODY[:2] + [NOTE] + EXPECTED_BODY[2:]
    assert "HK$9" not in document.text and document.title == "Legacy note" and document.format == "doc"


def test_rtf_reads_with_revisions_accepted_notes_at_the_end() -> None:
    document = ingest_file(DATA / "legacy-note.rtf", "legacy-note.rtf")
    assert document.text.strip().split("\n\n") == EXPECTED_BODY + [NOTE]
    assert document.format == "rtf"


def big5_rtf(text: str) -> bytes:
    """RTF as a Big5 Word writes it: \\'hh for bytes above 0x7f, a printable trail byte as itself."""
    def escaped(words: str) -> str:
        return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in words.encode("cp950"))

    return ("{\\rtf1\\ansi\\ansicpg950\\deff0{\\fonttbl{\\f0\\fnil\\fcharset136 PMingLiU;}}{\\info{\\title "
            + escaped(text[:4]) + "}}\\pard\\f0 " + escaped(text) + "\\par The Fund will grant {\\deleted HK$9 billion}"
            "{\\revised HK$7 billion}{\\super\\chftn}{\\footnote\\pard {\\super\\chftn} Over 5 years.} to "
            "start-ups.\\par}").encode("latin-1")


def test_big5_rtf_with_ascii_trail_bytes_revisions_and_a_footnote() -> None:
    title, text = rtf_to_text(big5_rtf("政府撥款70億元，興建30,000個單位。"), "zh.rtf")
    # 政 is ac46 in Big5, ， is a141: trail bytes 'F' and 'A' written as text
    assert text == "政府撥款70億元，興建30,000個單位。\n\nThe Fund will grant HK$7 billion to start-ups.\n\nOver 5 years."
    assert title == "政府撥款"


def test_rtf_tables_and_nested_deletions() -> None:
    rtf = (b"{\\rtf1\\ansi{\\deleted gone {\\b also gone}\\par}kept\\par"
           b"\\trowd\\cellx1000\\cellx2000 Budget\\cell HK$85 million\\cell\\row"
           b"\\trowd\\cellx1000\\cellx2000 Places\\cell 1 092\\cell\\row}")
    assert rtf_to_text(rtf, "t.rtf")[1] == "kept\n\nBudget\tHK$85 million\n\nPlaces\t1 092"
    assert b"gone" not in accept_revisions(rtf)


@pytest.mark.parametrize("head, kind", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "doc"), (b"{\\rtf1\\ansi", "rtf"), (b"PK\x03\x04", "docx"),
    (b"<!DOCTYPE html><html>", "html"), (b"\xef\xbb\xbf<html xmlns:o='urn:schemas-microsoft-com'>", "html"),
    (b"plain words", ""),
])
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_misnamed_legacy_files_are_read_as_what_they_are(tmp_path: Path) -> None:
    (tmp_path / "page.doc").write_text("<html><body><main><p>Kowloon gets HK$2 billion.</p></main></body></html>")
    assert ingest_file(tmp_path / "page.doc", "page.doc").text == "Kowloon gets HK$2 billion.\n"
    shutil.copy(DATA / "legacy-note.rtf", tmp_path / "note.doc")
    assert "HK$7 billion" in ingest_file(tmp_path / "note.doc", "note.doc").text
    shutil.copy(DATA / "legacy-note.doc", tmp_path / "note.rtf")
    assert "HK$7 billion" in ingest_file(tmp_path / "note.rtf", "note.rtf").text


def test_not_a_doc_and_broken_doc(tmp_path: Path) -> None:
    (tmp_path / "x.doc").write_text("just some words")
    with pytest.raises(IngestError, match=r"not a Word 97-2003 .doc \(no OLE2 header\), RTF, DOCX or HTML despite "
                                          r"the .doc name: x.doc"):
        ingest_file(tmp_path / "x.doc", "x.doc")
    (tmp_path / "cut.doc").write_bytes((DATA / "legacy-note.doc").read_bytes()[:3000])
    with pytest.raises(IngestError, match=r"unreadable .doc \(.*\): cut.doc") as info:
        ingest_file(tmp_path / "cut.doc", "cut.doc")
    assert info.value.status == "error"


def test_missing_converter_gives_a_skipped_row_naming_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "doc2docx", None)  # as if msdoc2docx were not installed
    monkeypatch.setitem(sys.modules, "striprtf.striprtf", None)
    with pytest.raises(IngestError, match=r"needs the msdoc2docx package \(pip install msdoc2docx") as info:
        ingest_file(DATA / "legacy-note.doc", "legacy-note.doc")
    assert info.value.status == "skipped"
    with pytest.raises(IngestError, match=r"RTF needs the striprtf package") as info:
        ingest_file(DATA / "legacy-note.rtf", "legacy-note.rtf")
    assert info.value.status == "skipped"


if __name__ == "__main__":  # re-make the fixtures (needs LibreOffice: apt install libreoffice-writer-nogui)
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory() as tmp:
        source_docx(Path(tmp) / "legacy-note.docx")
        for ext in ("doc", "rtf"):
            subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp,
                            str(Path(tmp) / "legacy-note.docx")], check=True)
            shutil.copy(Path(tmp) / f"legacy-note.{ext}", DATA / f"legacy-note.{ext}")


def test_rtf_hidden_text_headers_and_annotations_are_left_out() -> None:
    rtf = (rb"{\rtf1\ansi{\header {\pard Page header HK$1 billion\par}}{\footer {\pard Footer 2024\par}}"
           rb"{\*\annotation {\pard comment HK$2 billion\par}}\pard Body {\v hidden HK$3 billion }text "
           rb"{\deleted\plain kept after plain}.\par}")
    assert rtf_to_text(rtf, "h.rtf")[1] == "Body text kept after plain."


def test_rtf_unicode_escapes_with_dbcs_fallbacks_as_word_writes_them() -> None:
    # \uc2: each \uN is followed by two fallback bytes for readers without Unicode (here Big5,
    # one of them a plain letter), which must not show up next to the character
    rtf = (rb"{\rtf1\ansi\ansicpg1252\uc2 {\fonttbl{\f0 Arial;}}\pard \u25919\'ac\'46\u24220\'a9\'b2"
           rb" 70\u20740\'bb\'f5\u20803\'a4\'b8, HK$7 billion.\par {\uc1\u8364? 5 million}\par"
           rb"{\deleted \u20061\'a4\'45}kept\par}")
    assert rtf_to_text(rtf, "w.rtf")[1] == "政府 70億元, HK$7 billion.\n\n€ 5 million\n\nkept"
