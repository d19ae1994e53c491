"""Names as a store that cannot hold Hong Kong's own characters writes them: the character dropped.

Hong Kong government text is typeset in the territory's standard forms, a few of which, in names, exist only in the
Hong Kong Supplementary Character Set (HKSCS), not in Big5: 衞 (衞生署, 世界衞生組織, 食物及衞生局), 脷 (鴨脷洲), 鱲
(赤鱲角). A page kept with a private-use code point is read back by `lang.hkscs_char`; a page that went through a
plain Big5 step loses the character altogether (世界生組織: DECISIONS-zh 32 lists such surfaces as aliases). So a name
whose Hong Kong form holds one of these characters (entities_zh.json hkscs_dropped: the list, each checked against
the big5hkscs and cp950 codecs by tests) is also known without it, where what is left is long enough to be no common
word. Hong Kong forms: OpenCC's s2hk table (卫, 衛 → 衞). Built once with the gazetteer, each character converted once.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["dropped_hkscs_names"]


@lru_cache(maxsize=1)
def _s2hk() -> object:
    from opencc import OpenCC  # type: ignore[import-untyped]

    return OpenCC("s2hk")


@lru_cache(maxsize=8192)
def _dropped(ch: str, chars: str) -> bool:
    """Whether the Hong Kong form of `ch` is one of `chars` (卫, 衛, 衞 → 衞)."""
    return ch in chars or _s2hk().convert(ch) in chars  # type: ignore[attr-defined]


def dropped_hkscs_names(pairs: list[tuple[str, str]], have: set[str], rules: dict[str, object]) -> list[tuple[str, str]]:
    """(name without its dropped characters, entry id) for each name that holds any, left long enough and new."""
    chars, least = str(rules["chars"]), int(str(rules["min_left"]))
    out = []
    for name, eid in pairs:
        if name.isascii():
            continue
        kept = "".join(ch for ch in name if not _dropped(ch, chars))
        if kept != name and len(kept) >= least and kept not in have:
            out.append((kept, eid))
    return out
