"""Chinese statistics-bulletin rates and Taiwan's money (issue 14, class 6): per mille, a spaced %, exchange
rates, an amount restated without 元, quoted long plan names, centuries, cases (例), and the Taiwan locale. Made-up phrases, each
table with inputs that must not become figures."""

from __future__ import annotations

import pytest

from tests.figure_cases import check_figures_zh
from pipeline.lang import locale

Row = tuple[str, str, float, "float | None", str, str]  # text, kind, value, value_max, unit, qualifier

RATES: list[tuple[str, str, list[Row]]] = [
    ("全年出生率为8.25‰，死亡率下降0.21个千分点。", "cn",
     [("8.25‰", "percent", 0.825, None, "", ""), ("0.21个千分点", "percent", 0.021, None, "", "")]),
    ("人口自然增長率為2.4‰。", "hk", [("2.4‰", "percent", 0.24, None, "", "")]),
    ("播种面积增长2.3 %,产量下降1.1%。", "cn", [("2.3 %", "percent", 2.3, None, "", ""), ("1.1%", "percent", 1.1, None, "", "")]),
    ("按年平均汇率7.0467折算,约合1.5万美元。", "cn",
     [("7.0467", "ratio", 7.0467, None, "", ""), ("1.5万美元", "money", 15000, None, "USD", "")]),
    ("全年汇率为6.5。", "cn", [("6.5", "ratio", 6.5, None, "", "")]),
    ("人口自然增长率为-1.25‰，利润增长-3.5%。", "cn",
     [("-1.25‰", "percent", -0.125, None, "", ""), ("-3.5%", "percent", -3.5, None, "", "")]),  # signs kept
    ("兩地旅客分別佔總數三成及半成。", "mo", [("三成", "percent", 30, None, "", ""),  # 兩地: 'both places' (session 12)
                                         ("半成", "percent", 5, None, "", "")]),
    # a range's dash is no sign; semi-finished goods are no share; 數十億 'several billion' states no number
    ("增幅為2-3%，半成品出口數十億元。", "hk", [("2-3%", "percent", 2, 3, "", "")]),
    # a rate's name alone, and an exchange rate's date, are no figures
    ("汇率保持基本稳定，2024年汇率改革继续推进。", "cn", []),
]

RESTATED: list[tuple[str, str, list[Row]]] = [
    ("縣市補助追加48.6億，其中各機關編列48.6億元。", "tw",
     [("48.6億", "money", 4.86e9, None, "TWD", ""), ("48.6億元", "money", 4.86e9, None, "TWD", "")]),
    ("今年預算為120億，較上年多出一成。", "tw", [("120億", "money", 1.2e10, None, "TWD", ""), ("一成", "percent", 10, None, "", "")]),
    ("各機關實際需要數12.5億元，另有數十億元未撥。", "tw", [("12.5億元", "money", 1.25e9, None, "TWD", "")]),  # 數 'the sum'
    # a scaled number that the text never writes as money stays what it was
    ("全市人口突破1200萬。", "hk", [("突破1200萬", "count", 1.2e7, None, "person", "突破")]),
]

QUOTED_PLANS: list[tuple[str, str, list[Row]]] = [
    ("擬訂“長者服務十年行動計劃(2027-2036)”,分期推行。", "mo", []),
    ("推出「社區復康五年發展規劃(2026-2030)」，增設2間中心。", "hk", [("2間中心", "count", 2, None, "centre", "")]),
    # a long quotation that names no plan still states its figures
    ("他說：“我們會在未來十年內完成所有的工作並且繼續努力推進”。", "hk", [("十年內", "duration", 10, None, "year", "內")]),
]

CENTURIES: list[tuple[str, str, list[Row]]] = [
    ("經過半個世紀的發展，港口已成規模。", "hk", [("半個世紀", "duration", 50, None, "year", "")]),
    ("超過半个多世纪以来，一个世纪的变迁。", "cn",
     [("超過半个多世纪", "duration", 50, None, "year", "超過"), ("一个世纪", "duration", 100, None, "year", "")]),
    ("兩個多世紀前建成的炮台。", "hk", [("兩個多世紀", "duration", 200, None, "year", "多")]),
    ("百多年來，村內有千多人居住。", "hk",
     [("百多年", "duration", 100, None, "year", "多"), ("千多人", "count", 1000, None, "person", "多")]),
    # a numbered century and this or the last century are dates
    ("二十一世纪的城市，上世纪八十年代，本世紀以來，百年老店", "cn", []),
]

CASES_AND_MONTHS: list[tuple[str, str, list[Row]]] = [
    ("累計確診病例35例，其中3例為輸入病例。", "hk", [("35例", "count", 35, None, "case", ""), ("3例", "count", 3, None, "case", "")]),
    ("多發放一個月綜援金。", "hk", [("一個月", "duration", 1, None, "month", "")]),
    # 例如 ('for example'), 例外, 例會 are words, not cases
    ("例如本例子中的例外情況，在例會上討論。", "hk", []),
]

TABLES = {"rates": RATES, "restated": RESTATED, "quoted_plans": QUOTED_PLANS, "centuries": CENTURIES,
          "cases_and_months": CASES_AND_MONTHS}
CASES = [(name, *case) for name, table in TABLES.items() for case in table]


@pytest.mark.parametrize("table,text,loc,expected", CASES, ids=[f"{c[0]}:{c[1][:16]}" for c in CASES])
def test_rate_form_zh(table: str, text: str, loc: str, expected: list[Row]) -> None:
    check_figures_zh(text, loc, expected)


@pytest.mark.parametrize("text,expected", [
    ("行政院會通過115年度中央政府總預算案，送請立法院審議，各縣市補助款共300億元。", "tw"),
    ("主計總處指出，臺北及高雄兩市的一般性補助款增加10億元。", "tw"),
    ("湖南省青蛙縣至紅蛙縣的高速公路通車，投資50億元", "cn"),  # counties and no Taiwan word: the Mainland
    ("香港特區政府表示，台灣旅客人數回升，本港撥款5億元，香港旅遊業受惠。", "hk"),
])
def test_taiwan_locale(text: str, expected: str) -> None:
    assert locale(text) == expected
