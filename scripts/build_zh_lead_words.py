"""jieba's dictionary + our place gazetteers → pipeline/data/zh_lead_words.json: words that open a clause
(verbs, prepositions, adverbs, conjunctions, pronouns) and so never start an unknown place name.

Why: a place name built on a suffix with an unknown body (华侨试验区, 珠港新城, 洋湖片区) has no mark on its
left in running text: Mainland reports write a verb or a preposition right before it (以华侨试验区为载体,
依托珠港新城, 提质洋湖片区, 介绍我国自贸试验区). A hand list of such verbs only ever holds the verbs of the
documents it was written from; jieba (MIT) ships a reviewed word list with part-of-speech tags, so the list
covers the next document's verbs too. The runtime (pipeline/extract/entities/suffix_zh.py) strips these
words from the start of an unknown body only; a verb and a kind of place (深化新区, 谋划机场) name no place,
but an adverb right before a kind word is a name's first word (奋勇高新区: 奋勇 is also a town), so the
verbs (tags v, vn) are kept apart from the other words; so are the closed classes (pronouns, conjunctions,
prepositions, time words), which like a verb name nothing when they are the whole body (這些新發展區, 目前一些新發展區).

Kept: words of 2-4 characters tagged v (verb), vn (verb used as a noun: 合作, 培育), vd, ad, d (adverb), p (preposition), c (conjunction) or r
(pronoun: 我国, 我市; and 一些-type quantities), or t (time word: 目前, 本來) where common, with a jieba frequency of at least MIN_FREQ, less every word that starts a place name
our gazetteers or jieba (tag ns) know (保定, 安定, 前进, 解放: they start 保定市, 安定区, 前进区, 解放路) and
every word that starts a place suffix or a generic body of entities_zh.json (特别 starts 特别合作区);
and single characters tagged p or c with a frequency of at least MIN_FREQ_SINGLE (以, 按, 因 …), less those
that start a generic body or a category word of entities_zh.json (自 starts 自贸, 所 starts 所有).
jieba is build-time only; the pipeline reads the generated file. Run from the repository root:

    pip install jieba==0.42.1 && .venv/bin/python scripts/build_zh_lead_words.py
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

from opencc import OpenCC

from build_zh_word_bounds import jieba_rows, write_json  # scripts/ is on sys.path when a script runs
from gazetteer_names import rows

TAGS = {"v", "vn", "vd", "ad", "d", "p", "c", "r", "t"}
VERB_TAGS = {"v", "vn"}
# words jieba tags as verbs that open nouns as their modifier, never a clause before a name (session 23): 露天 'open-air,
# open-pit' (露天矿生态公园, a park on an open-pit mine; 露天剧场)
NOUN_OPENERS = {"露天"}
# words that are the sentence's, never a name's, even when they are all there is before the suffix (目前一些新發展區,
# 這些新發展區: 'some / these new development areas' name none): pronouns and determiners (r, and m words ending in
# 些: 一些), conjunctions, prepositions and common time words (t: 目前, 本來, 現在; rarer t words are nouns: 青年, 明代)
CLOSED_TAGS = {"r", "c", "p", "t"}
MIN_FREQ_TIME = 5000
SINGLE_TAGS = {"p", "c"}
MIN_FREQ = 100
MIN_FREQ_SINGLE = 10000
DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"
OUT = DATA / "zh_lead_words.json"


def _is_cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def place_names(ns_words: set[str]) -> set[str]:
    """Chinese place names: jieba's ns words and every Chinese name or alias of our place gazetteers."""
    t2s = OpenCC("t2s")
    names = set(ns_words)
    for row in rows(DATA):
        if row.get("table", "place") == "place":
            names |= {t2s.convert(a) for a in [*row.get("zh", []), *row.get("aliases", [])] if _is_cjk(a)}
    return names


def build() -> dict[str, Any]:
    """The file's content, from the installed jieba and the gazetteers as they are now."""
    rows = jieba_rows()
    ns = {w for w, _f, t in rows if t == "ns"}
    places = place_names(ns)
    starts = {p[:k] for p in places for k in range(1, min(len(p), 4) + 1)}
    rules = json.loads((DATA / "entities_zh.json").read_text("utf-8"))["place_names"]
    kinds = [*rules["generic_bodies"], *rules.get("category_starts", ())]
    # 特别 (an adverb) also starts the suffix 特别合作区, 综合 the suffix 综合保税区: such words stay in a body
    kind_starts = {k[:n] for k in [*kinds, *rules["suffixes"]] for n in range(2, len(k) + 1)}
    rows = [(w, f, "r" if t == "m" and len(w) == 2 and w.endswith("些") else t) for w, f, t in rows]  # 一些, like 这些
    kept = [(w, t) for w, f, t in rows if t in TAGS and 2 <= len(w) <= 4 and int(f) >= MIN_FREQ and w not in NOUN_OPENERS
            and (t != "t" or int(f) >= MIN_FREQ_TIME) and w not in starts and w not in kind_starts]
    # the matcher folds Traditional text character by character, and 著 stays 著 (it is also a Simplified
    # character): 隨著 folds to 随著, so a word with the aspect particle 着 gets its 著 form too
    kept += [(w.replace("着", "著"), t) for w, t in kept if "着" in w]
    verbs = sorted({w for w, t in kept if t in VERB_TAGS})
    words = sorted({w for w, t in kept if t not in VERB_TAGS} - set(verbs))
    closed = sorted({w for w, t in kept if t in CLOSED_TAGS} - set(verbs))
    singles = sorted(w for w, f, t in rows if t in SINGLE_TAGS and len(w) == 1 and int(f) >= MIN_FREQ_SINGLE
                     and not any(k.startswith(w) for k in kinds))
    data = {"_about": f"generated by scripts/build_zh_lead_words.py from jieba {metadata.version('jieba')} dict.txt (MIT): "
                      f"words tagged {'/'.join(sorted(TAGS))} (and m ending in 些) of 2-4 characters, frequency >= {MIN_FREQ} "
                      f"(t: >= {MIN_FREQ_TIME}), that start no "
                      "place name of pipeline/data/gazetteer*.jsonl or jieba's ns words nor a place suffix or generic body of "
                      "entities_zh.json; single characters tagged "
                      f"{'/'.join(sorted(SINGLE_TAGS))} with frequency >= {MIN_FREQ_SINGLE} that start no generic body; "
                      f"closed: the words tagged {'/'.join(sorted(CLOSED_TAGS))}, which name nothing even as a whole body; "
                      "Simplified (the matcher folds Traditional); do not edit by hand",
            "verbs": verbs, "words": words, "closed": closed, "singles": singles}
    return data


def main() -> None:
    data = build()
    write_json(OUT, data)
    print(f"{len(data['verbs'])} verbs, {len(data['words'])} other words, {len(data['singles'])} single characters → {OUT}")


if __name__ == "__main__":
    main()
