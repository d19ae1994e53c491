"""entities_zh (issue 14, session 18): a university's affiliated hospital is named whole, a second name in brackets
is the same hospital's, and a hospital that treats or applies something acts (made-up sentences; each states the
general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_an_affiliated_hospital_is_named_with_its_university_first(matcher: ZhEntityMatcher) -> None:
    # …大学第N附属医院 / …大学附属第N医院 / …大学附属某某医院: the hospital's registered name; the university in it
    # is no mention of its own (GUIDELINES: a body inside a longer name)
    for text, name in [("岭东医科大学第五附属医院扩建工程开工。", "岭东医科大学第五附属医院"),
                       ("推进岭东医科大学附属第二医院扩建。", "岭东医科大学附属第二医院"),
                       ("岭东医科大学附属口腔医院新院区启用。", "岭东医科大学附属口腔医院")]:
        assert [(s, lab) for s, lab, _ in found(matcher, text, "cn")] == [(name, "PLACE")], text


def test_a_bracketed_second_name_is_the_same_hospital(matcher: ZhEntityMatcher) -> None:
    # a university hospital that is also a city's people's hospital: one row, the first name canonical; the act after
    # the bracket is the hospital's (it acts, so it is the body that runs it: DECISIONS 18)
    text = "岭东医科大学第五附属医院（江北市人民医院）成功实施首例手术。"
    assert found(matcher, text, "cn") == [("岭东医科大学第五附属医院", "INSTITUTION", "岭东医科大学第五附属医院"),
                                          ("江北市人民医院", "INSTITUTION", "岭东医科大学第五附属医院")]


def test_a_hospital_that_completes_a_treatment_acts(matcher: ZhEntityMatcher) -> None:
    assert [lab for _, lab, _ in found(matcher, "江北市人民医院完成了一例肝移植手术。", "cn")] == ["INSTITUTION"]
    assert [lab for _, lab, _ in found(matcher, "江北市人民医院成功应用新型放疗系统。", "cn")] == ["INSTITUTION"]


def test_a_hospital_the_text_builds_stays_a_place(matcher: ZhEntityMatcher) -> None:
    # completing works is no act of the body (DECISIONS 17: a built facility is a place)
    assert [lab for _, lab, _ in found(matcher, "江北市人民医院完成扩建。", "cn")] == ["PLACE"]
