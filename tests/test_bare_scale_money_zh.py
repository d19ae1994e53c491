"""Chinese figures (issue 14, session 26): a lead word and a bare scale word in 億 closing a clause about industries,
clusters or enterprises (2个产业突破百亿, 3家企业突破千亿) is an order of money in the text's currency, not a count of
10 billion industries; a clause that counts people (全国人口突破十亿, 游客人次突破亿) keeps it a count, and a unit or a
noun after it (突破亿人次) is read as before. Made-up sentences; the first test fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, locale, surface, unit", [("荔枝、龙眼2个产业突破百亿，带动农民增收。", "cn", "突破百亿", "CNY"),
                                                         ("全区有4家企业突破百亿。", "cn", "突破百亿", "CNY"),
                                                         ("兩間本地公司突破千億，成為龍頭。", "hk", "突破千億", "HKD")])
def test_a_bare_order_after_a_count_of_businesses_is_money(text: str, locale: str, surface: str, unit: str) -> None:
    assert (surface, "money", unit) in [(f[0], f[1], f[3]) for f in figures(text, locale)]


@pytest.mark.parametrize("text, surface", [("全国人口突破十亿，劳动力充足。", "突破十亿"), ("游客人次突破亿，创新高。", "突破亿"),
                                           ("年接待游客突破亿人次。", "突破亿人次")])
def test_people_and_counted_nouns_keep_their_count(text: str, surface: str) -> None:
    assert [f[1] for f in figures(text) if f[0] == surface] == ["count"]


@pytest.mark.parametrize("text, surface", [
    ("今年全省快递业务量突破百亿，同比增长20%。", "突破百亿"),
    ("该平台短视频累计播放量突破百亿，成为年度爆款。", "突破百亿"),
    ("全国移动支付业务笔数突破千亿，金额突破两千万亿元。", "突破千亿"),
    ("今年本站页面访问量超千亿，再创新高。", "超千亿"),
    ("全市共享单车骑行突破百亿，绿色出行蔚然成风。", "突破百亿"),
])
def test_a_clause_naming_no_business_keeps_the_count(text: str, surface: str) -> None:
    """Parcels, plays, transactions, page views, rides: a bare order in 億 is money only about industries or firms
    (review revzh M4)."""
    assert [f[1] for f in figures(text) if f[0] == surface] == ["count"]


def test_a_clause_about_output_is_money() -> None:
    assert ("突破千亿", "money") in [(f[0], f[1]) for f in figures("全市规模以上工业产值突破千亿，同比增长8%。")]
