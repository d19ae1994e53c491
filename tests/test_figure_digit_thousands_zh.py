"""Chinese figures (issue 14, session 25, zhfig): news writes thousands and hundreds as an Arabic digit with 千 / 百
before the scale word (1千2百多萬元 = 12 million, 'more than'; 3千5百萬元) — one number, not its last part. Made-up
sentences; the 千…百 + scale cases fail on the code before, the others guard the forms that already read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.qualifier) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, expected", [
    ("業主每位平均獲退1千2百多萬元。", ("1千2百多萬元", "money", Decimal("1.2e7"), "多")),
    ("政府撥款3千5百萬元支援業界。", ("3千5百萬元", "money", Decimal("3.5e7"), "")),
    ("全年訪港旅客約6千5百萬人次。", ("約6千5百萬人次", "count", Decimal("6.5e7"), "約")),
    ("工程總開支2千3百億元。", ("2千3百億元", "money", Decimal("2.3e11"), ""))])
def test_digit_thousands_and_hundreds_before_a_scale_word_are_one_number(text: str, expected: tuple) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("另有1千2百人受惠。", ("1千2百人", "count", Decimal(1200), "")),
    ("向12萬3千個家庭發放。", ("12萬3千個", "count", Decimal(123000), "")),
    ("已批出超過2億3千萬元津貼。", ("超過2億3千萬元", "money", Decimal("2.3e8"), "超過"))])
def test_the_forms_read_before_stay(text: str, expected: tuple) -> None:
    assert figures(text) == [expected]
