"""Text → evidence that a capitalised name is an organisation: named members of a list of companies,
a name in apposition to an organisation noun, a name used as an actor, a name that takes a capital 'The'.

The statistical NER tags products, events and campuses ORG ("NEWater", "InnoEX", "Biopolis") and companies
GPE ("Grab", "Illumina"). A name with no head word ('Authority', 'Bureau', ...) and no gazetteer entry is an
institution only when the text says so: "tech companies like Grab, Sea and Razer", "medtech company
Illumina", "Illumina has a strong footprint", "awarded by The Asian Banker". The organisation nouns are
data (`org_nouns` in not_entities.en.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable

ITEM = re.compile(r"(?:\d+[ ])?[A-Z][\w&'’-]*(?:\.\w+)*(?:[ ](?:&[ ])?[A-Z0-9][\w&'’-]*(?:\.\w+)*)*")
LIST_SEP = re.compile(r",[ ]+(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
ACTOR_AFTER = re.compile(r"(?:['’]s[ ]|[ ]+(?:today[ ]+|also[ ]+|now[ ]+|[a-z]+ly[ ]+)?(?:has|have|had|is|was|will|"
                         r"would|said|says|announced|signed|launched|opened|invested|acquired|plans|agreed|"
                         r"reported|employs|operates|serves|develops|provides|set[ ]up|established)\b)")
CAPITAL_THE_BEFORE = re.compile(r"[a-z,;][ ]+The[ ]+$")  # 'by The Asian Banker': 'The' is part of a title


class OrgEvidence:
    """Built once from the organisation nouns; `find` is per document."""

    def __init__(self, org_nouns: Iterable[str]) -> None:
        nouns = "|".join(sorted((re.escape(n) for n in org_nouns), key=len, reverse=True))
        self.list_trigger = re.compile(rf"\b(?i:{nouns}),?[ ]+(?:such[ ]+as|like|including)[ ]+")
        self.apposition = re.compile(rf"(?<=[a-z] )(?:{nouns})[ ]+(?=[A-Z0-9])")

    def named_members(self, text: str) -> list[tuple[int, int]]:
        """Spans of names listed after 'companies like / such as / including' or in apposition to an
        organisation noun ('medtech company Illumina')."""
        out: list[tuple[int, int]] = []
        for m in self.list_trigger.finditer(text):
            pos = m.end()
            while True:
                item = ITEM.match(text, pos)
                if not item:
                    break
                out.append(trimmed(text, item.start(), item.end()))
                sep = LIST_SEP.match(text, item.end())
                if not sep or text[item.end() - 1] == ".":
                    break
                pos = sep.end()
        for m in self.apposition.finditer(text):
            item = ITEM.match(text, m.end())
            if item:
                out.append(trimmed(text, item.start(), item.end()))
        return [(s, e) for s, e in out if e > s]

    def acts_anywhere(self, text: str, surface: str) -> bool:
        """Some use of the name in the text is an actor's (see `acts`)."""
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if (pos == 0 or not text[pos - 1].isalnum()) and self.acts(text, pos, end):
                return True
            pos = text.find(surface, end)
        return False

    @staticmethod
    def acts(text: str, start: int, end: int) -> bool:
        """The name is used as an actor or an owner ('Illumina has', 'AEM today has', "Illumina's"), or
        takes a capital 'The' inside a sentence ('by The Asian Banker')."""
        return bool(ACTOR_AFTER.match(text, end) or CAPITAL_THE_BEFORE.search(text, max(0, start - 8), start))


def trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """A listed name without the sentence's full stop or a possessive."""
    while e > s and text[e - 1] in ".’'":
        e -= 1
    return s, e
