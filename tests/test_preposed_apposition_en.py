"""A name set between commas after an article or a possessive and a firm's noun is that firm: 'a company from the
Acme Group, BetaPlus, won', 'its investment arm, Bar Capital, bought', 'a start-up, Foo Marine, said' (enent, session
26: the NER's ORG was dropped or not found, no other evidence named it). Made-up sentences; the first failed before the
rule, the others guard people, lists and clause words."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_firm_named_between_commas(extractor: Any) -> None:
    got = found(extractor, "Last year, a company from the Zorvex Group, QuillPlus, won a grant. Its investment arm, "
                           "Brindle Capital, bought shares. A local start-up, Pelican Marine, builds boats.")
    assert got.get("QuillPlus", ("",))[0] == "INSTITUTION", got
    assert got.get("Brindle Capital", ("",))[0] == "INSTITUTION", got
    assert got.get("Pelican Marine", ("",))[0] == "INSTITUTION", got


def test_people_and_clause_words_are_no_firms(extractor: Any) -> None:
    got = found(extractor, "Its chief executive, Brindle Tan, said so. The company, however, grew. Their subsidiary, "
                           "Mr Quill said, is small. A company, Both Ways, is no name here.")
    assert not any(v[0] == "INSTITUTION" for v in got.values()), got


def test_a_place_list_stays_places(extractor: Any) -> None:
    got = found(extractor, "A firm in Tuas, Jurong and Changi, was fined.")
    assert got.get("Jurong", ("",))[0] == "PLACE", got


def test_a_trade_name_between_commas_keeps_its_type(extractor: Any) -> None:
    # review reven S3, session 26: the name the apposition finds is the trade-name rule's company, typed as without it
    from pipeline.records import Document
    text = "A local firm, Sun Hing Engineering, won the tender."
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    types = {m.text: m.type for _, ms in extractor.extract([doc]) for m in ms if m.label == "INSTITUTION"}
    assert types == {"Sun Hing Engineering": "company"}, types


def test_the_pattern_is_led_by_the_articles_letter_and_finds_the_same_spans() -> None:
    # (mendspeed, session 26: led by a look-behind, the search tried every position of a long document)
    import re

    from pipeline.extract.entities.evidence import FIRM_BEFORE

    assert FIRM_BEFORE.pattern.startswith("[")
    lead = r"[AaIiTtOoHh](?<![\w-].)(?:(?<=[Aa])n?|(?<=[Ii])ts|(?<=[Tt])heir|(?<=[Oo])ur|(?<=[Hh])is|(?<=[Hh])er)"
    old = re.compile(r"(?<![\w-])(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)" + FIRM_BEFORE.pattern[len(lead):],
                     FIRM_BEFORE.flags)
    for text in ("A company from the Acme Group, BetaPlus, won. Its investment arm, Bar Capital, bought it.",
                 "an insurer, Ostia Re, said; Xan insurer, Ostia Re, said; -a firm, Kesta, said; their bank, DBX, and",
                 "His firm, Koa, and her company, Lumo, and our lender, Vero, with THEIR BANK, Q, ha firm, Z, ",
                 "a start-up, Foo Marine, said\nits\narm, Bar, 9an firm, Y, _a firm, W, éa firm, V, "):
        assert [m.span() for m in FIRM_BEFORE.finditer(text)] == [m.span() for m in old.finditer(text)], text
    assert len(list(FIRM_BEFORE.finditer("A company from the Acme Group, BetaPlus, won. Its investment arm, Bar Capital, "
                                          "bought it."))) == 2
