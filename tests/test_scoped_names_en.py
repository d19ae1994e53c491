"""A body named by a head word and a complement keeps the 'in <place>' that closes its complement: 'the Task Force on
Widget Study in Hong Kong', 'the Alliance of QVs in\nHong Kong' (enent, session 26: the model cut such names before
'in', giving an extra row and losing the name). Made-up sentences; the first two failed before the rule, the others
guard located known bodies and longer sites."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_task_force_on_a_topic_in_a_place(extractor: Any) -> None:
    got = found(extractor, "The Bureau will establish the Task Force on Study in Hong Kong, bringing together "
                           "bureaux. The Task Force will report in May.")
    assert got.get("Task Force on Study in Hong Kong") == ("INSTITUTION", "Task Force on Study in Hong Kong"), got
    assert got.get("Task Force") == ("INSTITUTION", "Task Force on Study in Hong Kong"), got
    assert "Task Force on Study" not in got and "Hong Kong" not in got, got


def test_a_name_wrapped_across_a_line(extractor: Any) -> None:
    got = found(extractor, "The Alliance of QVs in\nHong Kong will promote study in Hong Kong.")
    assert got.get("Alliance of QVs in Hong Kong") == ("INSTITUTION", "Alliance of QVs in Hong Kong"), got
    assert got.get("Hong Kong", ("",))[0] == "PLACE", got  # the other mention stays a place


def test_a_known_body_is_located_and_a_longer_site_stays(extractor: Any) -> None:
    got = found(extractor, "The Hospital Authority in Hong Kong runs clinics. The Committee on Trade in Hong Kong "
                           "Science Park met.")
    assert got.get("Hospital Authority", ("",))[0] == "INSTITUTION", got
    assert got.get("Hong Kong", ("",))[0] == "PLACE", got
    assert not any(k.startswith("Committee on Trade in Hong Kong") and k.endswith("Hong Kong") for k in got), got


def test_a_body_of_its_members_sits_or_meets_in_the_place(extractor: Any) -> None:
    # review reven M7, session 26: an 'of' complement that names the members ('Council of Ministers') does not close
    # with 'in <place>', nor does a place followed by the time of an event
    got = found(extractor, "Ministers met at the Council of Ministers in Brussels on Monday.")
    assert got.get("Council of Ministers", ("",))[0] == "INSTITUTION", got
    assert got.get("Brussels", ("",))[0] == "PLACE", got
    got = found(extractor, "The Network of Young Researchers in Hong Kong last year organised 20 events.")
    assert got.get("Network of Young Researchers", ("",))[0] == "INSTITUTION", got
    assert got.get("Hong Kong", ("",))[0] == "PLACE", got
