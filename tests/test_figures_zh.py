"""figures_zh: a table of Chinese figure cases (Traditional and Simplified), not-figures included."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

# (text, locale, expected figures as (surface, kind, value, value_max, unit, qualifier)); [] = no figure
CASES: list[tuple[str, str, list[tuple[str, str, float, float | None, str, str]]]] = [
    # money: scale words, currencies, bare 元 by locale
    ("超過1,500億港元", "hk", [("超過1,500億港元", "money", 1.5e11, None, "HKD", "超過")]),
    ("301.38億港元", "hk", [("301.38億港元", "money", 3.0138e10, None, "HKD", "")]),
    ("人民币3.5万亿元", "cn", [("人民币3.5万亿元", "money", 3.5e12, None, "CNY", "")]),
    ("人民幣3.5萬億元", "hk", [("人民幣3.5萬億元", "money", 3.5e12, None, "CNY", "")]),
    ("37億元", "hk", [("37億元", "money", 3.7e9, None, "HKD", "")]),
    ("37亿元", "cn", [("37亿元", "money", 3.7e9, None, "CNY", "")]),
    ("37億元", "mo", [("37億元", "money", 3.7e9, None, "MOP", "")]),
    ("385万元", "cn", [("385万元", "money", 3.85e6, None, "CNY", "")]),
    ("最高港幣3,000萬元", "hk", [("最高港幣3,000萬元", "money", 3e7, None, "HKD", "最高")]),
    ("港币500万元", "cn", [("港币500万元", "money", 5e6, None, "HKD", "")]),
    ("澳門元5億", "mo", [("澳門元5億", "money", 5e8, None, "MOP", "")]),
    ("2億澳門元", "hk", [("2億澳門元", "money", 2e8, None, "MOP", "")]),
    ("3亿澳门元", "cn", [("3亿澳门元", "money", 3e8, None, "MOP", "")]),
    ("3億美元", "hk", [("3億美元", "money", 3e8, None, "USD", "")]),
    ("HK$100億", "hk", [("HK$100億", "money", 1e10, None, "HKD", "")]),
    ("撥款$100億", "hk", [("$100億", "money", 1e10, None, "HKD", "")]),
    ("「$2計劃」", "hk", []),
    ("一萬一千元", "hk", [("一萬一千元", "money", 11000, None, "HKD", "")]),
    ("五千萬港元", "hk", [("五千萬港元", "money", 5e7, None, "HKD", "")]),
    ("二十億元", "cn", [("二十億元", "money", 2e9, None, "CNY", "")]),
    ("兩億元", "hk", [("兩億元", "money", 2e8, None, "HKD", "")]),
    ("两亿元", "cn", [("两亿元", "money", 2e8, None, "CNY", "")]),
    ("可達520億元", "hk", [("可達520億元", "money", 5.2e10, None, "HKD", "可達")]),
    ("不少於200億元", "hk", [("不少於200億元", "money", 2e10, None, "HKD", "不少於")]),
    ("逾100億元", "hk", [("逾100億元", "money", 1e10, None, "HKD", "逾")]),
    ("约1亿元", "cn", [("约1亿元", "money", 1e8, None, "CNY", "约")]),
    ("近50億元", "hk", [("近50億元", "money", 5e9, None, "HKD", "近")]),
    ("突破1000亿元", "cn", [("突破1000亿元", "money", 1e11, None, "CNY", "突破")]),
    ("1,000元", "hk", [("1,000元", "money", 1000, None, "HKD", "")]),
    ("10 000元", "hk", [("10 000元", "money", 10000, None, "HKD", "")]),
    # ranges with a shared scale
    ("10至20億元", "hk", [("10至20億元", "money", 1e9, 2e9, "HKD", "")]),
    ("約3億至5億元", "hk", [("約3億至5億元", "money", 3e8, 5e8, "HKD", "約")]),
    ("三至五億元", "hk", [("三至五億元", "money", 3e8, 5e8, "HKD", "")]),
    ("1到3年", "cn", [("1到3年", "duration", 1, 3, "year", "")]),
    ("50至100家企業", "hk", [("50至100家企業", "count", 50, 100, "enterprise", "")]),
    ("5-10公頃", "hk", [("5-10公頃", "area", 5, 10, "hectare", "")]),
    ("2.5%至3.5%", "cn", [("2.5%至3.5%", "percent", 2.5, 3.5, "", "")]),
    ("約3億元至5億元", "hk", [("約3億元至5億元", "money", 3e8, 5e8, "HKD", "約")]),
    ("從3%增至5%", "hk", [("3%", "percent", 3, None, "", ""), ("5%", "percent", 5, None, "", "")]),
    ("近半", "hk", [("近半", "fraction", 0.5, None, "", "近")]),
    ("過半數", "hk", [("過半數", "fraction", 0.5, None, "", "過")]),
    ("逾九成", "hk", [("逾九成", "percent", 90, None, "", "逾")]),
    ("兩萬多間", "hk", [("兩萬多間", "count", 20000, None, "organisation", "多")]),
    ("半導體", "hk", []),
    ("車程收費10元或以下", "hk", [("10元或以下", "money", 10, None, "HKD", "或以下")]),
    ("每月240程", "hk", [("240程", "count", 240, None, "trip", "")]),
    ("近半年", "hk", [("近半年", "duration", 0.5, None, "year", "近")]),  # half a year as 近一年 is one year, no fraction
    ("百分之五至百分之十", "hk", [("百分之五至百分之十", "percent", 5, 10, "", "")]),
    # a change is two figures
    ("由14.92平方公里擴展至120.56平方公里", "hk",
     [("14.92平方公里", "area", 14.92, None, "square kilometre", ""),
      ("120.56平方公里", "area", 120.56, None, "square kilometre", "")]),
    # percentages
    ("1.07%", "hk", [("1.07%", "percent", 1.07, None, "", "")]),
    ("15％", "cn", [("15％", "percent", 15, None, "", "")]),
    ("百分之七", "hk", [("百分之七", "percent", 7, None, "", "")]),
    ("百分之二十三", "hk", [("百分之二十三", "percent", 23, None, "", "")]),
    ("百分之三點五", "hk", [("百分之三點五", "percent", 3.5, None, "", "")]),
    ("一點二億元", "hk", [("一點二億元", "money", 1.2e8, None, "HKD", "")]),
    ("三點五公里", "cn", [("三點五公里", "length", 3.5, None, "kilometre", "")]),
    ("重點項目", "hk", []),
    ("八成", "hk", [("八成", "percent", 80, None, "", "")]),
    ("约三成", "cn", [("约三成", "percent", 30, None, "", "约")]),
    ("0.7個百分點", "hk", [("0.7個百分點", "percent", 0.7, None, "", "")]),
    ("2个百分点", "cn", [("2个百分点", "percent", 2, None, "", "")]),
    ("超過一半", "hk", [("超過一半", "fraction", 0.5, None, "", "超過")]),
    # fractions and ratios
    ("三分之一", "hk", [("三分之一", "fraction", 0.333333, None, "", "")]),
    ("四分之三", "cn", [("四分之三", "fraction", 0.75, None, "", "")]),
    ("一半", "hk", [("一半", "fraction", 0.5, None, "", "")]),
    ("四倍", "hk", [("四倍", "ratio", 4, None, "", "")]),
    ("約四倍", "hk", [("約四倍", "ratio", 4, None, "", "約")]),
    ("一比二", "hk", [("一比二", "ratio", 0.5, None, "", "")]),
    ("1比4", "cn", [("1比4", "ratio", 0.25, None, "", "")]),
    # measures
    ("87公頃", "hk", [("87公頃", "area", 87, None, "hectare", "")]),
    ("约87公顷", "cn", [("约87公顷", "area", 87, None, "hectare", "约")]),
    ("2,000公頃左右", "hk", [("2,000公頃左右", "area", 2000, None, "hectare", "左右")]),
    ("30万平方米以上", "cn", [("30万平方米以上", "area", 3e5, None, "square metre", "以上")]),
    ("3.02平方公里", "cn", [("3.02平方公里", "area", 3.02, None, "square kilometre", "")]),
    ("26公里", "hk", [("26公里", "length", 26, None, "kilometre", "")]),
    ("500兆瓦", "hk", [("500兆瓦", "power", 500, None, "megawatt", "")]),
    ("10万吨", "cn", [("10万吨", "mass", 1e5, None, "tonne", "")]),
    ("1.2萬平方呎", "hk", [("1.2萬平方呎", "area", 12000, None, "square foot", "")]),
    ("3千米", "cn", [("3千米", "length", 3, None, "kilometre", "")]),
    ("100萬標準箱", "hk", [("100萬標準箱", "quantity", 1e6, None, "TEU", "")]),
    # durations
    ("五年", "hk", [("五年", "duration", 5, None, "year", "")]),
    ("為期三年", "hk", [("三年", "duration", 3, None, "year", "")]),
    ("42個月內", "hk", [("42個月內", "duration", 42, None, "month", "內")]),
    ("18个月", "cn", [("18个月", "duration", 18, None, "month", "")]),
    ("十多年", "hk", [("十多年", "duration", 10, None, "year", "多")]),
    ("二十餘年", "hk", [("二十餘年", "duration", 20, None, "year", "餘")]),
    ("首三年", "hk", [("三年", "duration", 3, None, "year", "")]),
    ("為期一年", "hk", [("一年", "duration", 1, None, "year", "")]),
    ("14天", "cn", [("14天", "duration", 14, None, "day", "")]),
    ("立项后30日内签订合同", "cn", [("30日内", "duration", 30, None, "day", "内")]),
    ("10个工作日", "cn", [("10个工作日", "duration", 10, None, "day", "")]),
    ("6月30日17:30", "cn", []),
    ("联系电话：0755-88102000", "cn", []),
    ("深南大道6001号，邮编518000", "cn", []),
    ("24小時", "hk", [("24小時", "duration", 24, None, "hour", "")]),
    ("三個星期", "hk", [("三個星期", "duration", 3, None, "week", "")]),
    # counts with classifiers; the unit is the English head noun
    ("十六所國家重點實驗室", "hk", [("十六所國家重點實驗室", "count", 16, None, "laboratory", "")]),
    ("二十二個", "hk", [("二十二個", "count", 22, None, "unit", "")]),
    ("28所研發實驗室", "hk", [("28所研發實驗室", "count", 28, None, "laboratory", "")]),
    ("科研人員約2,500名", "hk", [("約2,500名", "count", 2500, None, "researcher", "約")]),
    ("約5.2萬個職位", "hk", [("約5.2萬個職位", "count", 52000, None, "job", "約")]),
    ("首三座大樓", "hk", [("三座大樓", "count", 3, None, "building", "")]),
    ("約90間初創企業", "hk", [("約90間初創企業", "count", 90, None, "start-up", "約")]),
    ("30家以上", "cn", [("30家以上", "count", 30, None, "organisation", "以上")]),
    ("6000余人", "cn", [("6000余人", "count", 6000, None, "person", "余")]),
    ("350名香港青年", "cn", [("350名香港青年", "count", 350, None, "person", "")]),
    ("基地24家", "cn", [("24家", "count", 24, None, "base", "")]),
    ("项目504个", "cn", [("504个", "count", 504, None, "project", "")]),
    ("八个研究所", "cn", [("八个研究所", "count", 8, None, "institute", "")]),
    ("79条具体事项", "cn", [("79条具体事项", "count", 79, None, "item", "")]),
    ("兩間大學", "hk", [("兩間大學", "count", 2, None, "university", "")]),
    ("一萬一千人", "hk", [("一萬一千人", "count", 11000, None, "person", "")]),
    ("逾萬人", "hk", [("逾萬人", "count", 10000, None, "person", "逾")]),
    ("逾萬字", "hk", [("逾萬字", "count", 10000, None, "character", "逾")]),
    ("數十億元", "hk", []),
    ("百萬人", "hk", [("百萬人", "count", 1e6, None, "person", "")]),
    ("3人", "cn", [("3人", "count", 3, None, "person", "")]),
    ("12項措施", "hk", [("12項措施", "count", 12, None, "measure", "")]),
    ("五座大樓", "hk", [("五座大樓", "count", 5, None, "building", "")]),
    ("三個「片區開發」試點", "hk", [("三個「片區開發」試點", "count", 3, None, "pilot area", "")]),
    ("4栋楼", "cn", [("4栋", "count", 4, None, "building", "")]),
    ("人口超過750萬", "hk", [("超過750萬", "count", 7.5e6, None, "person", "超過")]),
    ("訪港旅客約4,000萬", "hk", [("約4,000萬", "count", 4e7, None, "visitor", "約")]),
    ("把輪候時間由6年縮短至4.5年", "hk", [("6年", "duration", 6, None, "year", ""), ("4.5年", "duration", 4.5, None, "year", "")]),
    ("一次性5,000元津貼", "hk", [("5,000元", "money", 5000, None, "HKD", "")]),
    ("人口750", "hk", []),
    ("過百間公司", "hk", [("過百間公司", "count", 100, None, "company", "過")]),
    ("新建5G基站1.2万个", "cn", [("1.2万个", "count", 12000, None, "station", "")]),
    ("四十八項措施", "hk", [("四十八項措施", "count", 48, None, "measure", "")]),
    ("寬減百分之百的薪俸稅", "hk", [("百分之百", "percent", 100, None, "", "")]),
    ("超过五成", "cn", [("超过五成", "percent", 50, None, "", "超过")]),
    ("1.5倍", "hk", [("1.5倍", "ratio", 1.5, None, "", "")]),
    ("按1:1比例配對", "hk", [("1:1", "ratio", 1, None, "", "")]),
    ("3億元人民幣", "hk", [("3億元人民幣", "money", 3e8, None, "CNY", "")]),
    ("3.6万亿元人民币", "cn", [("3.6万亿元人民币", "money", 3.6e12, None, "CNY", "")]),
    ("上午10:30舉行", "hk", []),
    ("百年大計", "hk", []),
    ("千方百計", "hk", []),
    ("萬一", "hk", []),
    ("上一年", "hk", []),
    ("65歲或以上", "hk", []),
    ("三月三十一日", "hk", []),
    ("十大工程", "hk", [("十大工程", "count", 10, None, "project", "")]),
    # not figures: years, fiscal years, plan names, ordinals, paragraphs, chapters
    ("二〇二四年", "hk", []),
    ("二零二三年預算案", "hk", []),
    ("2024年3月5日", "cn", []),
    ("2024-25年度", "hk", []),
    ("2026/27年度", "hk", []),
    ("二〇二五至二六年度", "hk", []),
    ("2024至2025年", "cn", []),
    ("2021年底", "cn", []),
    ("80年代", "hk", []),
    ("「十四五」規劃", "hk", []),
    ("十四五規劃", "hk", []),
    ("第十四個五年規劃", "hk", []),
    ("第二期", "hk", []),
    ("第45段", "hk", []),
    ("第622章", "hk", []),
    ("第三季", "hk", []),
    ("深府办函〔2024〕15号", "cn", []),
    # not figures: 一 as an article, 之一, 兩 meaning both, slogans
    ("一所太空機械人研發中心", "hk", []),
    ("一家公司", "hk", []),
    ("前一年", "hk", []),
    ("之一", "hk", []),
    ("三大支柱之一", "hk", [("三大支柱", "count", 3, None, "pillar", "")]),  # 'one of the three pillars': 3 counts
    ("四大新興產業", "hk", [("四大新興產業", "count", 4, None, "industry", "")]),
    ("黨的二十大精神", "cn", []),
    ("三大學", "hk", []),
    ("八車道", "hk", [("八車道", "count", 8, None, "lane", "")]),
    ("兩岸", "hk", []),
    ("深圳河两侧", "cn", []),
    ("兩者", "hk", []),
    ("「一國兩制」", "hk", []),
    ("一國兩制", "hk", []),
    ("“一区两园”", "cn", []),
    ("深港“半小时科研圈”", "cn", []),
    ("一成不變", "hk", []),
    ("5G網絡", "hk", []),
    ("算力達到3 000PFLOPS", "hk", [("3 000PFLOPS", "quantity", 3000, None, "petaFLOPS", "")]),
    ("500MW的離岸風電", "hk", [("500MW", "power", 500, None, "megawatt", "")]),
    ("A380客機", "hk", []),
    ("98. 國家", "hk", []),
    ("一、对标规划目标", "cn", []),
    ("2006年成立", "cn", []),
    ("白名单", "cn", []),
    # Mainland meetings are numbered without 第: the term and the session are ordinals, not counts
    ("出席县九届人大三次会议", "cn", []),
    ("学习十五届二中全会和十四届历次全会精神", "cn", []),
    ("落实区委五届六次、七次、八次全会部署", "cn", []),
    ("連續兩屆獲選", "hk", [("兩屆", "count", 2, None, "term", "")]),
    ("本年度召開四次會議", "cn", [("四次", "count", 4, None, "time", "")]),
    # N成为: 'N tenths are' after a qualifier or 占 (成为 'become' stays blocked otherwise)
    ("新增单位中逾七成为租住单位", "cn", [("逾七成", "percent", 70, None, "", "逾")]),
    ("其中六成為長者", "hk", [("六成", "percent", 60, None, "", "")]),
    ("三成为", "cn", []),
    # N年半 is N + 0.5 years; 一年半载 is an idiom
    ("工程歷時三年半", "hk", [("三年半", "duration", 3.5, None, "year", "")]),
    ("需时一年半载", "cn", []),
    # a linking verb between a money noun and a scaled number: still money, currency implied
    ("該年總開支是三百零五億，", "hk", [("三百零五億", "money", 3.05e10, None, "HKD", "")]),
    ("全年营收达800亿。", "cn", [("800亿", "money", 8e10, None, "CNY", "")]),
    ("旅客达3000万。", "cn", [("3000万", "count", 3e7, None, "", "")]),
    # an Arabic number after a scale word goes on with a smaller one (HK government style)
    ("撥款總額為38億2,150萬元", "hk", [("38億2,150萬元", "money", 3821500000, None, "HKD", "")]),
    ("向12萬3千個家庭發放", "hk", [("12萬3千個", "count", 123000, None, "unit", "")]),
    ("全長2萬千米", "cn", [("2萬千米", "length", 2e4, None, "kilometre", "")]),
    # a duration in two units is one duration in the smaller unit
    ("會議平均歷時約2小時15分鐘。", "hk", [("約2小時15分鐘", "duration", 135, None, "minute", "約")]),
    ("工程为期2年3个月", "cn", [("2年3个月", "duration", 27, None, "month", "")]),
    ("每日開放8小時,另設30分鐘休息", "hk", [("8小時", "duration", 8, None, "hour", ""),
                                            ("30分鐘", "duration", 30, None, "minute", "")]),
    # a structure of three shares is one ratio, the first share over the second (session-19 ruling)
    ("產業比例調整為12.5:40.1:47.4。", "cn", [("12.5:40.1:47.4", "ratio", 0.311721, None, "", "")]),
    # 上 before a bare scale word reaches it; 成千上萬 is an idiom
    ("影響上千名工人", "hk", [("千名", "count", 1000, None, "person", "")]),
    ("成千上萬的遊客", "hk", []),
    # a number before 大關 ('the mark of') is a figure with its noun implied
    ("规模突破300万大关。", "cn", [("突破300万", "count", 3e6, None, "", "突破")]),
    # 'one year ahead / extended by one year' is a duration; 前一年 stays an article
    ("提前一年完成任务", "cn", [("一年", "duration", 1, None, "year", "")]),
    ("合約延長一年", "hk", [("一年", "duration", 1, None, "year", "")]),
    # 一年来 ('over the past year') is a duration, like 五年来; 用了一年時間 keeps 一 as an article
    ("一年来,我们坚持改革", "cn", [("一年", "duration", 1, None, "year", "")]),
    ("已批出超過2億3千萬元津貼", "hk", [("超過2億3千萬元", "money", 2.3e8, None, "HKD", "超過")]),
    ("申請期約5個多月", "hk", [("約5個多月", "duration", 5, None, "month", "約")]),
    # an anniversary (N年周年) is no duration
    ("慶祝成立八十年周年", "hk", []),
    # 年報 is an annual report: 2016-17年報 names a year
    ("提交2016-17年報", "hk", []),
    # the second year of a span written with a hyphen or slash is a year, not a duration ('2031-32年' is no 32 years)
    ("預計在2031-32年完成工程，為期3年", "hk", [("3年", "duration", 3, None, "year", "")]),
    ("2029/30年的收入", "hk", []),
    # a currency named after 元 is the amount's currency, also the New Taiwan dollar in a Hong Kong text
    ("台北的投資額為45億元新台幣", "hk", [("45億元新台幣", "money", 4.5e9, None, "TWD", "")]),
    ("撥款12億元港幣", "cn", [("12億元港幣", "money", 1.2e9, None, "HKD", "")]),
    # classifiers of sites (處), livestock (頭) and sentences (句)
    ("修復古蹟17處，並處理3宗個案", "hk", [("17處", "count", 17, None, "site", ""), ("3宗個案", "count", 3, None, "case", "")]),
    ("全年出栏肉牛420万头", "cn", [("420万头", "count", 4.2e6, None, "head", "")]),
    ("用12句话概括", "cn", [("12句", "count", 12, None, "sentence", "")]),
    # 標箱 is the short form of 標準箱 (TEU)
    ("吞吐量達1,650萬標箱", "hk", [("1,650萬標箱", "quantity", 1.65e7, None, "TEU", "")]),
    # a digit after N成 is hundredths (兩成二 = 22%); a number that starts after 成 stays its own figure
    ("受訪者中有三成四表示支持", "hk", [("三成四", "percent", 34, None, "", "")]),
    ("約兩成三年內完成", "hk", [("約兩成", "percent", 20, None, "", "約"), ("三年內", "duration", 3, None, "year", "內")]),
    # N方面 counts aspects from three up; 兩方面 after a list of two is 'both respects' (DECISIONS-zh 8), 雙方面臨 'both sides face'
    ("從教育、醫療、福利三方面著手", "hk", [("三方面", "count", 3, None, "aspect", "")]),
    ("在安全和管理兩方面加強工作,雙方面臨挑戰", "hk", []),
    # 兩日 is two days: a date writes the second of a month 二日 (三月二日), never 兩日; 今明兩日 names two days
    ("計劃早兩日已公布,三月二日生效", "hk", [("兩日", "duration", 2, None, "day", "")]),
    ("今明兩日天氣炎熱", "hk", []),
    # 伙 counts flats in Hong Kong usage (伙伴, 伙食 are words)
    ("未來三年將有1.2萬伙落成,與伙伴合作", "hk", [("三年", "duration", 3, None, "year", ""), ("1.2萬伙", "count", 12000, None, "flat", "")]),
    # 票 counts votes (票價 is a fare)
    ("議案以36票贊成、9票反對獲通過", "hk", [("36票", "count", 36, None, "vote", ""), ("9票", "count", 9, None, "vote", "")]),
]


@pytest.mark.parametrize("text,locale,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_cases(text: str, locale: str, expected: list[tuple[str, str, float, float | None, str, str]]) -> None:
    got = [(text[f.start:f.end], f.kind, float(f.value), None if f.value_max is None else float(f.value_max),
            f.unit, f.qualifier) for f in find_figures_zh(text, locale=locale)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == e[0] and g[1] == e[1] and g[4] == e[4] and g[5] == e[5], g
        assert g[2] == pytest.approx(e[2], rel=1e-6), g
        assert (g[3] is None) == (e[3] is None) and (e[3] is None or g[3] == pytest.approx(e[3], rel=1e-6)), g


def test_at_least_100_cases() -> None:
    assert len(CASES) >= 100


def test_offsets_point_into_the_text() -> None:
    text = "政府會以100億元成立基金，並向每家提供最高50萬元資助，為期三年。"
    for f in find_figures_zh(text, 5, len(text), locale="hk"):
        assert f.start >= 5 and text[f.start:f.end].strip() == text[f.start:f.end]


def test_qualifier_norm_is_the_english_vocabulary() -> None:
    norms = {f.qualifier: f.qualifier_norm for f in find_figures_zh(
        "約3億元、逾100億元、不少於200億元、可達50億元、30家以上、6000余人、2,000公頃左右、42個月內", locale="hk")}
    assert norms == {"約": "about", "逾": "over", "不少於": "at least", "可達": "up to", "以上": "at least",
                     "余": "more than", "左右": "about", "內": "up to"}


@pytest.mark.parametrize("text,inferred", [
    ("100億元", True), ("$5,000元", True), ("撥款$100億", True), ("3億港元", False), ("港幣3,000萬元", False),
    ("3億元人民幣", False), ("HK$5,000元", False),
])
def test_currency_inferred_only_for_a_bare_yuan_or_dollar(text: str, inferred: bool) -> None:
    (f,) = find_figures_zh(text, locale="hk")
    assert f.kind == "money" and f.currency_inferred is inferred
