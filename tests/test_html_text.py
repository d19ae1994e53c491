"""html_text: main content of table-layout pages, <br> lines, &nbsp; kept, deep nesting, hidden parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from htmlgen import FOOTER, NAV, nested_page, press_release

from pipeline.ingest.formats import ingest_file
from pipeline.ingest.html_text import extract_html, parse_html

LINES = [
    ("Following is a question by the Hon Chan Kin-por and a reply by the Secretary for Development, "
     "Ms Bernadette Linn, in the Legislative Council today (January 10):"),
    "Question:",
    ("The Government announced that the Fund will grant HK$7&nbsp;billion to 40 start-ups in the San Tin "
     "Technopole. Will the Government inform this Council:<br>(1) of the land area;<br>(2) of the timetable?"),
    "Reply:",
    "President,",
    "The Technopole covers about 627 hectares, of which 300 hectares are for innovation and technology uses.",
]


def test_table_layout_press_release_keeps_the_content_cell_only() -> None:
    page = extract_html(press_release("LCQ5: San Tin Technopole", LINES,
                                      breadcrumb='<a href="/">Home</a> &gt; <a href="/gia">Press Releases</a> &gt; LCQ5'))
    assert page.method == "table-layout" and page.title == "LCQ5: San Tin Technopole"
    assert page.text == (
        "LCQ5: San Tin Technopole\n\n"
        "Following is a question by the Hon Chan Kin-por and a reply by the Secretary for Development, "
        "Ms Bernadette Linn, in the Legislative Council today (January 10):\n\n"
        "Question:\n\n"
        "The Government announced that the Fund will grant HK$7\u00a0billion to 40 start-ups in the San Tin "
        "Technopole. Will the Government inform this Council:\n(1) of the land area;\n(2) of the timetable?\n\n"
        "Reply:\n\nPresident,\n\n"
        "The Technopole covers about 627 hectares, of which 300 hectares are for innovation and technology uses.\n\n"
        "Ends/Wednesday, January 10, 2024\nIssued at HKT 15:30\n\nNNNN")


def test_chinese_table_layout_page() -> None:
    lines = ["以下為今日（一月十日）在立法會會議上陳健波議員的提問和發展局局長甯漢豪的答覆：",
             "問題：", "政府表示，基金將向四十間初創企業撥款７０億元，並興建３０，０００個單位。",
             "答覆：", "主席：", "新田科技城佔地約六百二十七公頃。"]
    page = extract_html(press_release("立法會五題：新田科技城", lines, lang="zh-HK"))
    assert page.method == "table-layout"
    assert page.text.startswith("立法會五題：新田科技城\n\n以下為今日")
    assert "基金將向四十間初創企業撥款７０億元，並興建３０，０００個單位。" in page.text
    for leaked in ("Today's Press Releases", "Privacy Policy", "HK$9 billion", "繁體版", "Back to top"):
        assert leaked not in page.text


def test_navigation_footer_and_breadcrumb_inside_the_content_cell_are_left_out() -> None:
    html = ("<html><body><table><tr>" + NAV + "<td>"
            '<a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/2024">2024</a><br>'
            "The Development Bureau will offer a 4.5-hectare site in Sandy Ridge for data centres.<br>"
            "The site can provide 200&nbsp;000 square metres of floor area.<br>"
            '<a href="/print">Print</a> | <a href="/mail">Email this page</a>'
            "</td></tr></table>" + FOOTER + "</body></html>")
    page = extract_html(html)
    assert page.text == ("The Development Bureau will offer a 4.5-hectare site in Sandy Ridge for data centres.\n"
                         "The site can provide 200\u00a0000 square metres of floor area.")


def test_page_with_main_is_read_from_main() -> None:
    html = ("<html><body><nav><a href='/'>Home</a></nav><main><h1>Note</h1><p>Kowloon gets HK$2 billion.</p>"
            "<p>Line one<br>line two</p></main><footer>Privacy</footer></body></html>")
    page = extract_html(html)
    assert page.method == "main" and page.text == "Note\n\nKowloon gets HK$2 billion.\n\nLine one\nline two"


def test_hidden_parts_and_form_controls_are_left_out() -> None:
    html = ("<html><body><main><p>Visible: HK$2 billion.</p><div style='display: none'>Hidden: HK$9 billion.</div>"
            "<p hidden>Also hidden</p><select><option>2019</option><option>2020</option></select>"
            "<button>Search</button><textarea>HK$1</textarea></main></body></html>")
    assert extract_html(html).text == "Visible: HK$2 billion."


def test_implied_end_tags() -> None:
    html = "<body><main><p>One<p>Two<ul><li>Three<li>Four</ul><table><tr><td>a<td>b<tr><td>c<td>d</table></main>"
    assert extract_html(html).text == "One\n\nTwo\n\nThree\n\nFour\n\na\tb\n\nc\td"


@pytest.mark.parametrize("depth", [300, 50_000])
def test_deeply_nested_page_is_read_without_recursion_limits(depth: int) -> None:
    page = extract_html(nested_page(depth, "The Government will invest HK$2 billion in Kowloon East."))
    assert page.text == ("The Government will invest HK$2 billion in Kowloon East.\n\n"
                         "After the nest: 12 hectares in Tung Chung.")


def test_deep_nesting_keeps_line_breaks_past_the_depth_kept() -> None:
    _, _, depth = parse_html("<div>" * 1000 + "<p>a</p><p>b</p>" + "</div>" * 1000 + "<p>c</p>")
    assert depth <= 402
    page = extract_html("<div>" * 1000 + "<p>First line of text here.</p><p>Second line.</p>" + "</div>" * 1000)
    assert page.text == "First line of text here.\n\nSecond line."


def test_deep_page_through_ingest(tmp_path: Path) -> None:
    (tmp_path / "deep.html").write_text(nested_page(40_000, "The Fund will grant HK$7 billion."), "utf-8")
    document = ingest_file(tmp_path / "deep.html", "deep.html")
    assert document.text == "The Fund will grant HK$7 billion.\n\nAfter the nest: 12 hectares in Tung Chung.\n"
    assert document.title == "Deep"


def test_div_page_with_br_lines_and_no_p_is_read_like_a_table_layout() -> None:
    html = ('<html><body><div id="nav"><a href="/">Home</a><br><a href="/a">About us</a><br><a href="/n">News</a></div>'
            '<div id="content">The Development Bureau announced today that a 4.5-hectare site will be offered.<br>'
            "The site can provide 200&nbsp;000 square metres.<br><br>Tenders will close in about three months.</div>"
            '<div id="footer"><a href="/p">Privacy</a> | <a href="/i">Important notices</a></div></body></html>')
    page = extract_html(html)
    assert page.method == "br-layout"
    assert page.text == ("The Development Bureau announced today that a 4.5-hectare site will be offered.\n"
                         "The site can provide 200\u00a0000 square metres.\n\nTenders will close in about three months.")


def test_pre_keeps_its_lines_and_column_gaps_become_tabs() -> None:
    html = ("<html><body><main><p>Notice:</p><pre>\nItem            Amount\nBudget          HK$85 million\n"
            "Places          1 092\n\nEnds</pre></main></body></html>")
    assert extract_html(html).text == "Notice:\n\nItem\tAmount\nBudget\tHK$85 million\nPlaces\t1 092\n\nEnds"


def test_trafilatura_pages_keep_nbsp_too() -> None:
    html = ("<html><body><div class='menu'><a href='/'>Home</a> <a href='/n'>News</a></div><div class='story'>"
            "<p>The Development Bureau will offer a 4.5-hectare site with 200&nbsp;000 square metres of floor area.</p>"
            "<p>Tenders will close in about three months, and the site will create around 1&#160;500 jobs.</p>"
            "</div></body></html>")
    page = extract_html(html)
    assert page.method == "trafilatura"
    assert "200\u00a0000 square metres" in page.text and "1\u00a0500 jobs" in page.text
    assert "\ufffc" not in page.text
