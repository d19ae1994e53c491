"""Session 29 (zhinst): in a Hong Kong text the bare 政府 right after a one-character clause-opening conjunction (但
'but', 若 'if') is the clause's subject, the HKSAR Government, as after 而 or 但是; after 加入 / 进入 / 再入 ('join',
'enter', 'rejoin') it is their object, the same body. A report's title (政府工作报告) after 但 stays no body
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text", [
    "租金一直上升，但政府偏偏不作任何規管。",
    "若政府決定加稅，中小企會首當其衝。",
    "他表示暫時不會再入政府工作。",
    "她於二零一二年加入政府，出任副局長。",
    "事實上，整個政府是一個團隊，各局緊密合作。",
])
def test_bare_government_after_a_conjunction_or_join_is_the_hksar_government(matcher: ZhEntityMatcher,
                                                                             text: str) -> None:
    assert ("政府", "INSTITUTION", "Hong Kong SAR Government") in found(matcher, text, "hk")


def test_a_report_title_after_but_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert not [s for s, lab, _ in found(matcher, "但政府工作报告没有提及此事。", "cn") if lab == "INSTITUTION"]
