"""A bare 'Government' as the owner of the public finances: 'the Government's fiscal position', 'the revenue and
expenditure as well as financial position of the Government', 'the expenditure of the current-term Government', and
the one a measure costs ('the rebate will cost the Government $385 million').
GUIDELINES lists 'the Government' alone as the institution only where it acts; a budget speech's government as the
holder of the public accounts is the public purse, no actor (fc17 gold: such a possessive is no mention; eninst,
session 18). The nouns of public finance are data: not_entities.en.json 'public_finance_nouns'. Only the bare word:
a government written with its name ('the Guangdong Government's revenue') is a named body, a mention anywhere."""

from __future__ import annotations

import re

from pipeline.extract.entities.government_terms_en import GovernmentTerms

MODIFIES = (r"(?![ \t\n]+(?:[a-z]+ment\b|(?!(?:of|for|in|on|to|and|or|as|at|by|from|with|is|are|was|were|has|have|"
            r"had|will|would|may|can|could|should|must|remains?|stands?)\b)[a-z]+[ \t\n]+[a-z]{3,}[a-rt-z]s\b))")
TERM = r"(?:(?:[a-z]+-term|current|present|incoming|outgoing|then)[ \t\n]+)?"


class FiscalOwner:
    """Built once from the noun list; `owns(text, start, end)` per candidate."""

    def __init__(self, nouns: list[str]) -> None:
        alt = "|".join(re.escape(n).replace(r"\ ", r"[ \t\n]+") for n in sorted(nouns, key=len, reverse=True))
        alt = alt or "(?!)"
        # "'s" + up to two lower-case modifiers + the noun ('the Government's total recurrent expenditure')
        # — not where the noun modifies a noun after it ('the Government's income support schemes', 'debt
        # management framework': a noun in -ment, or a word and a plural): mendena, session 18 review S2
        self.after = re.compile(rf"['’]s[ \t\n]+(?:[a-z-]+[ \t\n]+){{0,2}}?(?:{alt})(?![\w-]){MODIFIES}")
        # the noun + 'of the' (+ a term word) right before ('financial position of the Government')
        self.before = re.compile(rf"(?<![\w-])(?:{alt})[ \t\n]+of[ \t\n]+(?:the|this)[ \t\n]+{TERM}$")
        # the one a measure costs ('This will cost the Government $120 million'): the purse that pays, no actor
        self.costs = re.compile(r"(?<![\w-])(?:cost|costs|costing)[ \t\n]+the[ \t\n]+$")
        self.terms = GovernmentTerms()  # a term of office, a government not yet in office, 'we in the Government'

    def owns(self, text: str, start: int, end: int) -> bool:
        """True for a bare 'Government' at text[start:end] that owns a noun of public finance."""
        if text[start:end] != "Government":
            return False
        return self.after.match(text, end) is not None or \
            self.before.search(text[max(0, start - 80):start]) is not None or \
            self.costs.search(text[max(0, start - 16):start]) is not None or \
            self.terms.no_actor(text, start, end)
