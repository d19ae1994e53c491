"""A compiled regex → the same `finditer`, faster: a gate built from the pattern's own literal prefixes
finds the positions where a match can start, and the pattern is tried only there.

Why: Python's `re` tries every alternative of a big alternation at every position it scans (it has a
fast skip only for a plain literal or character-class start). Our grammars (time expressions, list
triggers) are alternations of dozens of word lists, so most of their cost is failing at word starts
where nothing can match. The gate is a lookahead of the prefixes the pattern's branches begin with
(up to MAX_PREFIX characters, merged into a trie), read from the pattern's parse tree: it is a
superset test (it may let through a position where the pattern then fails, never the reverse), so
the matches, in order, are exactly those of `pattern.finditer` (tests/test_regexgate.py compares them).
A pattern the gate cannot describe (a branch that can start with any character, or match the empty
string) keeps its plain `finditer`. A pattern whose every match starts at a line start (\\A, ^, or a
lookbehind ending in a newline: headings) is tried only after the newlines str.find finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

MAX_PREFIX = 6  # characters (or repeated characters) of a branch's prefix the gate tests (measured: 4 lets through 1.4x as many)
MAX_HEADS = 4000  # prefixes followed at once; past this they are cut short (still a superset)
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_AT = {C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B"}
Prefix = tuple[str, ...]  # regex fragments, one character each
Heads = list[tuple[Prefix, bool]]  # (prefix so far, can it grow)


class GatedPattern:
    """`finditer` of `pattern`, trying the pattern only where the gate lets it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.line_anchored = line_anchored(pattern)
        self.gate = None if self.line_anchored else build_gate(pattern)
        self.gated = None if self.gate is None else gated_pattern(pattern, self.gate)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.line_anchored:
            yield from self._at_line_starts(text, pos, end)
            return
        if self.gate is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        if self.gated is not None:
            yield from self.gated.finditer(text, pos, end)
            return
        match = self.pattern.match
        done = pos  # matches do not overlap: the next starts at or after the last one's end
        for g in self.gate.finditer(text, pos, end):
            at = g.start()
            if at < done:
                continue
            m = match(text, at, end)
            if m is not None:
                yield m
                done = m.end()

    def _at_line_starts(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of a pattern that can only start at the text's start or after a newline, tried
        at those positions only (found with str.find)."""
        match = self.pattern.match
        done = pos
        if pos == 0 or text[pos - 1] == "\n":
            at = pos
        else:
            at = text.find("\n", pos, end) + 1
            if at == 0:
                return
        while True:
            if at >= done:
                m = match(text, at, end)
                if m is not None:
                    yield m
                    done = m.end()
            nl = text.find("\n", at, end)
            if nl < 0:
                return
            at = nl + 1


def gated_pattern(pattern: re.Pattern[str], gate: re.Pattern[str]) -> re.Pattern[str] | None:
    """The gate and the pattern as one regex ('GATE(?:PATTERN)', the pattern's global flags in front), so the
    loop of `GatedPattern.finditer` runs in C: the gate is zero-width and holds no group, so the matches and
    their groups are the pattern's (a global flag applied to the gate only widens it). None if it will not
    compile so."""
    src = pattern.pattern
    glob = re.match(r"(?:\(\?[aiLmsux]+\))*", src)
    flags_src = glob.group() if glob else ""
    try:
        combined = re.compile(flags_src + gate.pattern + "(?:" + src[len(flags_src):] + ")", pattern.flags)
    except re.error:
        return None
    if gate.groups or combined.groups != pattern.groups or combined.groupindex != pattern.groupindex:
        return None
    return combined

def gated_search(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its gate in front (gated_pattern), for `search`, `match` and `finditer` in a window: the same
    matches and groups (the gate is a zero-width superset test of where a match can start), found faster where the
    pattern is a case-insensitive alternation searched backwards from a figure ('than|compared with|as against|...'
    + '$': re enters it at every position of the window). `pattern` itself where no gate can be built. Opt-in per
    pattern, where measured faster (a gate of short common prefixes is slower: tests/test_regexgate.py)."""
    gate = None if line_anchored(pattern) else build_gate(pattern)
    combined = None if gate is None else gated_pattern(pattern, gate)
    return pattern if combined is None else combined


class LeadPattern:
    """`finditer` of a pattern that starts with zero-width tests looking back or at a word boundary ('\\b',
    '(?<![\\w$])'): its rest is searched alone and the lead tested where the rest matches.

    Why: `re` has a fast skip to a pattern's possible first characters ('[Tt]he', 'Link|Line|...'), but
    not when the pattern starts with an assertion; then every position is tried. The lead is zero-width and
    holds no group, so a match of the rest at a position where the lead holds is the pattern's match there
    (same span, same groups), and positions where it does not are passed over one at a time. Opt-in per
    pattern, where measured faster (a rest that matches inside many words would be slower); a pattern it
    cannot split, or whose rest may match nothing, keeps its plain `finditer` (tests/test_regexgate.py)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.split = split_lead(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.split is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        lead, rest = self.split
        search, holds = rest.search, lead.match
        while True:
            m = search(text, pos, end)
            if m is None:
                return
            if holds(text, m.start(), end) is None:
                pos = m.start() + 1
                continue
            yield m
            pos = m.end()  # never empty (split_lead)



class TailGated:
    """`finditer` of a pattern whose every match is a head of `widths` characters (min, max), a run of
    `sep` characters and then a match of `tail` ('company, such as'): the tail is searched (a literal start,
    so re skips to it fast) and the pattern tried only at the starts a head before it can have, in order.

    Exact when the contract holds and the tail's occurrences never overlap: a match at p holds a tail
    occurrence at t, with only `sep` characters between its head's end and t, so p lies in the window tried
    for t (the one before t where windows overlap), and earlier positions of a window are tried first."""

    def __init__(self, pattern: re.Pattern[str], tail: re.Pattern[str], widths: tuple[int, int], sep: str) -> None:
        self.pattern, self.tail, self.widths, self.sep = pattern, tail, widths, sep

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, sep = self.pattern.match, self.sep
        lo, hi = self.widths
        done = 0  # the next match starts at or after the last one's end
        for t in self.tail.finditer(text):
            at = k = t.start()
            while k > 0 and text[k - 1] in sep:
                k -= 1
            for p in range(max(done, k - hi), at - lo + 1):
                m = match(text, p)
                if m is not None:
                    yield m
                    done = m.end()
                    break

class LineGated:
    """`finditer` of a pattern whose every match lies on one line (it holds no newline) on which `needle`
    matches too ('... Quarantine Complex': 'Quarantine '): the pattern is tried only on the lines where a
    search for the needle lands, the same matches in order.

    Why: a pattern that opens with a lookbehind or a capitalised run ('(?<![\\w-])(?:[A-Z]\\w*[ ]){1,5}X') gets
    no fast skip from `re` and is entered at every position or every capital, though a rare word it needs
    is on few lines. Each line is searched up to and with its newline and the text before it stays visible
    (a lookbehind reads it), so a test at the line's end sees the newline as in the whole text; `$` is not
    read there (a pattern that tests the end writes '(?:\\n|$)'). Opt-in per pattern, whose contract the
    caller states (tests/test_regexgate.py compares the matches)."""

    def __init__(self, pattern: re.Pattern[str] | LineGated, needle: re.Pattern[str]) -> None:
        self.pattern, self.needle = pattern, needle  # (a LineGated pattern: its lines must hold both needles)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        search, finditer = self.needle.search, self.pattern.finditer
        at = pos
        while at < end:
            n = search(text, at, end)
            if n is None:
                return
            start = max(at, text.rfind("\n", at, n.start()) + 1)
            stop = text.find("\n", n.start(), end) + 1 or end
            yield from finditer(text, start, stop)
            at = stop


_LEAD = re.compile(r"\\[bB]|\(\?<?[=!]|\(\?:")  # (a '(?:' group leads when it is zero-width: '(?:(?<!x)|(?<=\\n-))')


def split_lead(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(lead, rest) compiled with the pattern's flags, or None: the lead is the leading run of '\\b', '\\B'
    and lookaround groups, without groups of its own; the rest cannot match the empty string."""
    src = pattern.pattern
    if not isinstance(src, str) or pattern.flags & re.VERBOSE:
        return None
    glob = re.match(r"(?:\(\?[aiLmsux]+\))*", src)
    flags_src = glob.group() if glob else ""
    at = len(flags_src)
    while (m := _LEAD.match(src, at)) is not None:
        if m.group().startswith("\\"):
            at = m.end()
            continue
        group = m.group() == "(?:"
        close = _closing(src, m.end(), group)
        if close < 0:
            return None
        if group and not _zero_width(src[at:close + 1], pattern.flags):
            break  # a group that reads text starts the rest
        at = close + 1
    if at == len(flags_src) or _closing(src + ")", at) != len(src):
        return None  # no lead, or a '|' at the top level: the lead belongs to the first branch only
    try:
        lead = re.compile(flags_src + src[len(flags_src):at], pattern.flags)
        rest = re.compile(flags_src + src[at:], pattern.flags)
    except re.error:
        return None
    if lead.groups or rest.groups != pattern.groups or rest.groupindex != pattern.groupindex or \
            P.parse(rest.pattern, rest.flags).getwidth()[0] == 0:
        return None
    return lead, rest


def _zero_width(group: str, flags: int) -> bool:
    """A group of tests only ('(?:(?<![\\w-])|(?<=\\bex-))'): it reads no character and captures nothing."""
    try:
        return P.parse(group, flags).getwidth() == (0, 0) and re.compile(group, flags).groups == 0
    except re.error:
        return False


def _closing(src: str, at: int, branches: bool = False) -> int:
    """Index of the ')' closing the group whose body starts at `at` (escapes and classes skipped), or -1
    (also when the body is an alternation, unless `branches`: a lookaround's branches need not be looked into)."""
    depth, k, n = 1, at, len(src)
    while k < n:
        ch = src[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            k += 1
            if k < n and src[k] == "^":
                k += 1
            if k < n and src[k] == "]":
                k += 1  # a ']' first in a class is a literal
            while k < n and src[k] != "]":
                k += 2 if src[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
        elif ch == "|" and depth == 1 and not branches:
            return -1
        k += 1
    return -1


def line_anchored(pattern: re.Pattern[str]) -> bool:
    """Every match starts at the text's start or right after a newline: each top-level alternative
    begins with \\A, ^, or a lookbehind that ends in a newline (or an alternation of those)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return False
    parsed = P.parse(pattern.pattern, pattern.flags)
    items = list(parsed)
    if not items or not _anchored(items[0][0], items[0][1]):
        return False
    heads = _sequence(items, parsed.state.flags, [((), True)])
    return not any(_can_be_empty(p) for p, _ in heads)  # never an empty match (finditer's rule for those differs)


def _anchored(op: Any, av: Any) -> bool:
    if op is C.AT:
        return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)  # '^' is a line start with or without (?m)
    if op is C.ASSERT and av[0] == -1:
        sub = list(av[1])
        return bool(sub) and sub[-1] == (C.LITERAL, 10)
    if op is C.SUBPATTERN:
        sub = list(av[3])
        return bool(sub) and _anchored(sub[0][0], sub[0][1])
    if op is C.BRANCH:
        return all(len(alt) > 0 and _anchored(alt[0][0], alt[0][1]) for alt in av[1])
    return False


def build_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The gate regex (zero-width, so consecutive candidate positions are all found), or None."""
    if pattern.flags & (re.LOCALE | re.ASCII | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    parsed = P.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags
    items = list(parsed)
    lead = ""
    # leading assertions on one character or a word boundary narrow the positions: kept in the gate
    while items:
        op, av = items[0]
        if op is C.AT and av in _AT:
            lead += _AT[av]
        elif op in (C.ASSERT, C.ASSERT_NOT) and len(av[1]) == 1:
            sub_op, sub_av = next(iter(av[1]))
            frag = _fragment(sub_op, sub_av, flags)
            if frag is None:
                break
            lead += ("(?" + ("<" if av[0] == -1 else "") + ("=" if op is C.ASSERT else "!") + frag + ")")
        else:
            break
        items = items[1:]
    heads = _sequence(items, flags, [((), True)])
    prefixes = {p for p, _ in heads}
    if not prefixes or any(map(_can_be_empty, prefixes)):
        return None  # some branch can start anywhere, or match nothing at all
    return re.compile(lead + "(?=" + _trie(sorted(prefixes)) + ")")


def _fragment(op: Any, av: Any, flags: int) -> str | None:
    """One character's regex (a literal or a class), with the case-insensitivity it was read with."""
    if op is C.LITERAL:
        frag = re.escape(chr(av))
    elif op is C.IN:
        parts, negate = [], ""
        for o, a in av:
            if o is C.NEGATE:
                negate = "^"
            elif o is C.LITERAL:
                parts.append(re.escape(chr(a)))
            elif o is C.RANGE:
                parts.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is C.CATEGORY and a in _CATEGORIES:
                parts.append(_CATEGORIES[a])
            else:
                return None
        frag = f"[{negate}{''.join(parts)}]"
    else:
        return None
    return f"(?i:{frag})" if flags & re.IGNORECASE else frag


def _sequence(items: list[Any], flags: int, heads: Heads) -> Heads:
    for op, av in items:
        if not any(grows for _, grows in heads):
            break
        heads = _step(op, av, flags, heads)
        if len(heads) > MAX_HEADS:
            heads = [(p, False) for p, _ in heads]
    return heads


def _step(op: Any, av: Any, flags: int, heads: Heads) -> Heads:
    """The prefixes after one more item of a sequence (a superset: an unknown item ends them)."""
    ended = [(p, False) for p, grows in heads if not grows]
    growing = [p for p, grows in heads if grows]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return heads  # zero-width: the next item starts at the same character
    if op in (C.LITERAL, C.IN):
        frag = _fragment(op, av, flags)
        if frag is None:
            return ended + [(p, False) for p in growing]
        return ended + [((*p, frag), len(p) + 1 < MAX_PREFIX) for p in growing]
    if op is C.SUBPATTERN:
        _, add, remove, sub = av
        return ended + _sequence(list(sub), (flags | add) & ~remove, [(p, True) for p in growing])
    if op is C.BRANCH:
        out = ended
        for branch in av[1]:
            out = out + _sequence(list(branch), flags, [(p, True) for p in growing])
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and len(av[2]) == 1 and av[2][0][0] in (C.LITERAL, C.IN):
        # a repeated character ('\\s+', '[-\\s]?'): one fragment with its quantifier (in a lookahead only
        # whether it can match counts, so greedy or lazy is the same)
        low, high, sub = av
        frag = _fragment(sub[0][0], sub[0][1], flags)
        if frag is None:
            return ended + [(p, False) for p in growing]
        frag = f"(?:{frag}){{{low},{'' if high == C.MAXREPEAT else high}}}"
        return ended + [((*p, frag), len(p) + 1 < MAX_PREFIX) for p in growing]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        once = [(p, False) for p, _ in _sequence(list(sub), flags, [(p, True) for p in growing])]
        return ended + once + ([(p, True) for p in growing] if low == 0 else [])
    return ended + [(p, False) for p in growing]


def _can_be_empty(prefix: Prefix) -> bool:
    """Every fragment of the prefix may match nothing ('x?', or no fragment at all)."""
    return all(f.endswith("}") and "){0," in f for f in prefix)


def _trie(prefixes: list[Prefix]) -> str:
    """The prefixes as one alternation sharing their common starts (order is free: the gate only asks
    whether one of them is there)."""
    if () in prefixes:
        return ""  # a shorter prefix lets every longer one through
    groups: dict[str, list[Prefix]] = {}
    for p in prefixes:
        groups.setdefault(p[0], []).append(p[1:])
    alts = [first + _trie(rest) for first, rest in groups.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
