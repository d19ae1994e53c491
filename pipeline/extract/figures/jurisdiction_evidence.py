"""A jurisdiction's own bodies, schemes and terms as evidence of the currency a bare '$' means (issue 14, session 29):
a Singapore budget passage on bursaries that never writes 'Singapore' still names MOE, the CDC/CCC bursaries, ITE and the
Nanyang Academy of Fine Arts; a Hong Kong text that names Singapore once still writes 'salaries tax'. The list is data
(`pipeline/data/jurisdiction_evidence.en.json`, each cue with its source): 'strong' cues vote as the figure lexicon's
`locale_cues` do, 'weak' ones (short forms and names other countries also use) as its `locale_cues_weak`: together,
at least `min_distinct` distinct ones. A weak cue's `shared_with` names the other jurisdictions that use the same short
form: a text naming one of them does not count it (a Hong Kong text on the Mainland's MOE and MOF)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

STRENGTHS = ("strong", "weak")


def evidence_rows() -> list[dict[str, str]]:
    """The cues of the evidence list, as written."""
    text = resources.files("pipeline.data").joinpath("jurisdiction_evidence.en.json").read_text("utf-8")
    rows: list[dict[str, str]] = json.loads(text)["cues"]
    return rows


@lru_cache(maxsize=None)
def evidence_cues(strength: str) -> dict[str, tuple[str, ...]]:
    """Currency → the patterns of the evidence list of one strength ('strong' or 'weak'), in the list's order."""
    out: dict[str, list[str]] = {}
    for row in evidence_rows():
        if row["strength"] == strength:
            out.setdefault(row["currency"], []).append(row["pattern"])
    return {code: tuple(patterns) for code, patterns in sorted(out.items())}


@lru_cache(maxsize=None)
def shared_cues() -> dict[str, re.Pattern[str]]:
    """Pattern of a cue → the names of the other jurisdictions that share its short form (the rows with `shared_with`)."""
    return {row["pattern"]: re.compile(row["shared_with"]) for row in evidence_rows() if row.get("shared_with")}
