"""A known committee named by its topic ('Panel on Housing') + the text after it → the longer committee the text
names when its topic goes on in a list ('Panel on Housing and Planning', 'Panel on Home Affairs, Culture and Sports':
another or a renamed committee, not the known one), or None.

The known name is matched from the gazetteer, so a paper's header line does not run it into the paper's title ('Panel
on Housing Public Housing Programme'); only a topic continued by a comma or 'and' and capitalised words that end in no
head of a body or place ('... and the Transport Department' names a second body) makes it longer."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id

TOPIC_WORDS = r"[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*)*"
MORE_TOPIC = re.compile(rf"(?:,[ ]+{TOPIC_WORDS})*,?[ ]+(?:and|&)[ ]+{TOPIC_WORDS}")


def continued_topic(text: str, cand: Cand, entry: Any, entries: dict[str, Any], head_kind: Any) -> Cand | None:
    own = text[cand.start:cand.end]
    topic_at = own.find(" on ")
    if entry.type != "committee" or topic_at < 0:
        return None
    m = MORE_TOPIC.match(text, cand.end)
    if m is None or head_kind(m.group().split()[-1]) in ("INSTITUTION", "PLACE"):
        return None
    head = own[:topic_at].split()[-1]  # 'Panel'
    name_at = own.rfind(head, 0, topic_at + 1)
    prefix = own[:name_at].strip()
    parent = entries.get(entry.parent)
    if prefix and parent is not None and prefix in parent.names():
        prefix = parent.canonical  # 'LegCo Panel on X and Y' is the 'Legislative Council Panel on X and Y'
    canonical = clean_name(" ".join(filter(None, (prefix, text[cand.start + name_at:m.end()]))))
    return Cand(cand.start, m.end(), "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "",
                entry.country_code, "", "rule", 0.8)
