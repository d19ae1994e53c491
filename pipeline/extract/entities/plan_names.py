"""Text → spans of plan and study titles whose words hold places that the titles only name (issue 14, session 13).

GUIDELINES: a place named only inside a longer name (a plan, a study) is not listed; listed if it also stands
alone. Two kinds of title escape the head-word rules, which look for 'Plan' or 'Strategy' at a name's end:
- a vision named by a place and a word of vision (`vision_words`: 'Lantau Tomorrow', 'the Harbour Tomorrow
  plan'): the title is the place's name and that word, wherever the text writes it, with or without 'plan';
- a quoted title before a plan noun ('the "tomorrow Lantau" plan', a translation's word order);
- a study's title ('Study on Islands in the Eastern Waters', 'Studies related to Artificial Islands in the
  Central Waters'): capitalised 'Study'/'Studies' and 'on/of/for/related to' open a title that runs through
  capitalised words and the small words between them;
- a plan's topic after its capitalised plan word ('Development Blueprint for Hong Kong's Tourism Industry', 'the
  Harbour Plan for Kowloon East').
The recognizer drops the candidates inside these spans (except known bodies), as it does for award titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.regexgate import LeadPattern

# 'the "tomorrow Lantau" plan', 'the “Smart Harbour” blueprint': a quoted title before a plan noun
QUOTED_PLAN = re.compile(r"[\"“]([^\"“”\n]{2,60})[\"”][ ](?:plan|plans|strategy|vision|blueprint|initiative|programme|"
                         r"project|scheme)\b")
STUDY_TITLE = re.compile(r"(?<![\w-])Stud(?:y|ies)[ ](?:on|of|for|about|related[ ]to)[ ]((?:the[ ])?[A-Z][\w'’-]*"
                         r"(?:[ ](?:(?:of|in|at|on|for|and|to|the)[ ])*[A-Z][\w'’-]*)*)")

# 'the Development Blueprint for Hong Kong's Tourism Industry', 'the Action Plan on Hong Kong Maritime Services', 'the
# Harbour Plan for Kowloon East', 'the Strategy of Hydrogen Development in Hong Kong': a capitalised plan word,
# 'for'/'on'/'of', and a topic of capitalised words: the place is the topic's, inside the plan's title (GUIDELINES: a
# place named only inside a plan's name is not listed), when the topic holds more than a name (`topic_words`) or a
# capitalised word before the plan word shows a title; 'The Plan for X' alone is left as read. (LeadPattern: the plan
# words are searched alone and the lookbehind tested where they stand; the same matches)
PLAN_TOPIC = LeadPattern(re.compile(r"(?<![\w-])(?:Blueprint|Plan|Strategy|Roadmap|Agenda|Framework|"
                                    r"Programme|Scheme|Initiative)[ ](?:for|on|of)[ ]"
                                    r"((?:the[ ])?[A-Z][\w'’-]*(?:[ ](?:(?:of|in|and|the)[ ])*[A-Z][\w'’-]*)+)"))
PLAN_WORDS = ("Blueprint ", "Plan ", "Strategy ", "Roadmap ", "Agenda ", "Framework ", "Programme ", "Scheme ",
              "Initiative ")
WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ ]$")
NO_TITLE_WORDS = {"The", "A", "An", "This", "That", "Our", "Its", "Their", "His", "Her", "Each", "Every", "Any", "New"}


def topic_words(topic: str) -> bool:
    """A plan's topic holds more than a place's name: three capitalised words or more, or a possessive ('Hong
    Kong's Tourism')."""
    words = [w for w in topic.split() if w[:1].isupper()]
    return len(words) >= 3 or any(w.endswith(("'s", "’s")) for w in words[:-1])


def titled(text: str, at: int) -> bool:
    """A capitalised word before the plan word ('Harbour Plan', 'Programme Plan') makes the plan word part of a title."""
    m = WORD_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and m.group(1) not in NO_TITLE_WORDS


def vision_title(words: Iterable[str]) -> re.Pattern[str] | None:
    """'<Capitalised words> <vision word>': a vision's title ('Lantau Tomorrow'); None without vision words."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    if not alternatives:
        return None
    # (led by the first capital, the character before it tested after: a search led by a look-behind tried every
    # position; the same matches, 0.35 -> 0.14 ms per 2,000-word document)
    return re.compile(rf"([A-Z](?<![\w'’-].)[\w'’-]*[ ](?:[A-Z][\w'’-]*[ ]){{0,2}}(?:{alternatives}))(?![\w'’-])")


def plan_title_spans(text: str, vision: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of vision titles and study titles in `text` (see the module's docstring)."""
    spans = [m.span(1) for m in STUDY_TITLE.finditer(text)] if "Stud" in text else []
    if any(w in text for w in PLAN_WORDS):
        spans += [m.span(1) for m in PLAN_TOPIC.finditer(text) if topic_words(m.group(1)) or titled(text, m.start())]
    if '"' in text or "“" in text:
        spans += [m.span(1) for m in QUOTED_PLAN.finditer(text)]
    if vision is not None:
        spans += [m.span(1) for m in vision.finditer(text)]
    return spans


__all__ = ["plan_title_spans", "vision_title"]
