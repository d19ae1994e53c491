"""The word lists generated from jieba's dictionary and our gazetteers are what their scripts give today.

`zh_word_bounds.json`, `zh_clause_verbs.json`, `zh_common_words.json` and `zh_lead_words.json` are built from the place gazetteers (a
place name is never a common word, a straddle word or a clause verb). Edit a gazetteer and forget to rerun the
scripts, and the lists lag: a new place can be dropped as a 'common word' or read across. Session 16 found them 13
words and one verb behind, session 17 the lead words 19 behind; this test makes a lag fail with the command that mends it.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "pipeline" / "data"


@pytest.mark.slow
@pytest.mark.parametrize("script, shipped", [
    ("build_zh_word_bounds", "zh_word_bounds.json"),
    ("build_zh_clause_verbs", "zh_clause_verbs.json"),
    ("build_zh_common_words", "zh_common_words.json"),
    ("build_zh_bare_noun_words", "zh_bare_noun_words.json"),
    ("build_zh_lead_words", "zh_lead_words.json"),
    ("build_zh_frequent_words", "zh_frequent_words.json"),
])
def test_shipped_list_is_the_script_output(script: str, shipped: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("jieba")
    pytest.importorskip("opencc")
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # the scripts import each other as top-level modules
    module = importlib.import_module(script)
    expected = json.loads(json.dumps(module.build(), ensure_ascii=False))
    assert json.loads((DATA / shipped).read_text("utf-8")) == expected, (
        f"pipeline/data/{shipped} lags the gazetteers: run .venv/bin/python scripts/{script}.py")
