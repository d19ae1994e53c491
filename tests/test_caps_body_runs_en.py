"""Bodies in capitals headings (issue 14, English institutions, enpl session 27): a place head word right before a
body's head modifies the body ('PUBLIC WORKS SUBCOMMITTEE', 'MARINE PARKS AUTHORITY': the works and parks are no
place's name that would end the words before), and 'FOR' ends the words before a body's name ('ITEM FOR ...'). A
country's central bank written with a possessive ('the UAE's Central Bank') is that bank. Made-up sentences, the real
model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_works_subcommittee_in_capitals_keeps_its_whole_name(extractor: Any) -> None:
    got = found(extractor, "For discussion on 3 May 2019\n\nPAPER FOR PUBLIC WORKS SUBCOMMITTEE OF FINANCE "
                           "COMMITTEE\n\nMembers are invited to approve the works.")
    assert "PUBLIC WORKS SUBCOMMITTEE OF FINANCE COMMITTEE" in got
    assert not any(name.startswith("SUBCOMMITTEE") for name in got)


def test_a_possessive_country_names_its_central_bank(extractor: Any) -> None:
    got = found(extractor, "The UAE’s Central Bank met the HKMA. The Central Bank of the UAE (CBUAE) agreed.")
    assert got["UAE’s Central Bank"] == ("INSTITUTION", got["CBUAE"][1])
    assert "Central Bank" not in got
