"""A possessive proper name after an article opens a place's own name: 'the Penny's Bay Quarantine Centre' is one place
(an article never stands before a name's possessive: 'Singapore's Marina Bay', not 'the Singapore's ...'), with no
body or place for the owner word the model cut off (review M9 of session 27, lead L4). A known owner ('the HKMA's') or
a body word ('the Government's') still owns what follows. Made-up names, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_possessive_name_after_the_opens_the_place(extractor: Any) -> None:
    for text, name, owner in (
            ("The Government opened the Molly's Bay Quarantine Centre in 2020.", "Molly's Bay Quarantine Centre",
             "Molly"),
            ("The Government opened the Sally's Point Quarantine Centre in 2020.", "Sally's Point Quarantine Centre",
             "Sally"),
            ("Works at the Dorrie's Bay Sports Ground finished.", "Dorrie's Bay Sports Ground", "Dorrie")):
        got = found(extractor, text)
        assert got.get(name, ("", ""))[0] == "PLACE", got
        assert owner not in got, got


def test_a_known_owner_keeps_its_own_mention(extractor: Any) -> None:
    got = found(extractor, "The Government's new Quarantine Centre opened in 2020.")
    assert got.get("Government", ("", ""))[0] == "INSTITUTION"
