"""A document's own city for its bare 市 bodies (市委, 市政府, 市人大常委会, 市财政局).

A county-level city (普宁市, 高州市, 陆丰市) writes its own bodies with 市, as a prefecture-level city does, and names
its prefecture only as its superior, with the prefecture's name written (揭阳市委市政府部署, 茂名市委常委、高州市委书记,
超额完成江门市下达任务). So a prefecture named once beside a county-level city the text names more often is not the
text's home: the bare 市 bodies are the county-level city's. A prefecture-level city's own report names itself at least
as often as any one of its county-level cities, and a tie keeps the prefecture (长沙市和浏阳市: 长沙).
"""

from __future__ import annotations

import re
from typing import Callable


HEADER = (re.compile(r"([一-鿿]{2,8}?)第[一二三四五六七八九十百零〇0-9]+届\s*人民代表大会"),  # 陆丰市第十六届人民代表大会
          re.compile(r"([一-鿿]{2,10}?)\s*(?:代理|代)?(?:市长|县长|区长)"))  # 陆丰市市长, 英德市人民政府市长
HEADER_SPAN = 400


def header_division(folded: str, division_id: Callable[[str], str]) -> str:
    """The entry id of the division whose own congress session or head a report's first lines name (——在陆丰市第十六届
    人民代表大会第三次会议上, 陆丰市市长 高火君): the report is that division's, and its bare bodies are that division's
    however often it names its superior (汕尾市第八次党代会, 调研汕尾); '' when the first lines name none."""
    head = folded[:HEADER_SPAN]
    for pattern in HEADER:
        for m in pattern.finditer(head):
            words = m.group(1).replace("人民政府", "")
            for k in range(len(words) - 1):  # the longest known division ending the words (在陆丰市 → 陆丰市)
                eid = division_id(words[k:])
                if eid:
                    return eid
    return ""


SUPERIOR = re.compile(r"([一-鿿]{2,10}?([市县区]))委、?\2?政府[和及、]\2委")  # 在汕尾市委、市政府和市委的领导下


def superior_divisions(folded: str, division_id: Callable[[str], str]) -> frozenset[str]:
    """The entry ids of the divisions a report names as its superiors in the leadership formula 在X市委、市政府和市委
    的领导下: a county-level city's report names its prefecture's committee and government with the prefecture's name
    and its own committee bare after them (在江门市委、市政府和市委的正确领导下: 江门's, then 鹤山's own), so X is
    not the text's home however often it is named, and the bare 市 bodies are the other city's."""
    found = set()
    for m in SUPERIOR.finditer(folded):
        words = m.group(1)
        eid = next((e for k in range(len(words) - 1) if (e := division_id(words[k:]))), "")
        if eid:
            found.add(eid)
    return frozenset(found)


def own_city_counts(prefectures: dict[str, int], county_cities: dict[str, int]) -> dict[str, int]:
    """The counts the home is picked from: the prefecture-level cities' (`prefectures`, entry id → times named), or
    the one county-level city named strictly more often than every prefecture-level city and every other county-level
    city (then it alone); with no prefecture-level city named, the county-level cities'."""
    if not county_cities:
        return prefectures
    if not prefectures:
        return county_cities
    top = max(county_cities.values())
    leaders = [c for c, n in county_cities.items() if n == top]
    if len(leaders) == 1 and top > max(prefectures.values()):
        return {leaders[0]: top}
    return prefectures



def joint_government(folded: str, start: int, alias: str, is_division: Callable[[str], bool]) -> str:
    """揭阳市委市政府, 广东省委、省政府, 台山市委和市政府: a bare level government written right after a division's party
    committee is that division's government (the joint form names one division's committee and government), so a
    county-level city's report that writes 揭阳市委市政府部署 means 揭阳's, not its own; '' when no such committee precedes."""
    p = start - 1 if folded[start - 1:start] in ("、", "和", "及", "与") else start
    if folded[p - 1:p] != "委" or folded[p - 2:p - 1] != alias[:1]:
        return ""
    names = [folded[p - 2 - k:p - 1] for k in range(1, 8) if p - 2 - k >= 0]
    return next((n + "人民政府" for n in reversed(names) if is_division(n)), "")
