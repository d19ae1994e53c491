"""A bare order of money after a count of businesses: 清远鸡、麻竹笋2个产业突破百亿, 3家企业营收突破千亿.

A lead word and a bare scale word in 億 (突破百亿, 超千亿, 过万亿: no digits, nothing counted after it) closing a clause
about industries, clusters or enterprises states their size in money — an industry or a firm 'breaks ten billion'
in output or revenue, in the text's currency — only where the clause names them (产业, 企业, 集群, 产值, 营收 …:
the lexicon's bare_scale_money_nouns) and names no volume or number of things (业务量, 播放量, 笔数: bare_scale_count_nouns;
快递业务量突破百亿 counts parcels) (README: 過千億 / 突破萬億 after a money noun is money; 百亿级 a size class
of money). Read as a count it would take the noun of the count before it ('2个产业' → 10 billion industries). A
clause that counts people (人口, 用户, 游客, 人次 …: the lexicon's person nouns) keeps the number a count.

Called from afterpass_zh.second_look for each figure the scan found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.lang import fold

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["bare_scale_money"]

_BARE_ORDER = re.compile(r"(?:突破|超过|超過|超|逾|过|過|破)[十百千萬万]*[億亿]")
_CLAUSE_END = re.compile(r"[。，,；;：:！？!?、\n]")
_PERSON_UNITS = ("person", "visitor", "passenger", "tourist", "user", "resident", "person-time", "trip")


def bare_scale_money(reader: ZhReader, fig: FigureZh) -> FigureZh:
    """`fig` as money when it is a bare order in 億 closing a clause about businesses, counting no people (module note)."""
    text = reader.text
    if fig.kind != "count" or not _BARE_ORDER.fullmatch(text, fig.start, fig.end):
        return fig
    after = reader.char(fig.end)
    if after and not _CLAUSE_END.match(after) and after not in "的了":
        return fig  # 突破百亿人次, 超百亿元级: something counted or a unit follows
    starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, fig.start - 30), fig.start)]
    clause = text[starts[-1] if starts else max(0, fig.start - 30):fig.start]
    nouns, folded = reader.lex["nouns"], fold(clause)
    if any(noun in clause and str(nouns[noun]) in _PERSON_UNITS for noun in nouns):
        return fig  # 全国人口突破十亿: people
    if not any(n in folded for n in reader.lex["bare_scale_money_nouns"]) or \
            any(n in folded for n in reader.lex["bare_scale_count_nouns"]):
        return fig  # 快递业务量突破百亿: parcels, no money
    return replace(fig, kind="money", unit=reader.local_currency(fig.start), currency_inferred=True)
