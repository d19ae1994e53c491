"""A body's website named by the body and 网站 / 门户网站 / 官网 (广东省人民政府网站公布, 来源:湖南省人民政府门户网站):
a mention of the body that owns and publishes it (devset-real DECISIONS 28: a source line names its body), one row
with the body; words inside the site's name are no mentions of their own (门户网站 is no station). Sites that are
outlets under a name of their own (中国政府网 / 中央政府门户网站 = gov.cn, the CCDI's site) are gazetteer entries."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def body_websites(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` without those that overlap the website word after a body (门户网站 is no station); the body stays."""
    tail = re.compile(rules["tail"])
    sites = [t.span() for m in matches if m.label == "INSTITUTION" and (t := tail.match(folded, m.end)) is not None]
    return [m for m in matches if not any(m.start < e and s < m.end for s, e in sites)]
