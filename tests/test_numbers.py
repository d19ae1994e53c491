"""Number parsing: a number rendered in any supported style parses back to the same Decimal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.extract.figures.english import find_figures
from pipeline.extract.figures.numbers import format_decimal, parse_digits, parse_words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def words_below_thousand(n: int, british_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest:
        if hundreds and british_and:
            parts.append("and")
        if rest < 20:
            parts.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    return " ".join(parts) or "zero"


def to_words(n: int, british_and: bool = True) -> str:
    """An independent renderer: 345678 → 'three hundred and forty-five thousand six hundred and seventy-eight'."""
    if n < 1000:
        return words_below_thousand(n, british_and)
    thousands, rest = divmod(n, 1000)
    head = f"{words_below_thousand(thousands, british_and)} thousand"
    if not rest:
        return head
    joiner = " and " if rest < 100 and british_and else " "
    return head + joiner + words_below_thousand(rest, british_and)


def commas(n: int) -> str:
    return f"{n:,}"


def hk_spaces(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def plain(n: int) -> str:
    return str(n)


STYLES = [commas, hk_spaces, plain]


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(STYLES))
def test_integer_styles_round_trip(n: int, style: object) -> None:
    assert parse_digits(style(n)) == Decimal(n)  # type: ignore[operator]


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99),
       st.sampled_from(STYLES))
def test_decimal_styles_round_trip(whole: int, cents: int, style: object) -> None:
    surface = f"{style(whole)}.{cents:02d}"  # type: ignore[operator]
    assert parse_digits(surface) == Decimal(f"{whole}.{cents:02d}")


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_written_words_round_trip(n: int, british_and: bool) -> None:
    assert parse_words(to_words(n, british_and)) == Decimal(n)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from(sorted(SCALES)))
def test_scale_words_round_trip(whole: int, tenth: int, scale: str) -> None:
    surface = f"HK${whole}.{tenth} {scale}"
    (f,) = find_figures(f"The Government set aside {surface} for the scheme.")
    assert f.value == Decimal(f"{whole}.{tenth}") * SCALES[scale]
    assert f.kind == "money" and f.unit == "HKD"


@settings(max_examples=150)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(STYLES + [to_words]))
def test_find_figures_span_is_the_rendered_number(n: int, style: object) -> None:
    rendered = style(n)  # type: ignore[operator]
    assume(not (style is plain and 1800 <= n <= 2099))  # a bare four-digit year is not a figure
    text = f"Last year the fund supported {rendered} companies in the district."
    (f,) = find_figures(text)
    assert text[f.start:f.end] == f"{rendered} companies"
    assert (f.kind, f.value, f.unit) == ("count", Decimal(n), "company")


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_format_decimal_is_exact_for_cents(whole: int, cents: int) -> None:
    value = Decimal(f"{whole}.{cents:02d}")
    assert format_decimal(value) == float(f"{whole}.{cents:02d}")


@pytest.mark.parametrize("surface,expected", [
    ("12,500", "12500"), ("2 100", "2100"), ("10 000.5", "10000.5"), ("1.2", "1.2"), ("0", "0"),
    ("559,495", "559495"), ("1,234,567.89", "1234567.89"), ("2\u00a0100", "2100"),
    ("1,2,3", None), ("2.0.1", None), ("12,34", None), ("1,2345", None), ("abc", None), ("", None),
])
def test_parse_digits_table(surface: str, expected: str | None) -> None:
    got = parse_digits(surface)
    assert got == (None if expected is None else Decimal(expected))


@pytest.mark.parametrize("surface,expected", [
    ("twenty-two", 22), ("a hundred and fifty", 150), ("two million", 2_000_000), ("four", 4),
    ("dozen", 12), ("one thousand and one", 1001), ("nine hundred and ninety-nine thousand", 999_000),
    ("three billion", 3_000_000_000), ("and", None), ("many", None), ("", None),
])
def test_parse_words_table(surface: str, expected: int | None) -> None:
    got = parse_words(surface)
    assert got == (None if expected is None else Decimal(expected))
