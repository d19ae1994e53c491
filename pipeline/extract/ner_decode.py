"""spaCy's greedy NER decoding, the same decisions computed with numpy for a whole batch at once (issue 15).

spaCy's `EntityRecognizer` runs its model in two parts: `model.predict(docs)` (the tok2vec and the
lower layer, precomputed for every token of the batch) and then a transition loop in C, one step per
token, that scores every state, checks which of the 74 BILUO actions are valid and takes the best.
In spaCy 3.8's wheels that loop is slow for a reason of its own: the state's helpers (`StateC.B`,
`B_`) release and take back the GIL on every call, and the validity check makes some hundred such
calls per state and step, so more than half of the NER's CPU went to locking a mutex (measured
with perf on 300-word documents). This module keeps spaCy's `model.predict` and its weights and
replaces only the loop: the same features (the buffer's first word, the open entity's first and last
word), the same sums in the same order (float32, padding row for a missing feature), the same maxout,
the same hidden-to-output product (blis, as spaCy calls it), the same validity rules and the same
first-best choice, for every state of the batch at once.

It reads only what a fresh document can hold: no preset entities (spaCy's `ent_iob` all 0). Anything
else (another model shape, a beam, a preset entity) goes back to spaCy's own `pipe`
(`FastNer.usable`). The entities are identical to spaCy's (tests/test_ner_decode.py; the extractor
checks it again on a made-up text when it loads the model, and keeps spaCy's loop if they differ).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy

# BILUO moves as spaCy names its classes ('B-ORG', ..., 'U-', 'O')
MOVES = "BILUO"


class FastNer:
    """The greedy decoding of one spaCy NER component (see the module docstring)."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.moves = ner.moves
        names = [self.moves.get_class_name(i) for i in range(self.moves.n_moves)]
        strings = ner.vocab.strings
        kinds = numpy.array([MOVES.index(n[0]) if n[:1] in MOVES and n[:1] else -1 for n in names])
        labels = numpy.array([strings.add(n[2:]) if len(n) > 2 else 0 for n in names], dtype=numpy.uint64)
        self.n_classes = len(names)
        self.label_names = [n[2:] for n in names]
        self.labels = labels
        nz = labels != 0
        self.begin = (kinds == 0) & nz
        self.inside = (kinds == 1) & nz
        self.last = (kinds == 2) & nz
        self.unit = (kinds == 3) & nz
        self.out = kinds == 4
        # The validity of every action in one table row per kind of state (spaCy's Begin/In/Last/Unit/Out.is_valid
        # for a document without preset entities): rows 0-3 a state with no open entity, by whether the buffer's
        # first word may begin an entity (2) and may be one (1); then two rows per label of an open entity, by
        # whether it may go on past that word (1).
        distinct = sorted({int(x) for x in labels[nz]})
        self.label_index = numpy.array([distinct.index(int(x)) if x else -1 for x in labels], dtype=numpy.int64)
        rows = [(self.begin & bool(code & 2)) | (self.unit & bool(code & 1)) | self.out for code in range(4)]
        for label in distinct:
            same = labels == label
            rows += [self.last & same, (self.inside | self.last) & same]
        self.valid: Any = numpy.array(rows, dtype=bool)
        self.valid_any: Any = self.valid.any(axis=1)
        self.kinds = kinds
        layers = ner.model.layers
        self.known = bool((kinds >= 0).all()) and bool(self.out.any()) and len(layers) == 3 and \
            layers[1].has_dim("nF") and layers[1].get_dim("nF") == 3

    def usable(self, docs: list[Any]) -> bool:
        """True when this decoding gives spaCy's answer for `docs`: greedy, the NER state's three features,
        a maxout lower layer with an upper layer, and no preset entities in the documents."""
        ner = self.ner
        if not self.known or ner.cfg.get("beam_width", 1) != 1 or not ner.model.attrs.get("has_upper"):
            return False
        return not any(doc.has_annotation("ENT_IOB") for doc in docs)

    def entities(self, docs: list[Any]) -> list[list[tuple[int, int, int]]]:
        """(start token, end token, label id) of every entity of every document, as spaCy's `predict` and
        `set_annotations` would give them."""
        out: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        lengths = numpy.array([len(d) for d in docs], dtype=numpy.int64)
        if not docs or not lengths.any():
            return out
        layers = self.ner.model.layers  # what `model.predict` builds its step model from (spacy.ml.tb_framework)
        tokvecs = layers[0].predict(docs)
        self._decode(layers[1].predict(tokvecs), layers[1].get_param("b"), layers[-1], docs, lengths, out)
        return out

    def _decode(self, cached: Any, bias: Any, upper: Any, docs: list[Any], lengths: Any,
                out: list[list[tuple[int, int, int]]]) -> None:
        from thinc.api import NumpyOps

        n_f, n_o, n_p = cached.shape[1:]
        width = n_o * n_p
        table = cached.reshape(-1, n_f, width)  # row 0: padding; token t of the batch: row t + 1
        bias = bias.reshape(width)
        upper_w, upper_b = upper.get_param("W"), upper.get_param("b")
        unseen = numpy.array(sorted(self.ner.model.attrs.get("unseen_classes", ())), dtype=numpy.int64)
        ops = NumpyOps()
        offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1]))
        total = int(lengths.sum())
        sent_start = numpy.zeros(total + 1, dtype=numpy.int64)  # + the empty token past the end
        space = numpy.zeros(total, dtype=bool)
        is_last = numpy.zeros(total, dtype=bool)  # the last word of its document
        for doc, off, n in zip(docs, offsets, lengths):
            if n:
                arr = doc.to_array(["SENT_START", "IS_SPACE"]).astype(numpy.int64).reshape(-1, 2)
                sent_start[off:off + n] = arr[:, 0]
                space[off:off + n] = arr[:, 1] != 0
                is_last[off + n - 1] = True
        # what the word at the buffer's front allows: another word after it in its document ('room'), the
        # next word not a sentence start (spaCy's check on B(1); past the end the empty token has none)
        go_on = ~is_last & (sent_start[1:] != 1)
        closed_code = (go_on & ~space) * 2 + ~space  # a row of self.valid for a state with no open entity
        # the states still running (spaCy's too: a finished one drops out), each at one word of the batch
        running = numpy.flatnonzero(lengths > 0)
        doc_of = running
        tok = offsets[running].copy()  # the buffer's first word (every action takes one)
        end = (offsets + lengths)[running]
        ent_row = numpy.zeros(len(running), dtype=numpy.int64)  # the open entity's first word + 1, or 0
        ent_label = numpy.zeros(len(running), dtype=numpy.int64)  # its label's index
        kinds, label_index, valid, valid_any, labels = self.kinds, self.label_index, self.valid, self.valid_any, \
            self.labels
        found: list[tuple[int, int, int, int]] = []  # (document, first word, end word, label) in the batch
        while len(tok):
            is_open = ent_row > 0
            unmaxed = numpy.zeros((len(tok), width), dtype=numpy.float32)
            unmaxed += table[tok + 1, 0]  # the buffer's first word
            unmaxed += table[ent_row, 1]  # the open entity's first word (row 0: padding)
            unmaxed += table[numpy.where(is_open, tok, 0), 2]  # the word before the buffer, in an entity
            unmaxed += bias
            pieces = unmaxed.reshape(len(tok), n_o, n_p)
            if n_p == 2:  # Vec.arg_max of two: the second unless the first is larger
                hidden = numpy.where(pieces[:, :, 0] > pieces[:, :, 1], pieces[:, :, 0], pieces[:, :, 1])
            else:
                hidden = pieces[:, :, 0]
                for p in range(1, n_p):  # the first largest piece
                    hidden = numpy.where(pieces[:, :, p] > hidden, pieces[:, :, p], hidden)
            scores = ops.gemm(numpy.ascontiguousarray(hidden, dtype=numpy.float32), upper_w, trans2=True)
            scores += upper_b
            if len(unseen):
                scores[:, unseen] = scores.min()
            code = numpy.where(is_open, 4 + 2 * ent_label + go_on[tok], closed_code[tok])
            guess = numpy.where(valid[code], scores, -numpy.inf).argmax(axis=1)  # the first best valid action
            kind = numpy.where(valid_any[code], kinds[guess], -1)  # none valid: spaCy forces the state to its end
            closing = (kind == 2) | (kind == 3)
            for k in numpy.flatnonzero(closing):
                first = int(ent_row[k]) - 1 if kind[k] == 2 else int(tok[k])
                found.append((int(doc_of[k]), first, int(tok[k]) + 1, int(labels[guess[k]])))
            opening = kind == 0
            ent_row = numpy.where(opening, tok + 1, numpy.where(closing, 0, ent_row))
            ent_label = numpy.where(opening, label_index[guess], ent_label)
            tok = numpy.where(kind == -1, end, tok + 1)
            done = tok >= end
            if done.any():
                keep = ~done
                tok, end, doc_of, ent_row, ent_label = tok[keep], end[keep], doc_of[keep], ent_row[keep], \
                    ent_label[keep]
        for d, first, last, label in sorted(found):
            out[d].append((first - int(offsets[d]), last - int(offsets[d]), label))

