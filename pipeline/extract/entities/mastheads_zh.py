"""A periodical named by its masthead in title marks (《某某》杂志记者, 在《某某》雜誌發表; 《某某》周刊) and a paper named by the
short masthead it prints for itself (《某某》統計, 據《某某》報道, where 某某日报 is a known paper): the outlet the text reports
from or cites is a mention of that body (devset-real DECISIONS 30: media companies are institutions; session-21 ruling:
outlets named in bylines, source lines and news leads). The periodical's name is the masthead and its kind word (南方杂志);
the title marks' other uses (a book, a plan, a law: 《某某规划》) name documents, not outlets: only a kind word of
periodicals right after 》, or a reporting word after a known paper's short masthead, makes one."""

from __future__ import annotations

import re
from typing import Any, Callable

from pipeline.extract.entities.kind_bodies_zh import common_words


def masthead_outlets(folded: str, rules: dict[str, Any], known: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of the outlets named by their mastheads in title marks (rules: 'periodicals' a
    pattern with groups name and kind, 'short_mastheads' one with group name, 'paper_words' the full forms' heads)."""
    out = [(m.start("name"), m.end("name"), m.group("name") + m.group("kind"))
           for m in re.finditer(rules["periodicals"], folded) if known(m.group("name") + m.group("kind")) or not (
               m.group("name") in common_words("zh_common_words.json") and _clause_has(folded, m, rules["paper_words_clause"]))]
    for m in re.finditer(rules["short_mastheads"], folded):  # 《某某》統計: the paper's own short masthead
        full = next((m.group("name") + w for w in rules["paper_words"] if known(m.group("name") + w)), "")
        if full:
            out.append((m.start("name"), m.end("name"), full))
    return out


def _clause_has(folded: str, m: re.Match[str], words: list[str]) -> bool:
    """在《自然》杂志发表论文: a word of the clause around the masthead (up to the next full stop, comma or semicolon)."""
    a = max([0] + [folded.rfind(c, 0, m.start()) + 1 for c in "。，；,;！？"])
    b = min([len(folded)] + [k for c in "。，；,;！？" if (k := folded.find(c, m.end())) >= 0])
    return any(w in folded[a:b] for w in words)
