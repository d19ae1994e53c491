"""lang: language per document and per block, script detection, offset-preserving folding, locale."""

from __future__ import annotations

import pytest

from pipeline.lang import (
    EN,
    HANS,
    HANT,
    blocks,
    document_lang,
    fold,
    is_chinese,
    locale,
    script,
)

BILINGUAL = (
    "The Government will inject HK$10 billion into the fund.\n"
    "政府會向基金注資100億港元，支持香港科技園公司。\n"
    "\n"
    "深圳市人民政府办公厅关于加快推进园区建设的通知\n"
    "InnoHK在香港科學園設立了28所研發實驗室。\n"
    "12345\n"
)


def test_blocks_of_a_bilingual_document() -> None:
    got = [(BILINGUAL[b.start:b.end], b.lang) for b in blocks(BILINGUAL)]
    assert got == [
        ("The Government will inject HK$10 billion into the fund.", EN),
        ("政府會向基金注資100億港元，支持香港科技園公司。", HANT),
        ("深圳市人民政府办公厅关于加快推进园区建设的通知", HANS),
        ("InnoHK在香港科學園設立了28所研發實驗室。", HANT),
        ("12345", document_lang(BILINGUAL)),
    ]


@pytest.mark.parametrize("text,expected", [
    ("香港特別行政區政府二〇二五至二六年度財政預算案", HANT),
    ("国务院印发的发展规划", HANS),
    ("The Chief Executive said (香港) that growth is strong and broad-based this year.", EN),
    ("", EN),
])
def test_document_lang(text: str, expected: str) -> None:
    assert document_lang(text) == expected


def test_a_chinese_name_in_an_english_sentence_is_english() -> None:
    assert not is_chinese("The Legislative Council (立法會) approved the funding request today.")
    assert is_chinese("立法會今天批准撥款 (LegCo)")


def test_script_of_shared_characters_is_the_default() -> None:
    assert script("香港中文大学", default=HANT) == HANS
    assert script("中文", default=HANS) == HANS
    assert script("中文", default=HANT) == HANT


def test_fold_maps_traditional_to_simplified_one_for_one() -> None:
    text = "國家發展和改革委員會與香港科技園公司（HKSTP）"
    folded = fold(text)
    assert folded == "国家发展和改革委员会与香港科技园公司（HKSTP）"
    assert len(folded) == len(text)
    assert fold("深圳园区") == "深圳园区"
    assert fold("陜西省陜北") == "陕西省陕北"  # the look-alike 陜 typed for 陝 (Shaanxi)


@pytest.mark.parametrize("text,expected", [
    ("香港特別行政區政府撥款100億元", "hk"),
    ("深圳市人民政府安排资金50亿元", "cn"),
    ("澳門特別行政區政府投入10億元，澳門的經濟", "mo"),
    ("财政司司长在立法会发表财政预算案，本港经济增长，政府拨款100亿元", "hk"),
    ("深圳积极配合香港特别行政区政府实施计划，深圳市人民政府安排资金", "cn"),
    ("政府会把写字楼搬往启德，并加强与港铁站的连系，拨款20亿元", "hk"),  # Hong Kong's own words
    ("区内新建的公共屋邨和居屋陆续落成", "hk"),
    ("深圳市人民政府与港铁合作建设地铁4号线，投资50亿元", "cn"),
    ("湖南省青蛙縣至紅蛙縣的高速公路通車，投資50億元", "cn"),  # Traditional news of a Mainland province
    ("據香港報章報導，雄縣、容城、安新三個小縣組建新區，大陸官方表示投資50億元", "cn"),
    ("香港特別行政區政府與廣東省合作，香港的經濟，本港撥款100億元", "hk"),
    ("廣東省長作政府工作報告，省委書記出席，經濟總量達十二萬億元", "cn"),  # a Mainland report in Traditional script
    ("江門市市長作政府工作報告，香港浸會大學研究中心落戶，全市投資12億元", "cn"),  # a city's mayor: the Mainland
    ("香港特區政府與廣東省政府簽署協議，香港將投入資金", "hk"),
    ("政府会在维港两岸兴建码头，并由康文署管理，拨款3亿元", "hk"),
    # Hong Kong's own taxes and allowances in a Simplified budget text that names no place
    ("宽减住宅物业差饷及薪俸税，政府收入将减少约十亿元", "hk"),
    ("向领取综援的人士发放额外一个月津贴，涉及约三亿元", "hk"),
    # a split financial year is Hong Kong's (the Mainland's budget year is the calendar year)
    ("二零三零/三一年度的经营开支预计为三千亿元，较二零二九/三零年度增加百分之四", "hk"),
    ("2030-2031年度优秀教师评选，奖金共计五十万元", "cn"),
    # Macao's own words in a text that does not name Macao: 本澳, its Secretary for Economy and Finance
    ("經濟財政司司長向立法會介紹，本澳去年收入為一千億元", "mo"),
    ("经济财政司司长表示，本澳财政储备约六千亿元", "mo"),
    # a Simplified Mainland text without 人民政府: its party committees and 全市 decide, not the 港铁 inside 新港铁路
    ("积极研究青蛙新港铁路专用线，在省委和市委领导下，全市投资5亿元", "cn"),
    ("港铁将延伸至北部都会区，市政府代表团访港，本港拨款20亿元", "hk"),
    # Hong Kong's own taxes and allowances decide a Traditional budget story that names no place, even when it
    # quotes one sum in 人民幣 (a cross-border subsidy); Macao's 經濟財政司司長 is not Hong Kong's
    ("財政司司長發表財政預算案,向領取綜援及高齡津貼人士發放額外款項,涉及約65億元;內地門診費上限人民幣一萬元", "hk"),
    ("經濟財政司司長表示,本澳去年財政預算案收入為一千億元", "mo"),
])
def test_locale(text: str, expected: str) -> None:
    assert locale(text) == expected
