"""A bare 'Government' that names a term of office, a government not yet in office, or the body one belongs to or
aims at — no actor, no row (GUIDELINES: 'the Government' alone is the institution only as an actor).

- a place in a government's term: 'the last Budget of the current-term Government', 'at the halfway stage of the
  current-term Government', 'the last for the Government of this term' (a term word before it, or 'of this term' after
  it, and a noun of a point or stretch of the term right before 'of' / 'for': data `government_term_positions`);
- a government not yet in office, as the object of 'to' / 'for' (`government_not_in_office_preps`): 'hand over the
  accounts to the next Government' ('considered by the next Government', 'working with the incoming Government' stay
  the actor);
- the speaker's own membership ('we in the Government', 'my colleagues in the Government'), a target after 'at' /
  'against' ('dissatisfaction at the Government') and a scope after 'across' / 'throughout' / 'outside' ('synergies
  across the Government'); a third person's 'a key decision maker in the Government' stays a mention (an older test's
  reading, test_firm_descriptions_en).

'The current-term Government has …', 'a top priority of the current-term Government', 'the next Government will …'
and every possessive ('the current-term Government's agenda') stay the actor. fc28's three budget-speech openings and
closings list no government for such phrases (eninst, session 29). The words are data: not_entities.en.json
`government_term_positions`, `government_term_words`, `government_not_in_office`, `government_non_actor_preps`,
`government_members`."""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import load_json_data


def alternation(words: list[str]) -> str:
    """The words longest first, spaces matching any run of blanks ('' never matches)."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return alt or "(?!)"


class GovernmentTerms:
    """Built once from not_entities.en.json; `no_actor(text, start, end)` per bare 'Government'."""

    def __init__(self) -> None:
        data = load_json_data("not_entities.en.json")
        positions = alternation(list(data.get("government_term_positions", [])))
        terms = alternation(list(data.get("government_term_words", [])))
        later = alternation(list(data.get("government_not_in_office", [])))
        # only a recipient's or a beneficiary's preposition: 'by' (the passive agent), 'with' (a partner) and 'from'
        # (a source) make the government to come the actor (review rmena X2, session 29)
        receives = alternation(list(data.get("government_not_in_office_preps", [])))
        preps = alternation(list(data.get("government_non_actor_preps", [])))
        members = alternation(list(data.get("government_members", [])))
        # '<position> of|for the [term word] ' right before 'Government'; the term word is group 1
        self.position = re.compile(rf"(?<![\w-])(?:{positions})\s+(?:of|for)\s+the\s+(?:({terms})\s+)?$", re.I)
        self.term_after = re.compile(r"\s+of\s+(?:this|the\s+current|the\s+present)\s+term\b")
        self.later = re.compile(rf"(?<![\w-])(?:{receives})\s+the\s+(?:{later})\s+$", re.I)
        self.preps = re.compile(rf"(?<![\w-])(?:{preps})\s+(?:the\s+)?$")
        self.members = re.compile(rf"(?<![\w-])(?:{members})\s+in\s+(?:the\s+)?$", re.I)

    def no_actor(self, text: str, start: int, end: int) -> bool:
        """True for a bare 'Government' at text[start:end] in one of the non-actor frames above."""
        if text[start:end] != "Government" or text[end:end + 1] in ("'", "’"):
            return False
        before = text[max(0, start - 60):start]
        m = self.position.search(before)
        if m is not None and (m.group(1) or self.term_after.match(text, end)):
            return True
        return self.later.search(before) is not None or self.preps.search(before) is not None or \
            self.members.search(before) is not None
