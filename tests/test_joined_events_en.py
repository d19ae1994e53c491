"""Bodies and places that only open an event's name joined by hyphens are no mentions ('the 2nd Asean-Gulf Cooperation
Council (GCC) Summit'; enent, session 25; DECISIONS 27). Made-up sentences; the first two failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_bodies_joined_into_a_summit_are_no_mentions(extractor: Any) -> None:
    got = found(extractor, "The leaders will attend the 3rd ASEAN-Gulf Cooperation Council (GCC) Summit in Penang.")
    assert "ASEAN" not in got and "GCC" not in got and "Gulf Cooperation Council" not in got, got
    assert got.get("Penang", ("",))[0] == "PLACE", got


def test_a_place_joined_into_an_expo_is_no_mention_there(extractor: Any) -> None:
    got = found(extractor, "The Brunei-Guangxi Expo opened in Nanning on Friday.")
    assert "Brunei" not in got and "Guangxi" not in got, got
    assert got.get("Nanning", ("",))[0] == "PLACE", got


def test_the_same_body_named_elsewhere_keeps_its_row(extractor: Any) -> None:
    got = found(extractor, "Malaysia is chairing ASEAN. The ASEAN-Japan Summit follows in June.")
    assert got.get("ASEAN") == ("INSTITUTION", "Association of Southeast Asian Nations"), got


def test_a_hyphenated_name_without_an_event_head_stays(extractor: Any) -> None:
    got = found(extractor, "Trade grew under the ASEAN-China free trade area, and Hong Kong-Shenzhen traffic rose. "
                           "Officials met in Nanning. Jakarta hosted them.")
    assert got.get("Hong Kong", ("",))[0] == "PLACE" and got.get("Shenzhen", ("",))[0] == "PLACE", got
    assert got.get("Nanning", ("",))[0] == "PLACE" and got.get("Jakarta", ("",))[0] == "PLACE", got


def test_a_list_before_the_event_keeps_its_places(extractor: Any) -> None:
    """Review reven M5: the event's name starts at its hyphenated words, not at a place listed before it."""
    got = found(extractor, "Yunnan and the Laos-Yunnan Expo drew many firms. Penang, Kedah and the Kedah-Penang "
                           "Trade Forum were named.")
    assert got.get("Yunnan", ("",))[0] == "PLACE" and got.get("Penang", ("",))[0] == "PLACE", got


def test_a_head_word_that_does_not_close_the_name_makes_no_event(extractor: Any) -> None:
    """Review reven M5: 'Dialogue Relations' is a relation between the parties, no event."""
    got = found(extractor, "This year marks the 20th anniversary of ASEAN-India Dialogue Relations.")
    assert got.get("India", ("",))[0] == "PLACE" and "ASEAN" in got, got
