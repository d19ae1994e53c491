"""A company named by its whole trade name and then by its coined first word is one entity: 'Quorvex Solar
Technologies will open a head office ... the entry of Quorvex' (enent, session 26: two institutions, the short one an
extra row). Made-up sentences; the first failed before the rule, the others guard English words and known names."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.company_first_words_en import first_word
from tests.test_entities_real import found


def test_the_first_word_names_the_company(extractor: Any) -> None:
    got = found(extractor, "I am pleased to share that Quorvex Solar Technologies will be establishing their global "
                           "head office in Singapore. The entry of Quorvex will strengthen our ecosystem.")
    assert got.get("Quorvex") == ("INSTITUTION", "Quorvex Solar Technologies"), got


def test_only_a_coined_word_before_a_business_word() -> None:
    assert first_word("Quorvex Solar Technologies") == "Quorvex"
    assert first_word("Quorvex Holdings") == "Quorvex"
    assert first_word("Golden Marine Engineering") is None  # an English word
    assert first_word("Quorvex Solar Research Institute") is None  # no business word at the end
    assert first_word("QV Marine Engineering") is None  # capitals: an acronym, read by the acronym rules
    assert first_word("Quorvex") is None


def test_a_known_place_keeps_its_row(extractor: Any) -> None:
    got = found(extractor, "Chinaco Power Holdings opened a plant. China said so.")
    assert got.get("China", ("",))[0] == "PLACE", got


def test_a_town_after_a_locative_preposition_stays_a_place(extractor: Any) -> None:
    # review reven M8, session 26: a town named like the company's first word, where something is, is the town
    got = found(extractor, "Kulim Technologies opened a plant. New homes will be built in Kulim, the firm said.")
    assert got.get("Kulim", ("",))[0] == "PLACE", got
    assert got.get("Kulim Technologies", ("",))[0] == "INSTITUTION", got
