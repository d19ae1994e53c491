"""Session 20 (speed): the cheaper forms of the rule stages give exactly what the forms they replace gave.

Each rewritten pattern is compared with its previous form on made-up text, match by match; the counter of the
currency cues with `count_cue` cue by cue; the remembered head kinds with the computed ones."""

from __future__ import annotations

import re

from pipeline.regexgate import LeadPattern

TEXTS = [
    "59HONG KONG X AUTHORITY 5G NETWORK 3D PRINTING A.B.C. U.S.A. ABC.def 1234ABCD 12ABC x1ABC I am A b ABc",
    "'ABC' ’AB-CD&E 9AB ,1ABC .2ABC -33ABC (MPF SCHEMES ADVISORY COMMITTEE) WHO WE ARE",
    "-Legal Aid Council\n-Labour Advisory Board\n–Town Planning Board x-Ab ex-Lamma Quarry, Rex-Ab aB .Ab &Ab ’Ab",
    "Ab", "–Ab", "ex-Ab", "",
]


def matches(pattern: object, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_caps_words_match_as_the_lookbehind_first_form() -> None:
    from pipeline.extract.entities.caps_runs import CAPS_WORDS
    old = LeadPattern(re.compile(r"(?:(?<![\w'’&.-])[A-Z]|(?:(?<=(?<![\w.,-])\d)|(?<=(?<![\w.,-])\d\d)|"
                                 r"(?<=(?<![\w.,-])\d\d\d))[A-Z]{3})[A-Z0-9'’&.-]*(?![\w'’&-])"))
    for text in TEXTS:
        assert matches(CAPS_WORDS, text) == matches(old, text), text


def test_capitalised_words_match_as_the_lookbehind_first_form() -> None:
    from pipeline.extract.entities.head_runs import CAPITALISED
    old = LeadPattern(re.compile(r"(?:(?<![\w&'’.-])|(?<=\bex-)|(?<=\n[-–])|(?<=^[-–]))[A-Z][\w'’&+]*"))
    for text in TEXTS:
        assert matches(CAPITALISED, text) == matches(old, text), text


def test_cue_counter_counts_every_cue_as_count_cue() -> None:
    from pipeline.extract.figures.currency import compile_cue, count_cue, cue_counter
    counter = cue_counter("en")
    texts = ["HK$5 and HKD 3 in Hong Kong, the Hong Kong SAR and HKSAR; S$2 in Singapore; Changi Changi Airport",
             "Yishun and Punggol Town Councils; the Ministry of Manpower; Scale-up SG and Forward SG; MOP$ 3",
             "S&CC rebates, U-Save, US-Save, xS&CC; FY2031, FY 2031, YA) 2031, SGTech, Healthier SG$ and SG&",
             "Perth Street, Perth; Victoria Park; Victoria; Kuala Lumpur RM5; US$1 in the US", ""]
    for text in texts:
        hits = counter.hits(text)
        for pattern in counter.cues:
            assert hits.get(pattern, 0) == count_cue(text, *compile_cue(pattern)) == len(re.findall(pattern, text)), \
                (pattern, text)


def test_currency_votes_as_each_cue_counted_alone() -> None:
    from pipeline.extract.figures.currency import compile_cue, count_cue, currency_votes, place_cues, weak_cues
    from pipeline.extract.figures.reader import lexicon

    def reference(text: str) -> dict[str, int]:  # the votes as counted before session 20, cue by cue
        cues, half = lexicon("en")["locale_cues"], lexicon("en").get("locale_cues_half", [])
        votes = {code: sum(count_cue(text, *compile_cue(p)) * (1 if p in half else 2) for p in ps)
                 for code, ps in cues.items()}
        for code, ps in place_cues().items():
            votes[code] = votes.get(code, 0) + 2 * sum(count_cue(text, *compile_cue(p)) for p in ps)
        weak = lexicon("en").get("locale_cues_weak", {})
        for code, ps in weak_cues().items():
            distinct = sum(1 for p in ps if count_cue(text, *compile_cue(p)))
            if distinct >= weak.get("min_distinct", 1):
                votes[code] = votes.get(code, 0) + distinct
        return votes

    for text in ["The Financial Secretary set aside HK$5 billion.", "The Ministry of Manpower and Yishun Town Council "
                 "will share $40 million; Changi Airport and Punggol too.", "RM5 in Kuala Lumpur and S$3.", ""]:
        assert list(currency_votes(text).items()) == list(reference(text).items()), text


def test_remembered_head_kinds_are_the_computed_ones() -> None:
    from pipeline.extract.entities.gazetteer import load_gazetteer
    from pipeline.extract.entities.recognizer import EntityRecognizer
    rec = EntityRecognizer(load_gazetteer())
    for word in ["Authority", "Authorities", "Park", "Parks", "Scheme", "Secretary", "Bureaux", "Hong", ""]:
        assert rec.head_kind(word) == rec.head_kind_of(word) == rec.head_kind(word), word
    for surface in ["Council of the EU", "Bradfield City Centre", "Hospital Authority", "X", ""]:
        assert rec.head_word(surface) == rec.head_word_of(surface) == rec.head_word(surface), surface


def test_rewritten_patterns_match_as_before_on_random_text() -> None:
    import random

    from pipeline.extract.entities.caps_runs import CAPS_WORDS
    from pipeline.extract.entities.head_runs import CAPITALISED
    old_caps = re.compile(r"(?:(?<![\w'’&.-])[A-Z]|(?:(?<=(?<![\w.,-])\d)|(?<=(?<![\w.,-])\d\d)|"
                          r"(?<=(?<![\w.,-])\d\d\d))[A-Z]{3})[A-Z0-9'’&.-]*(?![\w'’&-])")
    old_capitalised = re.compile(r"(?:(?<![\w&'’.-])|(?<=\bex-)|(?<=\n[-–])|(?<=^[-–]))[A-Z][\w'’&+]*")
    rng = random.Random(20)
    pieces = ["AB", "C", "x", "ex-", "-", "–", " ", "\n", ".", ",", "'", "’", "&", "1", "22", "333", "DEF", "s", "+"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert matches(CAPS_WORDS, text) == matches(old_caps, text), text
        assert matches(CAPITALISED, text) == matches(old_capitalised, text), text


def test_country_names_match_as_word_bounded_alternations() -> None:
    from pipeline.extract.entities.country_context import word_alternation
    names = {"Singapore", "Hong Kong", "HKSAR", "Hong Kong SAR", "'s-Land", "Korea", "South Korea"}
    new = re.compile(word_alternation(names) + r"\b")
    old = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    for text in ["Singapore, xSingapore, 1Singapore, _Singapore, Singapore_ and Singaporean", "Hong Kong SAR's HKSAR",
                 "South Korea and Korea; the 's-Land and x's-Land", "Hong Kong", "", "SingaporeHong Kong SAR"]:
        assert old.findall(text) == new.findall(text), text
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
    assert new.fullmatch("Singapore") and not new.fullmatch("xSingapore")


def test_alias_matcher_remembers_what_it_scans() -> None:
    from pipeline.extract.entities.aliases import AliasMatcher
    from pipeline.extract.entities.gazetteer import load_gazetteer
    matcher = AliasMatcher(load_gazetteer().alias_index())
    for text in ["Hong Kong Monetary Authority", "the Hong Kong Police Force and the Hong Kong", "Hong", "Kong Hong",
                 "HK$ 5 in Hong Kong dollars", "Ministry Of Finance", "", "the Legislative\n\nCouncil"]:
        scanned = list(matcher.scan(text))
        assert list(matcher.find(text)) == scanned == list(matcher.find(text)), text
    matcher.forget()
    assert not matcher.memo


def test_coordinated_and_plan_topics_match_as_before() -> None:
    from pipeline.extract.entities.plan_names import PLAN_TOPIC
    from pipeline.extract.entities.shared_place_heads import COORDINATED, NAME
    from pipeline.regexgate import LineGated
    old_coordinated = LineGated(re.compile(
        rf"(?<![\w&'’-])({NAME}(?:,[ ]+{NAME})*,?[ ]+and[ ]+{NAME})"
        rf"(?:[ ]((?:[A-Z][a-z]+[ ]){{0,2}}[A-Z][a-z]+s)\b|[ ]((?:MRT|MTR|LRT|Metro)[ ]stations)\b)"),
        re.compile(r"[ ](?:[A-Z][a-z]+s|stations)\b"))
    old_plan = re.compile(PLAN_TOPIC.pattern.pattern)
    for text in ["the Shek O and Lam Tei Quarries; xAb and Cd Parks; &Ab and Cd Parks", "Tai Po, Sha Tin and Ma On "
                 "Shan MTR stations", "the Action Plan on Hong Kong Maritime Services; xPlan for Ab Cd; -Plan on The X",
                 "the Strategy of Hydrogen Development in Hong Kong", ""]:
        assert matches(COORDINATED, text) == matches(old_coordinated, text), text
        assert matches(PLAN_TOPIC, text) == matches(old_plan, text), text


def test_shorter_company_names_are_remembered_as_computed() -> None:
    from pipeline.extract.entities.company_forms import FORM_WORDS, shorter_company_names, shorter_names
    for name in ["China Development Bank Corporation", "HSBC Holdings PLC", "Tesla, Inc.", "X", ""]:
        assert list(shorter_company_names(name)) == shorter_names(name, FORM_WORDS)
