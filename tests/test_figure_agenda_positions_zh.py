"""Chinese figures (issue 14, session 25, zhfig): an item's place on a meeting's agenda (撥款申請排議程11位) is a rank
position without 第 — an ordinal, no count (DECISIONS-zh 5; s23 ruling 排名12位); a count of members (11位議員) stays.
Made-up sentences; the agenda case fails on the code before."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh


def test_a_place_on_the_agenda_is_no_count() -> None:
    assert find_figures_zh("填海研究撥款排議程11位。", locale="hk") == []
    assert find_figures_zh("该项拨款排在议程5位。", locale="cn") == []


def test_a_count_of_members_stays() -> None:
    text = "會上共有11位議員發言。"
    assert [(text[f.start:f.end], f.value) for f in find_figures_zh(text, locale="hk")] == [("11位", Decimal(11))]


def test_arranging_the_agenda_is_no_ranking() -> None:
    # the 排 of 安排議程 ('arrange the agenda') is no verb of ranking: 12名議員 counts members (review revzh S7)
    text = "大會安排議程12名議員發言。"
    assert [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale="hk")] == \
        [("12名", "count", Decimal(12))]
