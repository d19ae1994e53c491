"""The long tail of Chinese figures in real documents (issue 14, class 6): made-up phrases in both scripts,
one table per form, each with inputs that must not become figures."""

from __future__ import annotations

import pytest

from tests.figure_cases import check_figures_zh

Row = tuple[str, str, float, "float | None", str, str]  # text, kind, value, value_max, unit, qualifier

COMPOUND_UNITS: list[tuple[str, str, list[Row]]] = [
    ("新建污水廠處理能力達8萬噸/日。", "hk", [("8萬噸/日", "quantity", 80000, None, "tonne per day", "")]),
    ("细颗粒物年均浓度降至15微克/立方米。", "cn", [("15微克/立方米", "quantity", 15, None, "microgram per cubic metre", "")]),
    ("地下空間總規模達140萬平米。", "hk", [("140萬平米", "area", 1.4e6, None, "square metre", "")]),
    ("住宅均价约1.2万元/平方米。", "cn", [("约1.2万元/平方米", "money", 12000, None, "CNY", "约")]),
    ("供水能力提升至每日30萬立方米。", "hk", [("30萬立方米", "volume", 300000, None, "cubic metre", "")]),
    ("泄洪流量達300立方米/秒。", "hk", [("300立方米/秒", "quantity", 300, None, "cubic metre per second", "")]),
    ("票價為每程10元/人。", "hk", [("10元/人", "money", 10, None, "HKD", "")]),
    ("小麦单产为5200公斤/公顷，即347公斤/亩。", "cn",
     [("5200公斤/公顷", "quantity", 5200, None, "kilogram per hectare", ""),
      ("347公斤/亩", "quantity", 347, None, "kilogram per mu", "")]),
    ("稻米產量達3,050億斤。", "hk", [("3,050億斤", "mass", 3.05e11, None, "jin", "")]),
    ("水稻种植面积扩大至820.5千公顷。", "cn", [("820.5千公顷", "area", 820500, None, "hectare", "")]),
    # a slash that is not a rate
    ("2026/27年度的預算", "hk", []),
]

RATIOS_AND_FRACTIONS: list[tuple[str, str, list[Row]]] = [
    ("覆蓋率達到2.50:1的水平。", "cn", [("2.50:1", "ratio", 2.5, None, "", "")]),
    ("港深資金按1:1的比例配對。", "hk", [("1:1", "ratio", 1, None, "", "")]),
    ("受惠企業約佔全港的1/10。", "hk", [("1/10", "fraction", 0.1, None, "", "")]),
    ("贸易额增长一倍半。", "cn", [("一倍半", "ratio", 1.5, None, "", "")]),
    ("出口增长两倍。", "cn", [("两倍", "ratio", 2, None, "", "")]),
    ("旅客人次增加了兩倍多。", "hk", [("兩倍多", "ratio", 2, None, "", "多")]),
    ("內地旅客佔七成半。", "hk", [("七成半", "percent", 75, None, "", "")]),
    ("公私營房屋比例由60:40調整至70:30。", "hk",
     [("60:40", "ratio", 1.5, None, "", ""), ("70:30", "ratio", 2.333333, None, "", "")]),
    ("只有三分一在首五年落成。", "hk", [("三分一", "fraction", 0.333333, None, "", ""), ("五年", "duration", 5, None, "year", "")]),
    ("比分3:1，用時三分二秒。", "hk", []),
    ("全市每出口5台设备就有1台在本地制造。", "cn", [("每出口5台设备就有1台", "ratio", 0.2, None, "", "")]),
    ("地下空間與地上建築近乎1:1，下午約3:30完工。", "hk", [("近乎1:1", "ratio", 1, None, "", "近乎")]),
    # times of day and dates are not ratios or fractions
    ("會議於10:30開始。", "hk", []),
    ("3/4月份的數據", "hk", []),
    ("博士点数量翻番。", "cn", []),
]

