"""A byline naming the outlet before its reporter names the outlet (enpl, session 29; issue 14, fc28): a line opening
'<Name ending in a masthead word> reporter <Name>' gives the outlet as an institution, the reporter nothing. Prose
about a reporter and a masthead word alone name no outlet. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_an_outlet_opening_a_byline_is_a_body(extractor: Any) -> None:
    got = found(extractor, "Asia Fund News reporter Chen Mingyu\n\nThe HKMA said on Monday that its reserves rose.")
    assert got["Asia Fund News"][0] == "INSTITUTION"
    assert "Chen Mingyu" not in got or got["Chen Mingyu"][0] != "INSTITUTION"
    got = found(extractor, "By Bay Bond News correspondent Anna Lau\nThe Monetary Authority raised its base rate.")
    assert got["Bay Bond News"][0] == "INSTITUTION"


def test_no_outlet_in_prose_or_from_a_masthead_word_alone(extractor: Any) -> None:
    got = found(extractor, "A reporter asked the Secretary about the Budget, and the Government replied.")
    assert all(v[0] != "INSTITUTION" or k in ("Government",) for k, v in got.items())
    got = found(extractor, "The News reporter Tom asked about housing in Sha Tin.")
    assert "The News" not in got and "News" not in got
