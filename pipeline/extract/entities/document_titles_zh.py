"""Folded Chinese text + a document's matches → without the places written only inside the title of a document that
a notice issues or a page heads.

An official notice names the document it issues in full, places included, with or without title marks: 关于印发某省
贯彻落实《…》工作方案的通知, 关于印发某市城市社区…建设工程实施方案的通知, and the issued document's own title stands
again on a line of its own (某省贯彻落实《…》工作方案). A body's opinion or notice opens with its own title, which may
wrap over two lines (国务院关于推动某区高质量发展\n奋力书写…的意见). A place there only names the document (the
session-16 ruling: a division named only in a report's title gives no row; DECISIONS 21: a place inside a plan's name
is not listed); the place written in the text's sentences stays. Three title shapes (rules "document_titles"):
- 印发 + the title, up to a document's head (方案, 规划, 计划 …: `heads`), on one line (a notice's 的通知 may follow, or
  the page's title may stop there);
- 关于 + the title + 的意见 / 的通知 / 的决定 / 的批复 (`about`), over at most one line break;
- one of those titles written again (the issued document's heading; the reader may have joined its line to the
  next).
A line that merely ends in a document's word (某市出台实施方案, a headline) is no title: the place acts.
Institutions are untouched (the body issuing a notice acts). Rules: entities_zh.json "document_titles"
(session 29, zhplfp).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _patterns(heads: tuple[str, ...], ends: tuple[str, ...], max_len: int
              ) -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    end = "|".join(re.escape(e) for e in sorted(ends, key=len, reverse=True))
    issued = re.compile(rf"印发([^\n，。；！？,;!?]{{2,{max_len}}}?(?:{head}))")
    about = re.compile(rf"关于([^，。；！？,;!?]{{2,{max_len}}}?)的(?:{end})")
    return issued, about


def document_titles(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places that lie wholly inside an issued document's title."""
    heads, ends = tuple(rules.get("heads", ())), tuple(rules.get("ends", ()))
    if not heads or not ends:
        return matches
    issued, about = _patterns(heads, ends, int(rules.get("max_len", 60)))
    clause = tuple(rules.get("clause_words", ()))  # 印发通知要求某市加快编制规划: a clause, no title
    spans: list[tuple[int, int]] = [m.span(1) for m in issued.finditer(folded)
                                    if not any(w in m.group(1) for w in clause)]
    spans += [m.span(1) for m in about.finditer(folded) if m.group(1).count("\n") <= 1]
    for title in sorted({folded[s:e] for s, e in spans}):  # the title written again (its heading; lines may be joined)
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(title), folded)]
    if not spans:
        return matches
    return [m for m in matches if not (m.label == "PLACE" and any(s <= m.start and m.end <= e for s, e in spans))]
