"""When a currency word after a number does not make the number money: the word names an emission standard
('5 000 Euro IV diesel vehicles': Euro I-VI are the European Union's stages of vehicle emission limits, written
with a Roman numeral or a digit), or it opens the next paragraph ('August 31, 2017⏎⏎Renminbi deposits rose'):
a currency word never reaches back across a blank line to the number of a dateline. Only the words of
`emission_standard_words` name a standard, and only before a stage and a noun: '500 RMB 2 times', '300 Euro 3 years
ago' keep their currency."""

from __future__ import annotations

import re
from typing import Any

_STAGE = re.compile(r"(?:I{1,3}|IV|VI{0,2}|[1-7])")  # the stages of vehicle emission standards (Euro 1-7 / I-VI)


def suffix_currency_holds(reader: Any, num_end: int, after_end: int) -> bool:
    """The currency word spelt by tokens num_end..after_end-1 is the number's currency."""
    toks = reader.toks
    if "\n\n" in reader.text[toks[num_end - 1].end:toks[num_end].start]:
        return False  # across a blank line: 'August 31, 2017⏎⏎Renminbi deposits'
    word, stage, noun = toks[after_end - 1], reader.tok(after_end), reader.tok(after_end + 1)
    return not (stage is not None and word.text in reader.lex["emission_standard_words"]
                and _STAGE.fullmatch(stage.text) and not reader.glued(after_end - 1, after_end)
                and noun is not None and noun.kind == "word" and noun.low not in reader.lex["frequency_times"]
                and reader.read_unit(after_end + 1) is None)  # 'Euro IV lorries', 'Euro 6 buses': a standard
