"""A school grade's name is a label, no count: 'each primary one cohort', 'the secondary three intake', 'primary
one admission' (Hong Kong and Singapore name their school years Primary One to Six and Secondary One to Six; the
Education Bureau and MOE write them in lower case in running text too). Capitalised ('Primary One pupils') they were
already read as names; in lower case the number word read as a count of the noun after it (issue 14, session 29)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.figures.match import FigureMatch

# the school stages whose years are numbered (Hong Kong EDB, Singapore MOE: Primary 1-6, Secondary 1-6)
_STAGES = ("primary", "secondary")
# the years of a stage, in words and digits (no stage has more than six)
_YEARS = ("one", "two", "three", "four", "five", "six", "1", "2", "3", "4", "5", "6")
_STAGE_BEFORE = re.compile(r"(?i)\b(?:%s)[ \t]+$" % "|".join(_STAGES))
_YEAR = re.compile(r"(?i)(?:%s)\b" % "|".join(_YEARS))


def without_school_grades(text: str, found: Sequence[FigureMatch]) -> list[FigureMatch]:
    """`found` less the counts whose number names a school year right after its stage ('primary one cohort')."""
    return [f for f in found if not (f.kind == "count" and _YEAR.match(text, f.start) and
                                     _STAGE_BEFORE.search(text, max(0, f.start - 12), f.start))]
