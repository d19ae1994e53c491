"""eval: the GUIDELINES.md matching rules, and dev-set floors (raise them as quality rises; never lower)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.review.evaluation import evaluate, figure_match, max_matching, norm_name, norm_unit

FLOORS = {"figures": 0.97, "places": 0.95, "institutions": 0.95}


@pytest.mark.parametrize("pred, gold, ok", [
    ({"kind": "money", "value": 150e9, "unit": "HKD"}, {"kind": "money", "value": 150e9, "unit": "HKD"}, True),
    ({"kind": "money", "value": 150e9, "unit": "USD"}, {"kind": "money", "value": 150e9, "unit": "HKD"}, False),
    ({"kind": "money", "value": 150.6e9, "unit": "HKD"}, {"kind": "money", "value": 150e9, "unit": "HKD"}, True),
    ({"kind": "money", "value": 151e9, "unit": "HKD"}, {"kind": "money", "value": 150e9, "unit": "HKD"}, False),
    ({"kind": "quantity", "value": 4, "unit": ""}, {"kind": "count", "value": 4, "unit": "platform"}, True),
    ({"kind": "ratio", "value": 0.2}, {"kind": "fraction", "value": 0.2}, True),
    ({"kind": "area", "value": 87, "unit": "ha"}, {"kind": "area", "value": 87, "unit": "hectare"}, True),
    ({"kind": "area", "value": 87, "unit": "acre"}, {"kind": "area", "value": 87, "unit": "hectare"}, False),
    ({"kind": "duration", "value": 3, "value_max": 4, "unit": "years"},
     {"kind": "duration", "value": 3, "value_max": 4, "unit": "year"}, True),
    ({"kind": "duration", "value": 3, "unit": "year"}, {"kind": "duration", "value": 3, "value_max": 4, "unit": "year"}, False),
    ({"kind": "money", "value": 0, "unit": "HKD"}, {"kind": "money", "value": 0, "unit": "HKD"}, True),
    ({"kind": "percent", "value": 2}, {"kind": "count", "value": 2, "unit": "post"}, False),
])
def test_figure_match(pred: dict, gold: dict, ok: bool) -> None:  # type: ignore[type-arg]
    assert figure_match(pred, gold) is ok


def test_names_and_units_normalise() -> None:
    assert norm_name("the Shenzhen Municipal People’s Government") == norm_name("Shenzhen Municipal People's Government")
    assert norm_name("  Hong  Kong SAR ") == "hong kong sar"
    assert norm_unit("sq m") == norm_unit("m2") == "square metre"
    assert norm_unit("km") == "kilometre" and norm_unit("yr") == "year"


def test_matching_is_one_to_one_and_maximal() -> None:
    preds = [{1, 2}, {1}]
    golds = [{1}, {2}]
    assert len(max_matching(preds, golds, lambda p, g: bool(p & g))) == 2
    assert len(max_matching([{1}, {1}], [{1}], lambda p, g: bool(p & g))) == 1


def test_devset_floors(shared_dir: Path, devset_run: Path) -> None:
    scores = evaluate(shared_dir / "devset", devset_run)
    for table, floor in FLOORS.items():
        assert scores[table].f1 >= floor, f"{table} F1 {scores[table].f1:.3f} < {floor}"


def test_eval_cli_prints_scores_and_misses(shared_dir: Path, devset_run: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli.commands import main

    r = CliRunner().invoke(main, ["eval", str(shared_dir / "devset"), "--out", str(devset_run), "--misses"])
    assert r.exit_code == 0
    assert r.output.splitlines()[0].split()[:4] == ["table", "P", "R", "F1"]
    assert any(line.startswith("figures") for line in r.output.splitlines())


def test_eval_without_gold_is_a_clear_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli.commands import main

    r = CliRunner().invoke(main, ["eval", str(tmp_path), "--out", str(tmp_path)])
    assert r.exit_code == 2 and "gold" in r.output
