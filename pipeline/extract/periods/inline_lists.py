"""A list lead-in whose items follow on the same line ('The Package of $X for 2031 will have five components:– First,
jobs. We will spend $Y …– Second, …'): a page converted to text without its line breaks keeps the lead-in's colon and
the items' dashes. The lead-in's time governs the items (PERIOD-GUIDELINES 6), from the colon to the end of the last
item: the line's end, or a full stop glued to the next paragraph's first word ('… and healthcare.These amounts …'),
or the last item's own end: it has no more sentences than the longest earlier item ('… to help them. Separately, …'
is no longer an item)."""

from __future__ import annotations

import re

from pipeline.extract.periods.english import find_times
from pipeline.extract.periods.patterns import scope_patterns
from pipeline.extract.periods.structure import Governor

_LEAD = re.compile(r":[ \t]*(?=[–—][ \t]*[A-Z])")  # 'components:– First'
_ITEM = re.compile(r"[.!?;][ \t]*[–—][ \t]*(?=[A-Z])")  # '… jobs.– Second'
_SENTENCE_END = re.compile(r"[.!?]\s")


def inline_lead_ins(text: str) -> list[Governor]:
    """The governors of the inline lists of `text` (a lead-in with a time in its own sentence)."""
    out = []
    for m in _LEAD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        glued = scope_patterns()["glued_end"]  # ('… to come.Resilience Package: …' ends a sentence too)
        sent = max([line_start] + [e.end() for e in _SENTENCE_END.finditer(text, line_start, m.start())] +
                   [e.end() for e in glued.finditer(text, line_start, m.start())])
        times = [t for t in find_times(text, sent, m.start()) if t.absolute]
        if not times:
            continue
        nl = text.find("\n", m.end())
        line_end = len(text) if nl < 0 else nl
        last = m.end()
        sentences = 0  # the most sentences an earlier item has: the last item has no more
        for item in _ITEM.finditer(text, m.end(), line_end):
            sentences = max(sentences, len(_SENTENCE_END.findall(text, last, item.start())) + 1)
            last = item.end()
        end = line_end
        if sentences:
            ends = list(_SENTENCE_END.finditer(text, last, line_end))
            if len(ends) >= sentences:
                end = ends[sentences - 1].start() + 1
        after = glued.search(text, last, end)
        out.append(Governor(m.end(), after.end() if after else end, times[-1].value(), times[-1].lo))
    return out
