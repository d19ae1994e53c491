"""Chinese numbers that label an annex, and an approximate pair written with 、 (issue 14, session 17): the number
after 附件 / 附錄 labels an annex (N年前 'N years ago' stays a duration, as in English); two
neighbouring Chinese numerals joined by 、 are one range like 兩三 (兩、三小時 = 2-3 hours), a list of three or more
and a pair of months or ordinals are not. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


def test_so_many_years_ago_stays_a_duration() -> None:  # DECISIONS (devset-real) 8: 'built 20 years ago'
    assert figures("某县财政收入是五年前的1.5倍。") == [
        ("五年", "duration", Decimal(5), None, "year"), ("1.5倍", "ratio", Decimal("1.5"), None, "")]


@pytest.mark.parametrize("text", ["附件二列載某局的答覆。", "詳情見附錄3。", "相关数据见附表1。"])
def test_an_annex_number_is_a_label(text: str) -> None:
    assert figures(text, "hk") == []


@pytest.mark.parametrize("text,expected", [
    ("會議需時兩、三小時。", [("兩、三小時", "duration", Decimal(2), Decimal(3), "hour")]),
    ("某村增設三、四個站。", [("三、四個站", "count", Decimal(3), Decimal(4), "station")]),
])
def test_two_neighbouring_numerals_joined_by_a_comma_are_a_range(text: str, expected: list[Fig]) -> None:
    assert figures(text, "hk") == expected


def test_months_after_a_pair_are_no_range() -> None:
    assert all(f[3] is None for f in figures("某展覽於三、四月舉行。", "hk"))


def test_a_list_of_three_numerals_is_no_range() -> None:
    assert all(f[3] is None for f in figures("某區分一、二、三期推進。", "hk"))
