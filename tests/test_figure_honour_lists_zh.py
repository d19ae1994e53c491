"""Chinese figures (issue 14, session 25, zhfig): N大 after a verb of being selected (入选, 获评, 评为) and an optional
scope (中国, 全国), or after a verb of winning or entering with a scope (跻身全国十大), names an honour list by its size:
part of the list's name (DECISIONS-zh 5, 中国企业500强), no count. N大 elsewhere still counts. Made-up sentences; the
honour cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["该镇入选中国十大魅力小镇。", "该区获评全国十大最美乡村。", "古城被评为世界十大文化名城之一。",
                                  "该企业跻身全国十大品牌。", "大桥入围十大工程。"])
def test_n_da_naming_an_honour_list_is_no_count(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [("全市重点发展三大产业。", 3), ("项目获得四大平台支持。", 4), ("企业荣获四大奖项。", 4),
                                         ("全国十大港口中本市占两席。", 10)])
def test_other_n_da_still_count(text: str, value: int) -> None:
    assert [f[2] for f in figures(text) if f[0].endswith(("大", "大产业", "大平台"))][:1] == [Decimal(value)]
