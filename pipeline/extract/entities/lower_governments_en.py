"""Text + candidates → a place's government written in lower case as the subject of a verb made that government, an
institution (eninst, session 21): 'the HKSAR government would introduce steps', 'The Singapore government has
announced'. News English writes a government's name with a lower-case 'government' (a headline: 'HKSAR gov't
plans'); followed by a modal or a verb
of saying or acting it names the body that acts (GUIDELINES: 'the Government' as an actor is the institution; fc20
gold), where 'the Hong Kong government text' or 'the governments of X and Y' (DECISIONS 26) name no body. Only a
place the gazetteer gives a government (`Gazetteer.governments`); the place's mention becomes the body's (a place
inside a body's name is no mention of it). Checked per place candidate at its end (a match there, no scan)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from pipeline.extract.entities.government_forms_en import government_forms
from pipeline.extract.entities.spans import Cand

# a past form that also premodifies a noun ('the government paid leave scheme', 'the government estimated deficit')
# is the government's act only before what a verb takes: an object's determiner or number, 'that', 'to', a
# preposition, a time word or a stop (review reven S5)
PARTICIPLES = r"(?:planned|proposed|earned|collected|paid|allocated|expected|estimated|intended)"
OBJECT_NEXT = (r"(?=[ ]+(?:the|a|an|its|their|this|these|those|some|all|more|less|about|over|around|nearly|almost|"
               r"that|to|on|in|at|for|with|by|from|into|last|yesterday|earlier|HK\$|S\$|US\$|\$|RMB|\d)\b|[ ]*[,.;:]|"
               r"[ ]+(?:HK|S|US)?\$)")
ACTS = re.compile(r"[ ]+(?:government|gov['’]t)(?=[ ]+(?:(?:also|then|now|quickly)[ ]+)?(?:will|would|shall|should|has|have|had|"
                  r"is|was|can|could|may|might|must|said|says|announced|announces|plans|introduced|"
                  r"introduces|launched|launches|decided|agreed|proposes|set[ ]up|sets[ ]up|"
                  r"earns|spends|spent|collects|pays|invests|invested|allocates|"
                  r"expects|estimates|forecasts|warns|warned|faces|faced|continues|continued|"
                  r"intends|aims|vows|vowed|pledges|pledged|unveils|unveiled|urges|urged|stresses|stressed)\b|"
                  r"[ ]+(?:(?:also|then|now|quickly)[ ]+)?" + PARTICIPLES + OBJECT_NEXT + r")")
# (money verbs and verbs of expecting and warning, as news writes them: 'Macao government spends more', 'Hong Kong
# government earns less amid ...'; eninst, session 24, fc23)


def lower_case_governments(text: str, cands: list[Cand], governments: Mapping[str, Any],
                           from_entry: Callable[[int, int, Any], Cand], entries: Mapping[str, Any]) -> list[Cand]:
    """`cands` with each 'X government' + verb (X a place with a known government) read as that government; then
    the governments written by what they are (government_forms_en: 'the SAR Government', "China's central
    government")."""
    if " government " not in text and " gov't " not in text and " gov’t " not in text:  # (news headlines: 'gov't')
        return government_forms(text, cands, governments, from_entry, entries)
    out = []
    for c in cands:
        entry = governments.get(c.entity_id) if c.label == "PLACE" else None
        m = ACTS.match(text, c.end) if entry is not None else None
        out.append(c if m is None else from_entry(c.start, m.end(), entry))
    return government_forms(text, out, governments, from_entry, entries)


__all__ = ["lower_case_governments"]
