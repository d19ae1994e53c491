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
    return reader.low(num_idx - 1) == "the" and reader.low(num_idx - 2) in lex["rank_superlative_openers"]
