"""Chinese figures without a classifier or a number written as digits (issue 14, session 17): 翻N番 doubles N
times (ratio 2**N), growth reported as zero (零增长) is percent 0, the ratio sign ∶ (U+2236) always writes a ratio,
and 方 / 塔 / 国 count parties, towers and countries without a classifier, unless jieba's dictionary makes the
characters another word or put the numeral inside an idiom or a name (zh_bare_noun_words.json). Made-up sentences."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit, f.qualifier) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,expected", [
    ("某县农民收入比2015年翻一番。", [("翻一番", "ratio", Decimal(2), "", "")]),
    ("某区工业产值五年翻兩番。", [("五年", "duration", Decimal(5), "year", ""), ("翻兩番", "ratio", Decimal(4), "", "")]),
    ("某镇旅游收入翻了一番多。", [("翻了一番多", "ratio", Decimal(2), "", "多")]),
])
def test_doubling_n_times_is_a_ratio(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_doubling_without_a_numeral_is_no_figure() -> None:
    assert figures("某县农民收入实现翻番。") == []  # DECISIONS-zh 6


@pytest.mark.parametrize("text,word", [("某市今年财政收入实现零增长。", "零增长"), ("某區人口錄得零增長。", "零增長")])
def test_zero_growth_is_percent_zero(text: str, word: str) -> None:
    assert figures(text) == [(word, "percent", Decimal(0), "", "")]


@pytest.mark.parametrize("text", ["某区零件企业对违法行为零容忍。", "某港实施零关税政策，放开零户籍限制。", "某市提出“零增长”目标。"])
def test_zero_in_other_words_or_quoted_names_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("某校师生比达到1∶12。", [("1∶12", "ratio", Decimal("0.083333"), "", "")]),
    ("某县男女比例为3∶2。", [("3∶2", "ratio", Decimal("1.5"), "", "")]),
])
def test_the_ratio_sign_writes_a_ratio(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


def test_three_terms_with_the_ratio_sign_are_one_ratio_of_the_first_two() -> None:
    # session-19 ruling (README): a structure of three shares is one ratio, the first share over the second
    assert figures("某市三次产业结构为3.1∶40.2∶56.7。") == [("3.1∶40.2∶56.7", "ratio", Decimal("0.077114"), "", "")]


@pytest.mark.parametrize("text,expected", [
    ("推动政府、园区、企业三方合作。", [("三方", "count", Decimal(3), "party", "")]),
    ("新区建成三塔地标建筑群。", [("三塔", "count", Decimal(3), "tower", "")]),
    ("甲乙丙三国签署合作备忘录。", [("三国", "count", Decimal(3), "country", "")]),
    ("五國代表出席論壇。", [("五國", "count", Decimal(5), "country", "")]),
])
def test_numeral_before_a_counted_noun_is_a_count(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "某区比较了三方案的成本。",  # 方案: plans
    "某市广迎四面八方来客。",  # an idiom
    "某县青年志在四方。",
    "某馆展出三国演义连环画。",  # a title
    "某市代表出席七国集团会议。",  # a name (G7)
    "甲乙双方签约，两国关系良好，一方面推进。",  # both; an article
    "某区引入第三方评估。",  # an ordinal
])
def test_idioms_names_and_other_words_are_no_count(text: str) -> None:
    assert figures(text) == []


def test_generated_stop_words_cover_both_scripts() -> None:
    data = json.loads(resources.files("pipeline.data").joinpath("zh_bare_noun_words.json").read_text("utf-8"))
    assert "三國演義" in data["phrases"]["國"] and "四面八方" in data["phrases"]["方"]
    assert "案" in data["after"]["方"] and "際" in data["after"]["國"]
