"""Gazetteers → Chinese alias table: every Chinese name of every entry, plus pipeline/data/gazetteer_zh_aliases.jsonl.

The shipped gazetteers carry Chinese names in `aliases` or in a `zh` list; the zh alias file adds
names they lack, either to an existing id or as a new entry. A new entry whose canonical or English
alias already belongs to a shipped entry joins that entry, so one place has one id in both
languages. An alias claimed twice keeps its first owner (shipped data first).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipeline.errors import DataFileError
from pipeline.extract.entities.gazetteer import Entry, Gazetteer, read_jsonl, shipped_files

ZH_FILE = "gazetteer_zh_aliases.jsonl"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class ZhGazetteer:
    entries: dict[str, Entry]
    aliases: tuple[tuple[str, str], ...]  # (Chinese alias as written in the data, entry id), first owner first
    redirects: dict[str, str]  # id used in the zh alias file → id it was merged into

    def resolve(self, eid: str) -> str:
        return self.redirects.get(eid, eid)


@lru_cache(maxsize=1)
def zh_lines() -> tuple[tuple[int, dict], ...]:  # type: ignore[type-arg]
    """(line number, object) of the zh alias file; a bad line raises DataFileError naming file:line."""
    text = resources.files("pipeline.data").joinpath(ZH_FILE).read_text("utf-8")
    out = []
    objects, errors = read_jsonl(ZH_FILE, text)
    for lineno, raw in objects:
        if not raw.get("id") or not isinstance(raw.get("zh"), list):
            errors.append(f"{ZH_FILE}:{lineno}: expected an object with 'id' and a 'zh' list")
            continue
        if raw.get("canonical") and raw.get("table") not in ("place", "institution"):
            errors.append(f"{ZH_FILE}:{lineno}: a new entry needs 'table': place or institution")
            continue
        out.append((lineno, raw))
    if errors:
        raise DataFileError("invalid Chinese gazetteer data:\n" + "\n".join(errors))
    return tuple(out)


def new_entry(lineno: int, raw: dict) -> Entry:  # type: ignore[type-arg]
    return Entry(
        id=str(raw["id"]), table=str(raw["table"]), canonical=str(raw["canonical"]), type=str(raw.get("type", "")),
        aliases=tuple(dict.fromkeys([*raw.get("aliases", []), *raw["zh"]])), acronym=str(raw.get("acronym", "")),
        country_code=str(raw.get("country_code", "")), parent=str(raw.get("parent", "")),
        source=f"{ZH_FILE}:{lineno}")


def shipped_zh_names() -> list[tuple[str, str]]:
    """(entry id, Chinese name) from the `zh` lists of the shipped gazetteer files."""
    out = []
    for _, text in shipped_files():
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError:
                continue  # gazetteer.load_gazetteer reports it
            if isinstance(raw, dict) and isinstance(raw.get("zh"), list):
                out += [(str(raw.get("id")), str(a)) for a in raw["zh"] if isinstance(a, str) and a.strip()]
    return out


def build_zh(gazetteer: Gazetteer) -> ZhGazetteer:
    entries = dict(gazetteer.by_id())
    english: dict[str, str] = {}
    for e in gazetteer.entries:
        for a in (e.canonical, *e.aliases):
            english.setdefault(a.casefold(), e.id)
    pairs: list[tuple[str, str]] = []
    for e in reversed(gazetteer.entries):  # user files come last and take precedence
        pairs += [(a, e.id) for a in (e.canonical, *e.aliases, *getattr(e, "zh", ())) if CJK.search(a)]
    pairs += [(a, eid) for eid, a in shipped_zh_names() if eid in entries]
    redirects: dict[str, str] = {}
    for lineno, raw in zh_lines():
        eid = str(raw["id"])
        if eid not in entries:
            names = [raw.get("canonical") or raw.get("name") or "", *raw.get("aliases", [])]
            same = next((english[n.casefold()] for n in names if n and n.casefold() in english), None)
            if same is not None:
                redirects[eid] = same
                eid = same
            elif raw.get("canonical"):
                entries[eid] = new_entry(lineno, raw)
        if eid in entries:
            pairs += [(a, eid) for a in raw["zh"] if a.strip()]
    return ZhGazetteer(entries, tuple(dict.fromkeys(pairs)), redirects)
