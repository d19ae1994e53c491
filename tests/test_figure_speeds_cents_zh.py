"""Session 14 (issue 14), made-up sentences: 時速 before a length makes a speed; an Arabic number before 角 is ten
cents (not 三角洲, 角度); a classifier character that starts a word (本地) does not stop a scaled count before its noun;
人民 after a scaled number counts people."""

from __future__ import annotations

from pipeline.extract.figures.chinese import find_figures_zh


def read(text: str, locale: str = "cn") -> list[tuple[str, str, float, str]]:
    return [(text[f.start:f.end], f.kind, float(f.value), f.unit) for f in find_figures_zh(text, locale=locale)]


def test_speed_after_shisu() -> None:
    assert read("时速350公里的高铁") == [("350公里", "speed", 350.0, "kilometre per hour")]
    assert read("全长350公里的高铁") == [("350公里", "length", 350.0, "kilometre")]


def test_ten_cents() -> None:
    assert read("每支煙稅款調高 8 角,又調高6角", locale="hk") == [("8 角", "money", 0.8, "HKD"), ("6角", "money", 0.6, "HKD")]
    assert read("珠三角地区,三角洲,5角形") == []


def test_scaled_count_before_local_workforce() -> None:
    assert read("过去一季流失约14万本地劳动人口")[-1] == ("约14万", "count", 140000.0, "worker")


def test_people_counted() -> None:
    assert read("740多万玉林人民翘首以盼") == [("740多万", "count", 7400000.0, "person")]


def test_speed_range() -> None:
    assert read("車速限制為時速70公里至80公里,全長120公里", locale="hk") == [
        ("70公里至80公里", "speed", 70.0, "kilometre per hour"), ("120公里", "length", 120.0, "kilometre")]


def test_bare_scale_before_gdp_is_money() -> None:
    assert read("力争实现万亿GDP") == [("万亿", "money", 1e12, "CNY")]


def test_approximate_first_bound_makes_a_range_after_a_verb_of_change() -> None:
    assert read("新增约4500至52000个职位") == [("约4500至52000个职位", "count", 4500.0, "job")]
