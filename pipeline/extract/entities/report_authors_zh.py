"""Folded Chinese text + mentions → without the bodies that only name a report as its author.

A body written right before 工作报告 ('work report'), or before its annual report (年报, 年度报告) or its trading fund's
report (营运基金报告书) with the report's year between (建造业工人注册管理局二零一零至二零一一年度年报, 香港邮政年报2010/11:
the papers a LegCo agenda lists), names the document (中山市中级人民法院工作报告, 市人大常委会工作
报告: the court's, the standing committee's report), not the body acting: that mention gives no row (lead's ruling,
session 15: a body named only as the author inside a report's name gives no row; the body acting elsewhere does). The
government's own report (市政府工作报告) is division_bodies' designation; this covers every other author. Rules:
entities_zh.json "report_authors".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.context_zh import with_leading_places
from pipeline.extract.entities.quoted_zh import Match

_WRAP = re.compile(r"[ \t\r\n\u3000]+")  # the line breaks and blanks of a title wrapped over lines


def report_authors(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` without the institutions followed at once by a report word (工作报告), and without the places that
    name a government's report as its division (汕尾市城区2024年政府工作报告, 2024年某镇政府工作报告: the report's
    title names the document, as its session line and its head's title do: no mention of the place); a title wrapped over
    lines on a report's title page reads as one (session 28, zhplfp)."""
    words = tuple(rules["report_authors"]["report_words"])
    annual = re.compile(rules["report_authors"]["report_after"])  # 某局二零一零至一一年度年报, 某署2010-11年营运基金报告书
    title = re.compile(rules["report_authors"]["place_title_after"])
    # a title wrapped over lines (某区2024年国民经济和社会\n\n发展计划…的报告: a report's title page) is the same title
    # — not where the line ends right at the place (信息来源:某县某镇 / 政府工作报告: a source line, then the title)
    dropped = {m.start for m in matches if m.label == "PLACE" and (title.match(folded, m.end) or (
        m.end < len(folded) and not _WRAP.match(folded, m.end) and title.match(_WRAP.sub("", folded[m.end:m.end + 80]))))}
    dropped = with_leading_places(matches, dropped)  # 中山市东凤镇2020年政府工作报告: the city names the report too
    listed = _listed_authors(folded, matches, rules["report_authors"]["listed_before"], words)
    owned = re.compile(rules["report_authors"]["government_owned"])  # 今屆政府第一份的施政報告, 政府的財政狀況
    return [m for m in matches if not (m.label == "INSTITUTION" and (folded.startswith(words, m.end) or
                                                                      annual.match(folded, m.end) is not None or
                                                                      m.start in listed or
                                                                      folded.endswith("政府", 0, m.end) and
                                                                      owned.match(folded, m.end) is not None)
                                       or m.label == "PLACE" and m.start in dropped)]


def _listed_authors(folded: str, matches: list[Match], joins: str, words: tuple[str, ...]) -> set[int]:
    """Starts of the institutions listed before one report word (听取县政府、县人大等工作报告; 区人民法院和区人民检察院
    工作报告): each item of the chain, joined by one of `joins`, is itself an institution mention, and the last is
    followed by 等 or at once by the report word. Only mentions chain: a clause between (县委和县政府高度重视落实政府
    工作报告) breaks it, and the body acting stays."""
    bodies = {m.start: m for m in matches if m.label == "INSTITUTION"}
    found: set[int] = set()
    for m in bodies.values():
        chain, cur = [m.start], m
        while folded[cur.end:cur.end + 1] in joins and folded[cur.end:cur.end + 1] and cur.end + 1 in bodies:
            cur = bodies[cur.end + 1]
            chain.append(cur.start)
        if len(chain) > 1 and folded.startswith(words, cur.end) or folded.startswith("等", cur.end) and \
                folded.startswith(words, cur.end + 1):
            found.update(chain)
    return found
