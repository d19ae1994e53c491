"""The English names of the generated Mainland division table (scripts/build_zh_divisions.py): a city's
GeoNames name where pypinyin misreads a polyphone or the city has an official non-pinyin form, the pinyin
kept as an alias; a division with no short form named without its level suffix, and 'X City' where another
division has the same name (issue 14, places)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "gazetteer_zh_divisions.jsonl"


def by_zh() -> dict[str, dict[str, object]]:
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.startswith("{")]
    return {str(r["zh"][0]): r for r in rows if r.get("zh")}


@pytest.mark.parametrize("zh, canonical, alias", [
    ("呼和浩特市", "Hohhot", "Huhehaote"),  # an official form GeoNames gives
    ("乌鲁木齐市", "Urumqi", "Wulumuqi"),
    ("长治市", "Changzhi", "Zhangzhi"),  # a polyphone pypinyin reads the common way
    ("拉萨市", "Lhasa", "Lasa"),
])
def test_city_names_take_geonames_spelling_and_keep_the_pinyin(zh: str, canonical: str, alias: str) -> None:
    row = by_zh()[zh]
    assert row["canonical"] == canonical and alias in row["aliases"]  # type: ignore[operator]


@pytest.mark.parametrize("zh, canonical", [
    ("大理市", "Dali City"), ("吉林市", "Jilin City"), ("南沙区", "Nansha District"), ("阿里地区", "Ali Prefecture"),
    ("辽源市", "Liaoyuan"),  # GeoNames files 辽源 under its seat Longshan: another name, the pinyin stays
    ("益阳市", "Yiyang"),
])
def test_suffixes_and_pinyin_where_geonames_names_another_place(zh: str, canonical: str) -> None:
    assert by_zh()[zh]["canonical"] == canonical
