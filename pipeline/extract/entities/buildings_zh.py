"""Folded Chinese text + the institutions found in it → buildings named after the body they house (立法會大樓).

A body's name + a building word (大樓, 大廈, 總部) names the building, a place: 立法會大樓 (the Legislative
Council Building), 特區政府總部 (the Central Government Offices); the body is not listed there. 總部 makes a
building only after the government itself: 食環署總部 is the department's head office, the body. The building
word must end the word: 總部經濟 ('headquarters economy') or 總部基地 name a kind, not a building. A university's
campus (大學 / 學院 + a short place name + 校區) is a place too, and the university in its name is no mention.
Rules are data (pipeline/data/entities_zh.json, "institution_buildings").
"""

from __future__ import annotations

import re
from typing import Any


def institution_buildings(folded: str, bodies: list[tuple[int, int, bool]], rules: dict[str, Any]
                          ) -> list[tuple[int, int]]:
    """(start, end) of body + building word for the known institutions (start, end, is the government) given."""
    out = []
    for s, e, government in bodies:
        heads = sorted(rules["heads"] + rules["room_heads"] + (rules["government_heads"] if government else []),
                       key=len, reverse=True)
        head = next((h for h in heads if folded.startswith(h, e)), "")
        if head and not folded.startswith(tuple(rules["not_before"]), e + len(head)):
            out.append((s, e + len(head)))
        campus = re.match(rules["campus"], folded[e:]) if folded[s:e].endswith(tuple(rules["campus_of"])) else None
        if campus and not head:
            out.append((s, e + campus.end()))  # 青岛农业大学平度校区: a university's campus, a place
    return out


def drop_rooms(folded: str, matches: list[Any], rules: dict[str, Any]) -> list[Any]:
    """`matches` without the rooms built from a body's name (立法会会议厅): a room is no place, and its body no mention."""
    rooms = tuple(rules["room_heads"])
    return [m for m in matches if not (m.label == "PLACE" and folded[m.start:m.end].endswith(rooms))]
