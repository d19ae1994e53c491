"""A bare '$' read from evidence of the text's jurisdiction (issue 14, session 29: a Singapore budget passage on
bursaries that never names Singapore read its '$' as HKD): bodies, schemes and terms of one jurisdiction only, as data
with sources (pipeline/data/jurisdiction_evidence.en.json). Short forms that other countries share are weak (two
distinct ones are needed); the default stays where there is no evidence. All texts are made up."""

from __future__ import annotations

import re

from pipeline.extract.figures.currency import infer_currency
from pipeline.extract.figures.english import find_figures
from pipeline.extract.figures.jurisdiction_evidence import STRENGTHS, evidence_rows
from pipeline.extract.figures.reader import lexicon


def test_a_singapore_text_naming_no_country_reads_sgd() -> None:
    text = ("MOE will raise the bursary for students in the lowest income tier from $900 to $1,300 a year, "
            "and the CDC bursary rises by $200.")
    assert infer_currency(text) == "SGD"
    assert [f.unit for f in find_figures(text, infer_currency(text)) if f.kind == "money"] == ["SGD"] * 3
    assert infer_currency("Students at ITE and NAFA will each receive $500 more.") == "SGD"
    assert infer_currency("Parents with a Child Development Account get $3,000 more.") == "SGD"  # one strong cue


def test_one_shared_short_form_alone_keeps_the_default() -> None:
    assert infer_currency("MOE will spend $2 billion on new schools over five years.") == "HKD"
    assert infer_currency("The CDC grant of $5 million went to local clinics.") == "HKD"
    # the same short form twice is still one cue
    assert infer_currency("MOE said $30 million; MOE added that a further $10 million is set aside.") == "HKD"


def test_a_hong_kong_text_naming_singapore_once_stays_hkd() -> None:
    text = ("Salaries tax for 2031-32 will be reduced by 80%, capped at $6,000. Singapore offers a similar "
            "rebate to its taxpayers.")
    assert infer_currency(text) == "HKD"


def test_mixed_evidence_follows_the_stronger_side() -> None:
    # a Hong Kong place outweighs two shared short forms; the tie keeps the default
    assert infer_currency("A school in Kowloon got $3 million; MOE and the CDC sent visitors.") == "HKD"
    # two strong Singapore schemes outweigh one weak Hong Kong name
    assert infer_currency("The Housing Authority noted that Nitec holders may use Medisave for $400 of "
                          "fees.") == "SGD"


def test_a_us_text_stays_usd() -> None:
    assert infer_currency("The CDC received $2 billion from Congress for vaccines across the United States, "
                          "and the U.S. Treasury added $1 billion.") == "USD"


def test_the_evidence_list_is_data_with_sources() -> None:
    codes = set(lexicon("en")["locale_cues"])
    lexicon_cues = {p for patterns in lexicon("en")["locale_cues"].values() for p in patterns}
    lexicon_cues |= {p for patterns in lexicon("en")["locale_cues_weak"]["cues"].values() for p in patterns}
    patterns = [row["pattern"] for row in evidence_rows()]
    assert len(patterns) == len(set(patterns))
    for row in evidence_rows():
        assert row["currency"] in codes and row["strength"] in STRENGTHS and row["source"].strip()
        assert row["pattern"] not in lexicon_cues
        re.compile(row["pattern"])


def test_more_shared_singapore_forms_read_together() -> None:
    # session 29, second round: health, transport and grassroots short forms, weak each, SGD together
    assert infer_currency("MOH will spend $1 billion at the polyclinics.") == "SGD"
    assert infer_currency("The new MRT line will cost $2 billion, and COEs will be reviewed.") == "SGD"
    assert infer_currency("The CCCs will give $200 to each family; NEA will add $50.") == "SGD"
    # a clinic's name in capitals and one short form: the default stays
    assert infer_currency("Yan Oi Polyclinic in the west got $3 million; MOE sent staff.") == "HKD"
    assert infer_currency("The MRT in Taipei cost NT$2 billion; a further $1 billion was spent.") == "TWD"


def test_a_short_form_shared_with_a_jurisdiction_the_text_names_is_no_evidence() -> None:
    # review rmenb X1: the Mainland's Ministries of Finance and Education are the MOF and MOE too, and Hong Kong texts
    # name them; Taipei and Kuala Lumpur run an MRT; Malaysia has an MOE and an MOH
    hk = ("The Government will issue RMB sovereign bonds in the city on behalf of the Ministry of Finance (MOF). Our "
          "universities will work with the Ministry of Education (MOE) of the Central People's Government on the new "
          "scheme. A sum of $500 million will be set aside.")
    assert infer_currency(hk) == "HKD"
    assert [f.unit for f in find_figures(hk, infer_currency(hk)) if f.kind == "money"] == ["HKD"]
    assert infer_currency("The Taipei City Government said the MRT Circular Line will cost $60 billion. The Ministry "
                          "of Education (MOE) will fund $2 billion.") == "HKD"
    assert infer_currency("Under Budget 2024 in Malaysia, the MOE gets $58.7 billion and the MOH $41.2 "
                          "billion.") == "HKD"
    # a Singapore text naming none of them still reads its short forms
    assert infer_currency("MOE will spend $2.6 billion on schools. MOH will spend $1 billion on subsidised "
                          "healthcare.") == "SGD"


def test_ccc_alone_is_no_grassroots_committee() -> None:
    # review rmenb X2: Hong Kong's budget media sheets write 'child care centre (CCC)'; the plural and the full name of
    # Singapore's Citizens' Consultative Committees still count
    assert infer_currency("The Government will provide 1 500 more child care centre (CCC) places and raise the "
                          "subsidy quantum for each place to $3,000.") == "HKD"
    assert infer_currency("The Citizens' Consultative Committees will give $200 to each family; NEA will add "
                          "$50.") == "SGD"


def test_grc_alone_is_weak() -> None:
    # review rmenb X3: GRC is also governance, risk and compliance (banking, regtech); the constituency's full name is
    # strong, the short form weak
    assert infer_currency("Banks are adopting regtech for governance, risk and compliance (GRC). GRC solutions will "
                          "get $10 million.") == "HKD"
    assert infer_currency("Each Group Representation Constituency will get $2 million.") == "SGD"
    assert infer_currency("The Marine Parade GRC and the CCCs will each get $2 million.") == "SGD"


def test_saf_is_no_singapore_evidence() -> None:
    # review rmenb X4: SAF is sustainable aviation fuel in airport and climate texts of any jurisdiction
    assert infer_currency("The Airport Authority will set a mandate for sustainable aviation fuel (SAF). Importers of "
                          "SAF and the polyclinics will share $200 million.") == "HKD"
