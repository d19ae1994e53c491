"""pipeline.review.decisions: parsing, storing, re-applying across runs, vanished mentions, learned aliases."""

from __future__ import annotations

import csv
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.review.decisions import (
    Decision,
    apply_stored_decisions,
    learn_aliases,
    load_stored,
    parse_decisions,
    resolve,
    store_decisions,
    to_csv,
)
from pipeline.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
HEADER = "mention_id,decision,field,corrected_value,note,reviewer,decided_at\n"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_parse_reports_every_bad_row_with_its_line() -> None:
    text = ("\ufeff" + HEADER + "abcdef0123456789,accept,,,,ann,\n"
            "abcdef0123456789,maybe,,,,,\n"
            "not-an-id,reject,,,,,\n"
            "abcdef0123456789,correct,colour,red,,,\n"
            "abcdef0123456789,correct,value,lots,,,\n"
            ",,,,,,\n")
    with pytest.raises(ConfigError) as err:
        parse_decisions(text, "d.csv")
    msg = str(err.value)
    assert "d.csv:3: decision 'maybe'" in msg and "d.csv:4: mention_id 'not-an-id'" in msg
    assert "d.csv:5: a correction needs field" in msg and "d.csv:6: corrected value 'lots' is not a number" in msg
    assert "d.csv:2" not in msg and "d.csv:7" not in msg
    with pytest.raises(ConfigError, match="missing column"):
        parse_decisions("id,what\n1,2\n")


def test_latest_decision_sets_the_status_and_corrections_accumulate() -> None:
    ds = [Decision("aa", "correct", "value", "5", decided_at="2026-01-02"),
          Decision("aa", "correct", "unit", "USD", decided_at="2026-01-03"),
          Decision("aa", "correct", "value", "6", decided_at="2026-01-04"),
          Decision("bb", "reject", decided_at="2026-01-05"), Decision("bb", "accept", decided_at="2026-01-01")]
    final = resolve(ds)
    assert final["aa"] == ("correct", {"value": "6", "unit": "USD"}, "")
    assert final["bb"][0] == "reject"


