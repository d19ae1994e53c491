"""Review mends of session 19 (review-reven.md M2, M3): made-up texts that failed before the mend."""

from __future__ import annotations

import re


def test_m2_one_shared_singapore_cue_leaves_a_hong_kong_dollar() -> None:
    from pipeline.extract.figures.currency import infer_currency
    # a foreign Ministry of Manpower, Changi, a Town Council, the UN SG: one such name is no Singapore text
    assert infer_currency("The Commissioner for Labour met the Minister of Manpower of Indonesia and officials of "
                          "the Ministry of Manpower in Jakarta. Agencies in Hong Kong may charge no more than $500.") \
        == "HKD"
    assert infer_currency("Our airport competes with Changi for transit passengers. The Airport Authority will "
                          "invest $141.5 billion in the three-runway system.") == "HKD"
    assert infer_currency("The Legislative Council approved a subsidy of $3,000 for each Town Council of the New "
                          "Territories.") == "HKD"
    assert infer_currency("The UN SG spoke. Fees rose to $500.") == "HKD"
    assert infer_currency("Officials of the Ministry of National Development Planning visited Hong Kong; the "
                          "fund holds $2 billion.") == "HKD"


def test_m2_several_distinct_singapore_cues_still_vote_sgd() -> None:
    from pipeline.extract.figures.currency import infer_currency
    assert infer_currency("The Ministry of Manpower and the Town Councils will share $40 million.") == "SGD"
    assert infer_currency("New polyclinics in Tampines and Bukit Panjang will cost $300 million.") == "SGD"
    assert infer_currency("The Minister for Manpower will raise the grant to $2,000 per worker.") == "SGD"
    assert infer_currency("Scale-up SG will support 20 firms with $10 million.") == "SGD"
    # heldout-ensg24-d (a Committee of Supply speech whose only other cue is Changi East), made up here
    assert infer_currency("At the Committee of Supply, members asked about Changi East, which will cost $10 billion.") \
        == "SGD"


def test_m2_weak_cues_count_like_their_regex() -> None:
    from pipeline.extract.figures.currency import compile_cue, count_cue, weak_cues
    text = "the Ministry of Manpower, Town Councils, Yishun and Punggol; Changi Airport"
    for patterns in weak_cues().values():
        for pattern in patterns:
            assert count_cue(text, *compile_cue(pattern)) == len(re.findall(pattern, text)), pattern


def _years(text: str) -> list[str]:
    from pipeline import extract_text
    doc = extract_text(text, model="blank")
    figs = doc["figures"] if isinstance(doc, dict) else doc.figures
    out = []
    for f in figs:
        raw = f.get("text") if isinstance(f, dict) else getattr(f, "text", "")
        out.append(str(raw))
    return out


def test_m3_only_the_expectancy_itself_is_an_age() -> None:
    for text, kept in [
        ("With longer life expectancy, retirees need savings lasting 25 years.", "25 years"),
        ("As life expectancy increases, the average retirement period has lengthened to 20 years.", "20 years"),
        ("Given rising life expectancy, the Government will extend the CPF LIFE payout period to 30 years.",
         "30 years"),
        ("Life expectancy has improved, so we will extend the lease term to 50 years.", "50 years"),
    ]:
        assert any(kept in t for t in _years(text)), (text, _years(text))


def test_m3_the_expectancy_itself_is_still_dropped() -> None:
    for text in [
        "Singaporeans have a life expectancy of 85 years.",
        "Life expectancy at birth reached 84 years in 2023.",
        "Life expectancy - 81 years for men and 86 years for women - is among the highest.",
        "Life expectancy for women was 87.7 years.",
        # a dash-set value after a relative clause (pool24, HK Budget 2014), made up here
        "Our people have a life expectancy which is among the highest in the region - 80 years for men and 85 years for women.",
    ]:
        assert not any("year" in t for t in _years(text)), (text, _years(text))