CLASSIFIERS: list[tuple[str, str, list[Row]]] = [
    ("制定地方法规12件。", "cn", [("12件", "count", 12, None, "item", "")]),
    ("引进大熊猫2對。", "hk", [("2對", "count", 2, None, "pair", "")]),
    ("种植红树林50万株。", "cn", [("50万株", "count", 500000, None, "plant", "")]),
    ("批出13宗申請。", "hk", [("13宗申請", "count", 13, None, "application", "")]),
    ("推出9幅住宅用地。", "hk", [("9幅", "count", 9, None, "site", "")]),
    ("新建4條隧道。", "hk", [("4條", "count", 4, None, "item", "")]),
    ("火箭连续8发成功。", "cn", [("8发", "count", 8, None, "launch", "")]),
    ("全年發生5起事故，奪得金牌12枚，種樹300棵。", "hk",
     [("5起", "count", 5, None, "case", ""), ("12枚", "count", 12, None, "piece", ""), ("300棵", "count", 300, None, "tree", "")]),
    ("三起步价、两列入名单", "cn", []),
    ("全年召開16節會議。", "hk", [("16節", "count", 16, None, "session", "")]),
    ("新增3节车厢。", "cn", [("3节", "count", 3, None, "session", "")]),
    ("两节期间加强值守，三节约型机关建设，第三節", "cn", []),
    # 三次產業 names the three sectors of the economy, no count
    ("三次产业结构更趋合理。", "cn", []),
    ("三次產業協調發展。", "hk", []),
    ("全球排名提升6位。", "cn", [("6位", "count", 6, None, "rank", "")]),
    ("信貸評級上調1級。", "hk", [("1級", "count", 1, None, "level", "")]),
    ("新建三級醫院。", "cn", []),
    # 'the N levels' after a list of N items; a class of money (百億級 = HK$/CNY 1e10)
    ("建成省、市、县三级联动机制。", "cn", [("三级", "count", 3, None, "level", "")]),
    ("全市二、三级医院均已接入。", "cn", []),
    ("多个百亿级项目落地。", "cn", [("百亿级", "money", 1e10, None, "CNY", "")]),
    ("培育千億級產業集群。", "hk", [("千億級", "money", 1e11, None, "HKD", "")]),
    # N个 before a class of money: the count stops at its classifier, the class is a figure of its own
    ("壮大现有8个万亿元级产业集群。", "cn",
     [("8个", "count", 8, None, "industry", ""), ("万亿元", "money", 1e12, None, "CNY", "")]),
    ("县道三级及以上公路比例提高。", "cn", []),
    # a classifier character that starts a word
    ("三对外开放平台建设。", "cn", []),
    ("第三發展階段", "hk", []),
]

BARE_NOUNS: list[tuple[str, str, list[Row]]] = [
    # 港澳兩區 restates the two just named: 'both regions', no count (lead's ruling s14, as 兩地 in s12)
    ("珠三角九市與港澳兩區合作。", "hk", [("九市", "count", 9, None, "city", "")]),
    ("全省新增兩區納入試點。", "hk", [("兩區", "count", 2, None, "district", "")]),
    ("机场建成双跑道。", "cn", [("双跑道", "count", 2, None, "runway", "")]),
    ("粤东西北12市全部通高铁。", "cn", [("12市", "count", 12, None, "city", "")]),
    ("將軍澳第45區的公園", "hk", []),
    ("推進三跑道系統。", "hk", [("三跑道", "count", 3, None, "runway", "")]),
    ("發射場具備雙工位能力。", "hk", [("雙工位", "count", 2, None, "launch pad", "")]),
    # 'both sides', slogans, names
    ("兩岸三地交流頻繁。", "hk", []),
    ("落實「一國兩制」。", "hk", []),
    ("双向通行的道路", "cn", []),
]

