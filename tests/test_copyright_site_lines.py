"""A copyright line naming a site ('© rthk.hk', closing each item of a news feed) names the outlet whose site it is,
as a line that is only the host does; a body of any type may list its site (RTHK, a government department)
(zhinsthk, session 25; made-up items)."""

from __future__ import annotations

import pipeline


def bodies(text: str) -> list[tuple[str, str]]:
    return [(i.text, i.canonical) for i in pipeline.extract_text(text).institutions]


def test_a_copyright_line_names_the_outlet_of_its_site() -> None:
    item = "# 某區明日起封路\n\n運輸署表示，某區道路明日起封閉。\n\n---\n\n© rthk.hk\n"
    assert ("rthk", "Radio Television Hong Kong") in bodies(item)
    assert ("rthk", "Radio Television Hong Kong") in bodies("The road will close tomorrow.\n\nCopyright 2031 rthk.hk\n")


def test_a_copyright_line_of_an_unknown_site_or_a_company_names_no_outlet() -> None:
    assert bodies("The road will close tomorrow.\n\n© example.com\n") == []
    assert bodies("The road will close tomorrow.\n\n© 2031 Example Holdings Limited. All rights reserved.\n") == []


def test_a_site_inside_a_sentence_is_no_credit() -> None:
    assert bodies("Readers may visit rthk.hk for more.\n") == []
