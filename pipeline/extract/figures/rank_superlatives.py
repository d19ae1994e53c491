"""A figure token index → whether the number is the cut-off of a superlative ranking ('one of the three largest art
markets', 'among the five busiest ports', "the world's ten biggest banks"): like 'the top 10' (devset-real
DECISIONS 9) it bounds a ranking and counts nothing the text reports. The superlatives and the words that open such
a ranking are in the figure lexicon (`rank_superlatives`, `rank_superlative_openers`)."""

from __future__ import annotations

from typing import Any


def superlative_cutoff(reader: Any, num_idx: int) -> bool:
    """'one of the N largest …', 'among the N busiest …', "the world's N biggest …": a rank cut-off."""
    lex = reader.lex
    if reader.low(num_idx + 1) not in lex["rank_superlatives"]:
        return False
    start = reader.toks[num_idx].start
    if reader.text[max(0, start - 4):start].rstrip().endswith(("'s", "’s")):
        return True
    if reader.low(num_idx - 1) != "the" or reader.low(num_idx - 2) not in lex["rank_superlative_openers"]:
        return False
    return not partitive(reader, num_idx)


def partitive(reader: Any, num_idx: int) -> bool:
    """'Of the 500 most vulnerable households visited, 300 …', 'Among the 20 most affected buildings, 15 …': 'Of' that
    starts the sentence, or a noun phrase followed by ', <number>', takes a part of a real set of N; N counts
    (review-reven M4, session 19). 'one of the five busiest ports', 'Among the ten largest lenders, growth …' stay."""
    if num_idx >= 2 and reader.toks[num_idx - 2].text == "Of":  # 'Of the N …' opening a sentence
        return True
    toks = reader.toks
    for k in range(num_idx + 2, min(num_idx + 10, len(toks) - 1)):
        if toks[k].text in (".", ";", ":", "!", "?"):
            return False
        if toks[k].text == ",":
            return toks[k + 1].kind == "num"
    return False