SCALES_AND_ZERO: list[tuple[str, str, list[Row]]] = [
    ("培育百億元以上產業集群。", "hk", [("百億元以上", "money", 1e10, None, "HKD", "以上")]),
    ("年旅客量突破5100萬。", "hk", [("突破5100萬", "count", 5.1e7, None, "visitor", "突破")]),
    ("旅游产值突破百亿。", "cn", [("突破百亿", "money", 1e10, None, "CNY", "突破")]),
    ("工程開支七百多億元。", "hk", [("七百多億元", "money", 7e10, None, "HKD", "多")]),
    ("兩年分別節省約78億及156億元。", "hk",
     [("兩年", "duration", 2, None, "year", ""), ("約78億", "money", 7.8e9, None, "HKD", "約"), ("156億元", "money", 1.56e10, None, "HKD", "")]),
    ("每年會投放約900億發展新區，節省逾6億公帑。", "hk",
     [("約900億", "money", 9e10, None, "HKD", "約"), ("逾6億", "money", 6e8, None, "HKD", "逾")]),
    ("第3及第5區", "hk", []),
    ("資助額不足 300萬元。", "hk", [("不足 300萬元", "money", 3e6, None, "HKD", "不足")]),
    # 零 as 'zero-' or inside a word; per-capita denominators; 'this year and next'
    ("实施零关税政策，推动零售业、零件业和零碳园区。", "cn", []),
    ("每10万人口在校生人数增长。", "cn", []),
    ("今明兩年新酒店陸續落成。", "hk", []),
    ("兩年多來，項目進展順利。", "hk", [("兩年多", "duration", 2, None, "year", "多")]),
    ("零件產業", "hk", []),
]

