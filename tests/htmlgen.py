"""Test helper: web pages built the way old government sites build them (layout tables, a navigation
column, `<br>` lines and no `<p>`, `&nbsp;` indents and separators, footer tables, breadcrumbs)."""

from __future__ import annotations

NAV = ("<td width=\"160\" valign=\"top\" class=\"leftnav\" bgcolor=\"#E6E6E6\">"
       "<a href=\"/gia/general/today.htm\">Today's Press Releases</a><br>"
       "<a href=\"/gia/general/category.htm\">Press Releases by Category</a><br>"
       "<a href=\"/gia/general/archive.htm\">Archive of Press Releases 1997 to 2024</a><br>"
       "<a href=\"/gia/general/search.htm\">Search Press Releases</a><br>"
       "<a href=\"/gia/rss.htm\">RSS</a> | <a href=\"/gia/text.htm\">Text Only</a><br>"
       "<a href=\"/budget\">Budget 2024-25: HK$9 billion measures at a glance</a></td>")
FOOTER = ("<table width=\"100%\" border=\"0\"><tr><td class=\"footer\" align=\"center\">"
          "<a href=\"/notice.htm\">2024</a> | <a href=\"/notice.htm\">Important notices</a> | "
          "<a href=\"/privacy.htm\">Privacy Policy</a><br>Last revision date: 10 January 2024</td></tr></table>")


def press_release(headline: str, lines: list[str], lang: str = "en", breadcrumb: str = "") -> str:
    """A page like a Hong Kong Government press release or LegCo question of the 2000s-2020s."""
    body = "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in lines)
    crumbs = (f"<table><tr><td class=\"breadcrumb\">{breadcrumb}</td></tr></table>" if breadcrumb else "")
    return (
        f"<html lang=\"{lang}\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        f"<title>{headline}</title><script language=\"JavaScript\">function MM_swap(){{}}</script></head>"
        "<body bgcolor=\"#FFFFFF\" leftmargin=\"0\" topmargin=\"0\">"
        "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
        "<a href=\"/\"><img src=\"/banner.gif\" alt=\"GovHK\" border=\"0\"></a></td>"
        "<td align=\"right\"><a href=\"/tc/\">繁體版</a> | <a href=\"/sc/\">简体版</a></td></tr></table>"
        f"{crumbs}"
        "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
        f"{NAV}<td width=\"10\">&nbsp;</td><td valign=\"top\">"
        f"<font size=\"3\"><span id=\"PRHeadlineSpan\"><b>{headline}</b></span></font><br><br>"
        f"<span id=\"pressrelease\" class=\"content\">{body}"
        "<br><br>Ends/Wednesday, January 10, 2024<br>Issued at HKT 15:30<br><br>NNNN</span>"
        "<p align=\"right\"><a href=\"#top\">Back to top</a></p></td></tr></table>"
        f"{FOOTER}</body></html>")


def nested_page(depth: int, text: str) -> str:
    """`depth` levels of <div> (a generator or a broken template gone wild) around a paragraph."""
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * depth + f"<p>{text}</p>"
            + "</div>" * depth + "<p>After the nest: 12 hectares in Tung Chung.</p></body></html>")
