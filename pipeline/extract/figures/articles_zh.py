"""An article of a law named by its number without 第: 二十三條立法, 《基本法》二十三條.

Hong Kong and Mainland writing names an article of a law by its bare number and 條 (the Basic Law's Article 23 is
二十三條 in '二十三條立法', 'legislation under Article 23'); like 第N條, that is a label, no count of items
(GUIDELINES: numbers inside names and legal citations are no figures). The number names an article where the law
is written right before it (基本法, 憲法, a title in 《》 that ends in 法 or 條例) or legislation follows it (立法), or
when the text has just cited the same article as 第N條 (「按照第十九條的要求」。十九條是甚麼？).

A policy package is named by its number of articles the same way: 出台穩經濟20條, 落实稳经济138条和95项配套政策 issue
'the 20 (138) articles for steady growth', a name like a ranking list's (README, session-16 ruling: 穩經濟20條 is a
name, no figure). The package is issued (出台, 制定, 印發, 落實 … right before its aim, with no number or stop
between) and its name ends at 條 (a stop, 和 / 及 / 等, or the end follow); 新增公交线路12条, 推出旅游精品线路30条 (条 counting
routes) and 修订条例15条 still count. A later item of a list of packages (出台稳就业12条、促消费8条) is a name too: its aim
comes right after the item before it (N條 and a list mark) and that item is a package (lexicon package_lists), unless
it opens with a verb of works (、整治黑臭水体15条、新建绿道8条 count bodies of water and greenways: works_verbs).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["article_number", "package_name"]

_RESTATED_AFTER = "是的，,。？?、」』）)；;：:"  # what follows an article named again: no noun it would count
_RESTATED_BEFORE = "。，,；;「『（(？?！!\n 　"  # the bare article opens its clause
_RESTATED_WINDOW = 80  # characters: an article cited as 第N條 and then named again by its bare number (十九條是甚麼？)


def article_number(reader: ZhReader, first: int, after: int, cls: str) -> bool:
    """Whether the number at `first` with the classifier `cls` (ending at `after`) names an article of a law."""
    lex = reader.lex["article_numbers"]
    if cls not in lex["classifiers"]:
        return False
    number = reader.text[first:after - len(cls)]
    restated = "第" + number + cls in reader.text[max(0, first - _RESTATED_WINDOW):first] and \
        (after >= len(reader.text) or reader.char_in(after, _RESTATED_AFTER)) and \
        (first == 0 or reader.char_in(first - 1, _RESTATED_BEFORE))  # 新增三條巴士路線, 新增路線三條 count routes
    return bool(reader.at(after, lex["after"]) or reader.before(first, lex["laws_before"]) or restated)


def package_name(reader: ZhReader, first: int, after: int, cls: str, depth: int = 0) -> bool:
    """Whether N條 (the number at `first`, the classifier ending at `after`) ends an issued policy package's name."""
    lex = reader.lex["package_names"]
    if cls not in reader.lex["article_numbers"]["classifiers"] or not reader.char_in(after, lex["ends"]) and \
            after < len(reader.text):
        return False
    head = reader.text[max(0, first - lex["max_aim"] - 2):first]
    if head.endswith(tuple(lex["not_aim_ends"])):  # 推出旅游精品线路30条: 条 counts the routes
        return False
    if any(re.search(re.escape(verb) + r"[\u4e00-\u9fff]{2,%d}$" % lex["max_aim"], head) for verb in lex["verbs"]):
        return True
    return depth < 8 and _later_item(reader, first, cls, depth)


def _later_item(reader: ZhReader, first: int, cls: str, depth: int) -> bool:
    """Whether the aim before `first` follows another package's N條 and a list mark (稳就业12条、促消费8条)."""
    lex = reader.lex["package_lists"]
    lead = reader.text[max(0, first - lex["list_max_aim"] - 16):first]
    m = re.search(r"([0-9０-９]+|[一二三四五六七八九十百]+)([條条])[" + re.escape(lex["marks"]) +
                  r"]([\u4e00-\u9fff]{2,%d})$" % lex["list_max_aim"], lead)
    if m is None or re.search(r"[0-9０-９一二三四五六七八九十百千萬万億亿]", m.group(3)) or \
            m.group(3).startswith(tuple(lex["works_verbs"])):
        return False  # 、整治黑臭水体15条: 条 counts the bodies of water a works verb names, no package
    base = first - len(lead)
    return package_name(reader, base + m.start(1), base + m.end(2), m.group(2), depth + 1)
