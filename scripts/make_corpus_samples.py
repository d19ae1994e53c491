"""Regenerate the binary sample documents in corpus/ (PDF via reportlab, DOCX via python-docx).

Run once with the test extra installed: `.venv/bin/python scripts/make_corpus_samples.py`.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

PDF_PARAGRAPHS = [
    "Hong Kong Innovation and Technology Development Blueprint: implementation note (sample)",
    "The Innovation and Technology Commission (ITC) reported that the Innovation and Technology Fund "
    "approved 1 250 projects in 2023, with total funding of HK$3.2 billion.",
    "The Hong Kong Science and Technology Parks Corporation will expand the Hong Kong Science Park by "
    "about 70 000 square metres, and Cyberport plans to admit more than 200 start-ups each year.",
    "Over the next five years, the Government aims to raise gross domestic expenditure on research and "
    "development to 1.5 per cent of GDP, working with the Chinese Academy of Sciences and universities "
    "in Guangdong and Macao.",
]

DOCX_PARAGRAPHS = [
    ("Title", "Greater Bay Area youth employment scheme: evaluation summary (sample)"),
    ("Normal", "The Labour Department placed 1 092 graduates with enterprises in Shenzhen, Guangzhou and "
               "Zhuhai, of whom about 60 per cent were still employed after 18 months."),
    ("Heading 1", "Costs"),
    ("Normal", "The scheme cost some HK$85 million over three years, or HK$10,000 per graduate per month "
               "for up to 18 months."),
]


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = []
    for i, text in enumerate(PDF_PARAGRAPHS):
        story.append(Paragraph(text, styles["Title" if i == 0 else "BodyText"]))
        story.append(Spacer(1, 12))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="I&T Blueprint implementation note",
                            invariant=1)
    doc.build(story)


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "RESTRICTED DRAFT - page header"
    for style, text in DOCX_PARAGRAPHS:
        document.add_paragraph(text, style=style)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Graduates placed"
    table.cell(0, 1).text = "1 092"
    table.cell(1, 0).text = "Budget"
    table.cell(1, 1).text = "HK$85 million"
    document.core_properties.title = "GBA youth employment scheme"
    document.save(str(path))


if __name__ == "__main__":
    make_pdf(CORPUS / "it-blueprint-note.pdf")
    make_docx(CORPUS / "gba-youth-employment.docx")
