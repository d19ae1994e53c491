"""numbers_zh: Chinese and Arabic number surfaces → Decimal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.numbers_zh import has_scale, is_digit_string, parse_number, trailing_scale


@pytest.mark.parametrize("surface,value", [
    ("十六", 16), ("二十二", 22), ("一萬一千", 11000), ("兩", 2), ("一百零五", 105), ("三億五千萬", 350000000),
    ("1,500億", 150000000000), ("3.5万亿", 3500000000000), ("5.2萬", 52000), ("十", 10), ("萬", 10000),
    ("三點五", Decimal("3.5")), ("一點二億", 120000000), ("１２", 12), ("10 000", 10000), ("兩千", 2000),
    ("二十萬", 200000), ("一千零一", 1001), ("百", 100), ("124億9,190萬", 12491900000), ("16萬5千", 165000), ("1億5千萬", 150000000),
])
def test_parse_number(surface: str, value: int) -> None:
    assert parse_number(surface) == Decimal(value)


@pytest.mark.parametrize("surface", ["十四五", "一二", "百十"])
def test_malformed_numbers_are_none(surface: str) -> None:
    assert parse_number(surface) is None


def test_digit_strings_are_years_or_codes() -> None:
    assert is_digit_string("二〇二四") and is_digit_string("二六") and not is_digit_string("二十")


def test_scale_words() -> None:
    assert trailing_scale("20億") == Decimal(10 ** 8) and trailing_scale("3萬億") == Decimal(10 ** 12)
    assert trailing_scale("20") == 1 and has_scale("5.2萬") and not has_scale("十六")