CHANGES_AND_DAYS: list[tuple[str, str, list[Row]]] = [
    # N個(財政)年度 is N years; after the years it counts it names them (like 今明兩年)
    ("在未來三個財政年度每年削減開支。", "hk", [("三個財政年度", "duration", 3, None, "year", "")]),
    ("在2027/28及2028/29兩個年度，每年節省開支。", "hk", []),
    # an amount equal to one month or half a month of an allowance is a duration
    ("發放相當於一個月標準金額的津貼。", "hk", [("一個月", "duration", 1, None, "month", "")]),
    ("发放相当于半个月标准金额的津贴。", "cn", [("半个月", "duration", 0.5, None, "month", "")]),
    ("前一個月的數字", "hk", []),
    # 首N季: the first N quarters (首N, GUIDELINES-zh 7); 一季度 is Q1, 兩季稻 two crops
    ("寬減首兩季差餉,首三季度出口增長。", "hk",
     [("兩季", "duration", 2, None, "quarter", ""), ("三季度", "duration", 3, None, "quarter", "")]),
    ("一季度種植兩季稻。", "cn", []),
    # a two-digit year is no duration; 在10年內 is ten years
    ("計劃在98年推出，於08年擴展，97年7月檢討。", "hk", []),
    ("工程在10年內完成。", "hk", [("10年內", "duration", 10, None, "year", "內")]),
    # 百多萬元: 'over a million', the bare 百 with 多 before a scale word
    ("政府投入百多萬元改善設施。", "hk", [("百多萬元", "money", 1e6, None, "HKD", "多")]),
    ("百萬富翁", "hk", []),
    # 廿 (20) and 卅 (30) as numerals; 廿一世紀 names a century
    ("收入下跌百分之廿七點八，另有廿一間學校。", "mo",
     [("百分之廿七點八", "percent", 27.8, None, "", ""), ("廿一間學校", "count", 21, None, "school", "")]),
    ("廿一世紀的城市", "hk", []),
    # a list item's number glued to a year; 所 before a verb (所列, 所述) is the particle, not a classifier
    ("1.2019年起实施，2.2020年完成。", "cn", []),
    ("請提供表二所列事項的資料，以及三所學校的數目。", "hk", [("三所學校", "count", 3, None, "school", "")]),
    # 兆 after an Arabic number is 1e12 (Taiwan, Japan); before a unit it is mega-
    ("明年總預算為3兆元，總支出7兆764億元。", "tw",
     [("3兆元", "money", 3e12, None, "TWD", ""), ("7兆764億元", "money", 7.0764e12, None, "TWD", "")]),
    ("追加預算13兆日圓。", "hk", [("13兆日圓", "money", 1.3e13, None, "JPY", "")]),
    ("新增装机100兆瓦，建成千兆光纤网络。", "cn", [("100兆瓦", "power", 100, None, "megawatt", "")]),
    # 前N月 / 首N月: the first N months; N月 alone names a month
    ("今年前十月訪客增長,首三月出口上升。", "hk",
     [("十月", "duration", 10, None, "month", ""), ("三月", "duration", 3, None, "month", "")]),
    ("十月份出口上升,前一月持平。", "cn", []),
    # 兩期 counts two phases; 一期 / 二期 / 三期 name a phase
    ("政府分兩期發放消費補貼。", "hk", [("兩期", "count", 2, None, "phase", "")]),
    ("一期工程和三期工程已完成。", "cn", []),
    # a quotation that is a whole clause or sentence is speech: its figures count; a short quoted name's do not
    ("措施涉及金額接近220億元，「多咗1.8倍」。", "hk",
     [("接近220億元", "money", 2.2e10, None, "HKD", "接近"), ("1.8倍", "ratio", 1.8, None, "", "")]),
    ("他說：「收入增加三成。」", "hk", [("三成", "percent", 30, None, "", "")]),
    ("推動「一區兩園」發展。", "hk", []),
    # a rise of N percent to a new amount is two figures, not a range from N to the amount
    ("開支將上升百分之五點二至三千億元。", "hk",
     [("百分之五點二", "percent", 5.2, None, "", ""), ("三千億元", "money", 3e11, None, "HKD", "")]),
    ("收入增加百分之三至九百亿元。", "cn",
     [("百分之三", "percent", 3, None, "", ""), ("九百亿元", "money", 9e10, None, "CNY", "")]),
    ("目标为百分之三至五。", "cn", [("百分之三至五", "percent", 3, 5, "", "")]),
    # a change in percentage points, then the new level
    ("覆蓋率提高2.1個百分點至58.4%。", "hk",
     [("2.1個百分點", "percent", 2.1, None, "", ""), ("58.4%", "percent", 58.4, None, "", "")]),
    ("增幅为2.5%至3%。", "cn", [("2.5%至3%", "percent", 2.5, 3, "", "")]),
    # a number of days (天數) is a count of days; a span of days stays a duration
    ("空氣污染天數由40天減至15天。", "hk",
     [("40天", "count", 40, None, "day", ""), ("15天", "count", 15, None, "day", "")]),
    ("优良天数达到300天。", "cn", [("300天", "count", 300, None, "day", "")]),
    ("工期為300天，比原計劃縮短20天。", "hk",
     [("300天", "duration", 300, None, "day", ""), ("20天", "duration", 20, None, "day", "")]),
    ("天数统计口径不变", "cn", []),
    ("1/8的土地用作綠化。", "hk", [("1/8", "fraction", 0.125, None, "", "")]),
    # a scaled number before the noun it counts; a currency the text declares for what follows
    ("近2亿农村人口受惠，另有360多万贫困人口搬迁。", "cn",
     [("近2亿", "count", 2e8, None, "person", "近"), ("360多万", "count", 3.6e6, None, "person", "多")]),
    ("興建12.5萬公屋。", "hk", [("12.5萬公屋", "count", 125000, None, "flat", "")]),
    ("總值兩萬億元(人民幣,下同),其後增至三萬億元。", "hk",
     [("兩萬億元", "money", 2e12, None, "CNY", ""), ("三萬億元", "money", 3e12, None, "CNY", "")]),
    ("工業增加值突破4萬億。", "cn", [("突破4萬億", "money", 4e12, None, "CNY", "突破")]),
    ("十三屆省政協主席出席。", "cn", []),
    ("培育3大产业，完成10大类52项实事，投资保持两位数增长。", "cn",
     [("3大产业", "count", 3, None, "industry", ""), ("10大", "count", 10, None, "item", ""), ("52项", "count", 52, None, "item", "")]),
    ("目標為“6%以上,力爭達到7%”。", "hk", [("6%以上", "percent", 6, None, "", "以上"), ("7%", "percent", 7, None, "", "")]),
    ("預計可興建約2萬3千5百個單位。", "hk", [("約2萬3千5百個單位", "count", 23500, None, "unit", "約")]),
    ("基金撥1,500萬資助12個計劃。", "hk",
     [("1,500萬", "money", 1.5e7, None, "HKD", ""), ("12個計劃", "count", 12, None, "scheme", "")]),
    # an amount measured in months: one month's rent or allowance, one more month; a financial year's quarters
    ("為租戶代繳一個月租金,並向長者發放多一個月的津貼。", "hk",
     [("一個月", "duration", 1, None, "month", ""), ("一個月", "duration", 1, None, "month", "")]),
    ("为租户代缴一个月租金。", "cn", [("一个月", "duration", 1, None, "month", "")]),
    ("寬免二零三零/三一年度四季的差餉。", "hk", [("四季", "duration", 4, None, "quarter", "")]),
    ("一年四季都可前往,每一個月有一次導賞。", "hk", []),
    # 多 before the smaller scale of a compound number; a change verb before 'N 至 M' gives increment and level
    ("政府撥款1億7,000多萬元,另撥一億六千多萬元。", "hk",
     [("1億7,000多萬元", "money", 1.7e8, None, "HKD", "多"), ("一億六千多萬元", "money", 1.6e8, None, "HKD", "多")]),
    ("服務券增加4000張至16000張,院舍新增兩家至二十六家;每年資助3至5個項目,增長4%至5%。", "hk",
     [("4000張", "count", 4000, None, "item", ""), ("16000張", "count", 16000, None, "item", ""),
      ("兩家", "count", 2, None, "organisation", ""), ("二十六家", "count", 26, None, "organisation", ""),
      ("3至5個項目", "count", 3, 5, "project", ""), ("4%至5%", "percent", 4, 5, "", "")]),
    # a bare 元 listed right after a sum with its currency written takes that currency (same clause only)
    ("門診費上限人民幣一萬元及住院費三萬元,另撥5億元。", "hk",
     [("人民幣一萬元", "money", 10000, None, "CNY", ""), ("三萬元", "money", 30000, None, "CNY", ""),
      ("5億元", "money", 5e8, None, "HKD", "")]),
    # 多 before a scale word in an amount of money whose 元 is left out
    ("政府投資700多億興建醫院,總開支300多萬。", "hk",
     [("700多億", "money", 7e10, None, "HKD", "多"), ("300多萬", "money", 3e6, None, "HKD", "多")]),
]

TABLES = {"compound_units": COMPOUND_UNITS, "ratios_and_fractions": RATIOS_AND_FRACTIONS,
          "classifiers": CLASSIFIERS, "bare_nouns": BARE_NOUNS, "scales_and_zero": SCALES_AND_ZERO,
          "changes_and_days": CHANGES_AND_DAYS}
CASES = [(name, *case) for name, table in TABLES.items() for case in table]


@pytest.mark.parametrize("table,text,locale,expected", CASES, ids=[f"{c[0]}:{c[1][:16]}" for c in CASES])
def test_long_tail_form_zh(table: str, text: str, locale: str, expected: list[Row]) -> None:
    check_figures_zh(text, locale, expected)


def test_every_table_has_inputs_that_are_not_figures() -> None:
    for name, table in TABLES.items():
        assert any(not expected for _, _, expected in table), name