# A made-up text read both ways when the model loads (`fast_ner`): entities of several labels, a
# sentence boundary inside a name-like run, extra spaces, a one-word document.
CHECK_TEXTS = (
    "The Hong Kong Monetary Authority said on 3 March 2024 that Singapore and the United States will spend "
    "US$150.5 million on 12 new laboratories in Sha Tin over the next three years.  Mr John Tsang met the "
    "World Bank in Washington. Its President Ajay Banga spoke at the Asian Financial Forum on Monday.",
    "Revenue rose 5% to HK$ 600 billion in 2023-24, the Financial Secretary, Paul Chan, told the Legislative "
    "Council. The Airport Authority Hong Kong and MTR Corporation Limited opened the Tung Chung Line Extension.",
    "Budget",
)


def fast_ner(nlp: Any) -> FastNer | None:
    """The fast decoding for this pipeline when it is spaCy's NER then the sentencizer (as `load_model`
    builds it) and gives spaCy's own entities on CHECK_TEXTS; else None (spaCy's `pipe` runs)."""
    if list(getattr(nlp, "pipe_names", ())) != ["ner", "sentencizer"]:
        return None
    try:
        fast = FastNer(nlp.get_pipe("ner"))
        docs = [nlp.make_doc(t) for t in CHECK_TEXTS]
        if not fast.usable(docs):
            return None
        with nlp.select_pipes(enable=["ner"]):
            ref = [[(e.start, e.end, e.label) for e in d.ents] for d in nlp.pipe(CHECK_TEXTS)]
        return fast if fast.entities(docs) == ref else None
    except Exception:  # noqa: BLE001 - another spaCy or model: its own loop runs
        return None


def read_fast(nlp: Any, fast: FastNer, texts: list[str], batch_size: int) -> Iterator[tuple[Any, list[tuple[int, int, str]]]]:
    """(spaCy Doc with its sentences, entities as (start char, end char, label)) of every text, in order: what
    `nlp.pipe(texts, batch_size)` gives, with the NER decoded by `fast` (batches as `nlp.pipe` makes them)."""
    ner = nlp.get_pipe("ner")
    sentencizer = nlp.get_pipe("sentencizer")
    strings = nlp.vocab.strings
    for i in range(0, len(texts), batch_size):
        docs = [nlp.make_doc(t) for t in texts[i:i + batch_size]]
        if fast.usable(docs):
            found = fast.entities(docs)
        else:
            docs = list(ner.pipe(docs, batch_size=batch_size))
            found = [[(e.start, e.end, e.label) for e in d.ents] for d in docs]
        for doc, ents in zip(docs, found):
            doc = sentencizer(doc)  # after the NER, as in the pipeline (the NER reads no sentence starts)
            yield doc, [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), strings[label]) for s, e, label in ents]
