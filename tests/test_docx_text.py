"""docx_text: a DOCX as it reads with revisions accepted, fields, content controls, text boxes and notes."""

from __future__ import annotations

from pathlib import Path

from docxgen import para, run, write_docx

from pipeline.ingest.formats import docx_to_text


def read(tmp_path: Path, body: str, **parts: object) -> str:
    write_docx(tmp_path / "d.docx", body, **parts)  # type: ignore[arg-type]
    return docx_to_text(tmp_path / "d.docx", "d.docx")[1]


def ins(text: str, n: int = 1) -> str:
    return f'<w:ins w:id="{n}" w:author="A" w:date="2024-01-01T00:00:00Z">{run(text)}</w:ins>'


def dele(text: str, n: int = 2) -> str:
    return (f'<w:del w:id="{n}" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">'
            f'{text}</w:delText></w:r></w:del>')


def test_revisions_accepted_insertions_kept_deletions_left_out(tmp_path: Path) -> None:
    body = para(run("The Fund will grant "), dele("HK$9 billion"), ins("HK$7 billion"), run(" to 40 start-ups."))
    assert read(tmp_path, body) == "The Fund will grant HK$7 billion to 40 start-ups."


def test_a_whole_inserted_paragraph_and_a_deleted_one(tmp_path: Path) -> None:
    body = (para(ins("A new paragraph: HK$2 billion for Lantau.")) + para(dele("An old paragraph, HK$8 billion."))
            + para(run("Last.")))
    assert read(tmp_path, body) == "A new paragraph: HK$2 billion for Lantau.\n\nLast."


def test_a_move_is_read_once_where_it_went(tmp_path: Path) -> None:
    move_from = ('<w:moveFromRangeStart w:id="5" w:author="A" w:name="move1"/><w:moveFrom w:id="6" w:author="A">'
                 + run("in Sha Tin ") + '</w:moveFrom><w:moveFromRangeEnd w:id="5"/>')
    move_to = ('<w:moveToRangeStart w:id="7" w:author="A" w:name="move1"/><w:moveTo w:id="8" w:author="A">'
               + run(" in Sha Tin") + '</w:moveTo><w:moveToRangeEnd w:id="7"/>')
    body = para(run("The park "), move_from, run("will open in 2026"), move_to, run("."))
    assert read(tmp_path, body) == "The park will open in 2026 in Sha Tin."


def test_deleted_paragraph_mark_joins_paragraphs_and_deleted_row_is_left_out(tmp_path: Path) -> None:
    mark = '<w:pPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>'
    row = "<w:tr>{}<w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr>"
    table = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
             + row.format("", run("Budget"), run("HK$85 million"))
             + row.format('<w:trPr><w:del w:id="10" w:author="A"/></w:trPr>', run("Old budget"), run("HK$95 million"))
             + row.format('<w:trPr><w:ins w:id="11" w:author="A"/></w:trPr>', run("Places"), run("1 092"))
             + "</w:tbl>")
    body = f"<w:p>{mark}{run('The scheme cost ')}</w:p>" + para(run("HK$85 million.")) + table
    assert read(tmp_path, body) == "The scheme cost HK$85 million.\n\nBudget\tHK$85 million\n\nPlaces\t1 092"


def test_hyperlinks_and_content_controls_are_read(tmp_path: Path) -> None:
    link = f'<w:hyperlink r:id="rId99" w:history="1">{run("HK$3 billion")}</w:hyperlink>'
    run_sdt = (f'<w:sdt><w:sdtPr><w:alias w:val="Amount"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>'
               f'<w:sdtContent>{run("500 hectares")}</w:sdtContent></w:sdt>')
    block_sdt = f'<w:sdt><w:sdtPr><w:alias w:val="Cover"/></w:sdtPr><w:sdtContent>{para(run("Cover: Northern Metropolis"))}</w:sdtContent></w:sdt>'
    body = block_sdt + para(run("The Government will invest "), link, run(" in "), run_sdt, run(" of land."))
    assert read(tmp_path, body) == ("Cover: Northern Metropolis\n\n"
                                    "The Government will invest HK$3 billion in 500 hectares of land.")


def test_fields_give_their_displayed_result_not_their_instructions(tmp_path: Path) -> None:
    complex_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF Budget \\h '
                     '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("HK$5 million")
                     + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    nested = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 99 </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("7") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:instrText> = 7 "yes" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              + run("20 schools") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    simple = '<w:fldSimple w:instr=" DOCPROPERTY Area "><w:r><w:t>87 hectares</w:t></w:r></w:fldSimple>'
    body = para(run("Grant: "), complex_field, run("; "), nested, run("; "), simple, run("."))
    assert read(tmp_path, body) == "Grant: HK$5 million; 20 schools; 87 hectares."


