"""Gazetteer JSONL files → validated `Entry` records and an alias index (shipped files + user files)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import AbstractSet, Any, Iterable

from pipeline.errors import DataFileError

REQUIRED = ("id", "canonical", "type", "aliases")
KNOWN = set(REQUIRED) | {"acronym", "country_code", "parent", "lat", "lon", "note", "zh", "lang", "source",
                         "context_aliases", "sites"}
TABLES = {"places": "place", "institutions": "institution"}


@dataclass(frozen=True)
class Entry:
    id: str
    table: str  # place | institution
    canonical: str
    type: str
    aliases: tuple[str, ...]
    acronym: str = ""
    country_code: str = ""
    parent: str = ""
    lat: float | None = None
    lon: float | None = None
    source: str = ""
    zh: tuple[str, ...] = ()  # Chinese names (Traditional and Simplified), matched like aliases
    # Ambiguous short names: (alias, words) — the alias names this entry only in a document that also
    # contains one of the words ('Hong Kong Park' is the Hetao site where the text names Hetao or the Loop,
    # else the park in Central; 'EDB' is Singapore's board where the text names the board).
    context_aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sites: tuple[str, ...] = ()  # a news outlet's host labels that do not spell its name ('hongkongfp')

    def names(self) -> tuple[str, ...]:
        """Every surface form that names this entry: canonical, aliases, Chinese names."""
        return tuple(dict.fromkeys((self.canonical, *self.aliases, *self.zh)))


CAMEL_SHORT = re.compile(r"[A-Z][a-z]{1,5}[A-Z][a-z]{1,5}")
CENTRAL_BANK_OF = re.compile(r"Central Bank of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[Entry, ...]

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def alias_index(self) -> dict[str, Entry]:
        """alias (exact) → entry; later files (user gazetteers) override earlier ones."""
        index: dict[str, Entry] = {}
        for entry in self.entries:
            for alias in entry.names():
                index[alias] = entry
        for alias, choices in self.contextual().items():
            index.setdefault(alias, choices[0][0])  # found by the matcher; the recognizer picks by context
        # Names write 'and' and '&' interchangeably ('Securities & Futures Commission'); a spelled variant
        # never takes an alias another entry claims as written. A short form with a capital inside ('LegCo', 'ExCo')
        # is written with one capital in the press ('Legco', 'Exco').
        # A central bank is also named with its country first ('the UAE Central Bank' = 'the Central Bank of the
        # UAE'; eninst, session 20), again only where no other entry claims that name.
        for alias, entry in list(index.items()):
            of_country = CENTRAL_BANK_OF.fullmatch(alias) if entry.type == "central bank" else None
            if of_country is not None:
                index.setdefault(f"{of_country.group(1)} Central Bank", entry)
                for mark in ("'s", "’s"):  # 'the UAE's Central Bank' (enpl, session 27)
                    index.setdefault(f"{of_country.group(1)}{mark} Central Bank", entry)
            if CAMEL_SHORT.fullmatch(alias):
                index.setdefault(alias.capitalize(), entry)
            if " and " in alias:
                index.setdefault(alias.replace(" and ", " & "), entry)
            elif " & " in alias:
                index.setdefault(alias.replace(" & ", " and "), entry)
        return index

    def contextual(self) -> dict[str, list[tuple[Entry, tuple[str, ...]]]]:
        """alias → (entry, context words) for every alias that needs context (`context_aliases`)."""
        out: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
        for entry in self.entries:
            for alias, words in entry.context_aliases:
                out.setdefault(alias, []).append((entry, words))
        return out

    def governments(self) -> dict[str, Entry]:
        """place id → the institution of type 'government' whose parent is that place."""
        return {e.parent: e for e in self.entries
                if e.table == "institution" and e.type == "government" and e.parent.startswith("place:")}


def shipped_files() -> list[tuple[str, str]]:
    """(name, text) of every gazetteer shipped in pipeline/data, in a stable order."""
    data = resources.files("pipeline.data")
    out = []
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.startswith("gazetteer.") and item.name.endswith(".jsonl"):
            out.append((item.name, item.read_text("utf-8")))
    return out


def table_of(name: str) -> str:
    for key, table in TABLES.items():
        if f".{key}" in name:
            return table
    return ""


def read_jsonl(name: str, text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """(line number, object) of every non-blank, non-'//' line, plus 'file:line: message' for bad ones."""
    objects: list[tuple[int, dict[str, Any]]] = []
    errors: list[str] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{lineno}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(raw, dict):
            errors.append(f"{name}:{lineno}: expected an object")
            continue
        objects.append((lineno, raw))
    return objects, errors


def parse_file(name: str, text: str, default_table: str = "", shipped: bool = False
               ) -> tuple[list[Entry], list[str]]:
    """Entries of one JSONL file, plus every problem found as 'file:line: message'.

    Shipped files must use the id prefix of their table ('place:' / 'inst:'); user files may use any id.
    """
    entries: list[Entry] = []
    objects, errors = read_jsonl(name, text)
    file_table = table_of(name) or default_table
    for lineno, raw in objects:
        missing = [k for k in REQUIRED if not raw.get(k)]
        unknown = sorted(set(raw) - KNOWN - {"table"})
        if missing:
            errors.append(f"{name}:{lineno}: missing {', '.join(missing)}")
            continue
        if unknown:
            errors.append(f"{name}:{lineno}: unknown key(s) {', '.join(unknown)}")
            continue
        table = raw.get("table") or file_table
        if table not in ("place", "institution"):
            errors.append(f"{name}:{lineno}: table must be place or institution (or name the file "
                          f"gazetteer.places.jsonl / gazetteer.institutions.jsonl)")
            continue
        aliases = raw["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errors.append(f"{name}:{lineno}: aliases must be a list of non-empty strings")
            continue
        zh = raw.get("zh", [])
        if not isinstance(zh, list) or not all(isinstance(a, str) and a.strip() for a in zh):
            errors.append(f"{name}:{lineno}: zh must be a list of non-empty strings")
            continue
        context = raw.get("context_aliases", {})
        if not isinstance(context, dict) or not all(
                isinstance(a, str) and a.strip() and isinstance(w, list) and w and all(isinstance(x, str) for x in w)
                for a, w in context.items()):
            errors.append(f"{name}:{lineno}: context_aliases must map an alias to a non-empty list of words")
            continue
        sites = raw.get("sites", [])
        if not isinstance(sites, list) or not all(isinstance(a, str) and a.strip() for a in sites):
            errors.append(f"{name}:{lineno}: sites must be a list of non-empty strings")
            continue
        src = raw.get("source", "")
        if not isinstance(src, str):
            errors.append(f"{name}:{lineno}: source must be a string")
            continue
        bad_coord = [k for k in ("lat", "lon") if k in raw and not isinstance(raw[k], (int, float))]
        if bad_coord:
            errors.append(f"{name}:{lineno}: {', '.join(bad_coord)} must be a number")
            continue
        prefix = "place:" if table == "place" else "inst:"
        if shipped and not str(raw["id"]).startswith(prefix):
            errors.append(f"{name}:{lineno}: id {raw['id']} of a {table} must start with '{prefix}'")
            continue
        entries.append(Entry(
            id=str(raw["id"]), table=table, canonical=str(raw["canonical"]), type=str(raw["type"]),
            aliases=tuple(dict.fromkeys(a.strip() for a in aliases)), acronym=str(raw.get("acronym", "")),
            country_code=str(raw.get("country_code", "")), parent=str(raw.get("parent", "")),
            lat=raw.get("lat"), lon=raw.get("lon"), source=f"{name}:{lineno}" + (f" ({src})" if src else ""),
            zh=tuple(dict.fromkeys(a.strip() for a in zh)),
            context_aliases=tuple((a.strip(), tuple(w)) for a, w in context.items()),
            sites=tuple(a.strip() for a in sites),
        ))
    return entries, errors


def validate(entries: Iterable[Entry], user_sources: AbstractSet[str] = frozenset()) -> list[str]:
    """Duplicate ids, and an alias claimed by two canonicals (within the shipped data)."""
    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    claimed: dict[str, Entry] = {}
    for e in entries:
        if e.id in seen_ids and not _is_user(e, user_sources):
            errors.append(f"{e.source}: duplicate id {e.id} (first at {seen_ids[e.id]})")
        seen_ids.setdefault(e.id, e.source)
        if _is_user(e, user_sources):
            continue
        for alias in e.names():
            other = claimed.get(alias)
            if other is not None and other.id != e.id:
                errors.append(f"{e.source}: alias '{alias}' already belongs to {other.id} ({other.source})")
            claimed[alias] = e
    return errors


def _is_user(entry: Entry, user_sources: AbstractSet[str]) -> bool:
    return entry.source.split(" (", 1)[0].rsplit(":", 1)[0] in user_sources


def load_gazetteer(user_files: Iterable[Path] = ()) -> Gazetteer:
    """Shipped gazetteers plus user files (which take precedence); raise DataFileError listing every problem."""
    entries: list[Entry] = []
    errors: list[str] = []
    for name, text in shipped_files():
        got, errs = parse_file(name, text, shipped=True)
        entries += got
        errors += errs
    user_names: set[str] = set()
    for path in user_files:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror})")
            continue
        user_names.add(str(path))
        got, errs = parse_file(str(path), text, default_table="")
        entries += got
        errors += errs
    errors += validate(entries, user_names)
    if errors:
        raise DataFileError("invalid gazetteer data:\n" + "\n".join(errors))
    return Gazetteer(tuple(entries))


def load_json_data(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("pipeline.data").joinpath(name).read_text("utf-8"))  # type: ignore[no-any-return]