@pytest.fixture()
def out(seed_run: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "out"
    shutil.copytree(seed_run, dest)
    return dest


def pick(out: Path) -> dict[str, dict[str, str]]:
    figures = read_csv(out / "figures.csv")
    places = read_csv(out / "places.csv")
    institutions = read_csv(out / "institutions.csv")
    other = next(r for r in figures if r["kind"] != "money" and r["source"].endswith((".txt", ".md")))
    money = next(r for r in figures if r["kind"] == "money" and r["source"] != other["source"])
    place = next(r for r in places if r["source"] != other["source"])
    inst = next(r for r in institutions if r["source"] != other["source"])
    return {"reject": other, "correct": money, "place": place, "inst": inst}


def decisions_csv(rows: dict[str, dict[str, str]]) -> str:
    return HEADER + "".join([
        f"{rows['reject']['mention_id']},reject,,,not a figure,ann,2026-11-01T10:00:00+00:00\n",
        f"{rows['correct']['mention_id']},correct,value,\"2,500\",typo in source,ann,2026-11-01T10:01:00+00:00\n",
        f"{rows['correct']['mention_id']},correct,unit,USD,,ann,2026-11-01T10:02:00+00:00\n",
        f"{rows['place']['mention_id']},correct,canonical,Somewhere Else,,ann,2026-11-01T10:03:00+00:00\n",
        f"{rows['inst']['mention_id']},accept,,,,ann,2026-11-01T10:04:00+00:00\n",
    ])


def check_reviewed(out: Path, rows: dict[str, dict[str, str]]) -> None:
    figures = {r["mention_id"]: r for r in read_csv(out / "figures_reviewed.csv")}
    assert rows["reject"]["mention_id"] not in figures
    fixed = figures[rows["correct"]["mention_id"]]
    assert (fixed["value"], fixed["unit"], fixed["review_status"]) == ("2500.0", "USD", "corrected")
    assert len(figures) == len(read_csv(out / "figures.csv")) - 1
    places = {r["mention_id"]: r for r in read_csv(out / "places_reviewed.csv")}
    assert places[rows["place"]["mention_id"]]["canonical"] == "Somewhere Else"
    inst = {r["mention_id"]: r for r in read_csv(out / "institutions_reviewed.csv")}
    assert inst[rows["inst"]["mention_id"]]["review_status"] == "accepted"
    untouched = [r for r in inst.values() if r["mention_id"] != rows["inst"]["mention_id"]]
    assert all(r["review_status"] == "" for r in untouched)


def test_store_and_apply_write_reviewed_tables(out: Path, tmp_path: Path) -> None:
    rows = pick(out)
    path = tmp_path / "decisions.csv"
    path.write_text(decisions_csv(rows), encoding="utf-8")
    new = parse_decisions(path.read_text("utf-8"))
    stored, unknown = store_decisions(out, new)
    assert len(stored) == 5 and unknown == []
    summary = apply_stored_decisions(out)
    assert summary is not None and (summary.rejected, summary.corrected, summary.accepted) == (1, 2, 1)
    check_reviewed(out, rows)
    # The store remembers what each mention looked like, for a later vanished report.
    snap = {d.mention_id: d for d in load_stored(out)}
    assert snap[rows["reject"]["mention_id"]].mention_text == rows["reject"]["text"]
    # Applying the same file again adds nothing.
    stored, _ = store_decisions(out, new)
    assert len(stored) == 5


def test_a_correction_of_a_field_the_table_does_not_have_is_refused(out: Path) -> None:
    place = read_csv(out / "places.csv")[0]
    with pytest.raises(ConfigError, match="field 'unit' cannot be corrected"):
        store_decisions(out, [Decision(place["mention_id"], "correct", "unit", "HKD")])


def test_unknown_mention_is_kept_and_reported_as_vanished(out: Path, caplog: pytest.LogCaptureFixture) -> None:
    _, unknown = store_decisions(out, [Decision("0123456789abcdef", "reject", note="gone")])
    assert [d.mention_id for d in unknown] == ["0123456789abcdef"]
    with caplog.at_level(logging.WARNING, logger="pipeline.review.decisions"):
        summary = apply_stored_decisions(out)
    assert summary is not None and [d.mention_id for d in summary.vanished or []] == ["0123456789abcdef"]
    assert read_csv(out / "decisions" / "vanished.csv")[0]["note"] == "gone"
    assert "no longer exist" in caplog.text
    assert [d.mention_id for d in load_stored(out)] == ["0123456789abcdef"]


def test_no_stored_decisions_means_no_reviewed_tables(out: Path) -> None:
    assert apply_stored_decisions(out) is None
    assert not (out / "figures_reviewed.csv").exists()


def test_learn_saves_the_surface_as_an_alias_the_gazetteer_accepts(out: Path) -> None:
    from pipeline.extract.entities.gazetteer import load_gazetteer

    inst = read_csv(out / "institutions.csv")[0]
    place = read_csv(out / "places.csv")[0]
    ds = [Decision(inst["mention_id"], "correct", "canonical", "Chinese Academy of Sciences"),
          Decision(place["mention_id"], "correct", "canonical", "Brand New Place")]
    store_decisions(out, ds)
    path, added = learn_aliases(out, ds)
    assert added == 2
    gaz = load_gazetteer([path])
    index = gaz.alias_index()
    shipped = next(e for e in load_gazetteer().entries if e.canonical == "Chinese Academy of Sciences")
    assert index[inst["text"]].id == shipped.id  # an existing entry keeps its id and type
    assert index[inst["text"]].type == shipped.type
    assert index[place["text"]].canonical == "Brand New Place" and index[place["text"]].id.startswith("place:user-")
    assert learn_aliases(out, ds)[1] == 0  # learning twice adds nothing


def run_pipeline(corpus: Path, out: Path) -> None:
    from pipeline.config import Config
    from pipeline.batch.runner import run

    run(Config(corpus=corpus, out=out))


@pytest.mark.slow
def test_round_trip_decisions_survive_reruns_and_vanished_ones_are_reported(tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    from pipeline.cli.commands import main

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    for p in corpus.iterdir():
        p.chmod(0o644)
    out = tmp_path / "out"
    run_pipeline(corpus, out)
    rows = pick(out)
    path = tmp_path / "decisions.csv"
    path.write_text(decisions_csv(rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "apply", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 rejected" in result.output
    check_reviewed(out, rows)

    run_pipeline(corpus, out)  # unchanged corpus
    check_reviewed(out, rows)

    # Change the document of the rejected figure: its mentions get new ids, the others keep theirs.
    changed = rows["reject"]["source"]
    (corpus / changed).unlink()  # the copies may share the repository file's read-only mode
    shutil.copy(ROOT / "corpus" / changed, corpus / changed)
    (corpus / changed).chmod(0o644)
    text = (corpus / changed).read_text("utf-8")
    (corpus / changed).write_text("Revised edition.\n\n" + text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="pipeline.review.decisions"):
        run_pipeline(corpus, out)
    vanished = read_csv(out / "decisions" / "vanished.csv")
    assert rows["reject"]["mention_id"] in {v["mention_id"] for v in vanished}
    assert {v["source"] for v in vanished} == {changed}
    assert "no longer exist" in caplog.text
    figures = {r["mention_id"] for r in read_csv(out / "figures_reviewed.csv")}
    for k in ("correct", "place", "inst"):  # decisions on the unchanged documents still apply
        table = {"correct": "figures", "place": "places", "inst": "institutions"}[k]
        reviewed = {r["mention_id"]: r for r in read_csv(out / f"{table}_reviewed.csv")}
        assert reviewed[rows[k]["mention_id"]]["review_status"] in ("corrected", "accepted")
    assert rows["reject"]["mention_id"] not in figures
    # The same figure under its new id is back, unreviewed: the reviewer is told, nothing is guessed.
    again = [r for r in read_csv(out / "figures_reviewed.csv") if r["text"] == rows["reject"]["text"]]
    assert again and all(r["review_status"] == "" for r in again)
    assert len(load_stored(out)) == 5  # nothing dropped from the store
    # The review report lists the vanished decision too.
    from pipeline.review.report import build_report

    index = build_report(out, corpus).read_text("utf-8")
    section = index[index.index('id="vanished"'):]
    assert rows["reject"]["mention_id"] in section and rows["correct"]["mention_id"] not in section


def test_to_csv_round_trips() -> None:
    ds = [Decision("ab12cd34", "correct", "subject", 'a "quoted", multi\nline', note="n", reviewer="r",
                   decided_at="2026-01-01")]
    assert parse_decisions(to_csv(ds)) == ds


@pytest.mark.slow
def test_a_learned_alias_changes_the_next_run(tmp_path: Path) -> None:
    from pipeline.cli.commands import main
    from pipeline.config import Config
    from pipeline.batch.runner import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(ROOT / "corpus" / "press-release-data-centres.html", corpus / "p.html")
    out = tmp_path / "out"
    run(Config(corpus=corpus, out=out))
    place = read_csv(out / "places.csv")[-1]
    path = tmp_path / "d.csv"
    path.write_text(HEADER + f"{place['mention_id']},correct,canonical,Learned Name,,,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "apply", str(path), "--out", str(out), "--learn"])
    assert result.exit_code == 0 and "learned 1 alias(es)" in result.output, result.output
    learned = out / "decisions" / "gazetteer.learned.jsonl"
    run(Config(corpus=corpus, out=out, gazetteers=(learned,)))
    fresh = {r["mention_id"]: r for r in read_csv(out / "places.csv")}
    assert fresh[place["mention_id"]]["canonical"] == "Learned Name"  # the tables themselves, not only *_reviewed
    assert fresh[place["mention_id"]]["country_code"] == place["country_code"]


def test_corrected_text_is_written_safe_for_spreadsheets(out: Path) -> None:
    fig = read_csv(out / "figures.csv")[0]
    store_decisions(out, [Decision(fig["mention_id"], "correct", "subject", '=HYPERLINK("http://x")')])
    apply_stored_decisions(out)
    row = next(r for r in read_csv(out / "figures_reviewed.csv") if r["mention_id"] == fig["mention_id"])
    assert row["subject"] == "'=HYPERLINK(\"http://x\")"