def test_text_boxes_are_blocks_of_their_own_read_once(tmp_path: Path) -> None:
    box = (f'<w:txbxContent>{para(run("Box: 1 500 jobs in Kwu Tung."))}</w:txbxContent>')
    drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
               f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
               f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
               '</mc:Fallback></mc:AlternateContent></w:r>')
    vml_only = f'<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{para(run("VML box: HK$4 billion."))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    body = para(run("The plan"), drawing, run(" goes on.")) + para(run("Second"), vml_only) + para(run("Third."))
    assert read(tmp_path, body) == ("The plan goes on.\n\nBox: 1 500 jobs in Kwu Tung.\n\nSecond\n\n"
                                    "VML box: HK$4 billion.\n\nThird.")


def test_footnotes_after_their_block_endnotes_at_the_end_comments_left_out(tmp_path: Path) -> None:
    body = (para(run("The Fund will grant HK$7 billion"), '<w:r><w:footnoteReference w:id="2"/></w:r>',
                 run(" to start-ups"), '<w:r><w:endnoteReference w:id="1"/></w:r>', run("."))
            + para('<w:commentRangeStart w:id="0"/>', run("Kowloon East"), '<w:commentRangeEnd w:id="0"/>',
                   '<w:r><w:commentReference w:id="0"/></w:r>', run(" gets a park"),
                   '<w:r><w:footnoteReference w:id="1"/></w:r>', run(".")))
    text = read(tmp_path, body, footnotes={1: "Second note: 12 hectares.", 2: "First note: over five years."},
                endnotes={1: "Source: Budget 2024, HK$9 billion in total."}, comments={0: "Check HK$1 billion?"})
    assert text == ("The Fund will grant HK$7 billion to start-ups.\n\nFirst note: over five years.\n\n"
                    "Kowloon East gets a park.\n\nSecond note: 12 hectares.\n\n"
                    "Source: Budget 2024, HK$9 billion in total.")


def test_merged_table_cells_are_read_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "HK$85 million"
    table.cell(0, 2).text = "Budget"
    table.cell(1, 0).text = "1 092"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "graduates"
    document.save(str(tmp_path / "t.docx"))
    assert docx_to_text(tmp_path / "t.docx", "t.docx")[1] == "HK$85 million\tBudget\n\n1 092\tgraduates"


def test_title_from_core_properties(tmp_path: Path) -> None:
    write_docx(tmp_path / "d.docx", para(run("Body text.")), title="Budget note")
    assert docx_to_text(tmp_path / "d.docx", "d.docx") == ("Budget note", "Body text.")


def test_hidden_text_and_placeholder_prompts_are_left_out(tmp_path: Path) -> None:
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Drafting note: was HK$9 billion. </w:t></w:r>'
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">The Fund grants HK$7 billion.</w:t></w:r>'
    prompt = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
              + para(run("Click or tap here to enter 100 words.")) + "</w:sdtContent></w:sdt>")
    assert read(tmp_path, para(hidden, shown) + prompt + para(run("End."))) == "The Fund grants HK$7 billion.\n\nEnd."


def test_alt_chunk_html_is_read_where_it_stands(tmp_path: Path) -> None:
    """HTML-to-DOCX generators embed the page as an altChunk part instead of writing paragraphs."""
    import zipfile

    write_docx(tmp_path / "base.docx", para(run("Cover note.")) + '<w:altChunk r:id="rIdChunk1"/>' + para(run("End.")))
    html = ("<html><body><p>The Fund will grant HK$7&nbsp;billion to 40 start-ups.</p>"
            "<p>Second paragraph<br>with a line break.</p></body></html>")
    rel = (b'<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           b'relationships/aFChunk" Target="afchunk1.htm"/></Relationships>')
    with zipfile.ZipFile(tmp_path / "base.docx") as zin, \
            zipfile.ZipFile(tmp_path / "chunk.docx", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rel)
            zout.writestr(info.filename, data)
        zout.writestr("word/afchunk1.htm", html.encode("utf-8"))
    assert docx_to_text(tmp_path / "chunk.docx", "chunk.docx")[1] == (
        "Cover note.\n\nThe Fund will grant HK$7\u00a0billion to 40 start-ups.\n\n"
        "Second paragraph\nwith a line break.\n\nEnd.")
