"""Document text → what governs a sentence's figures from outside it: headings, list lead-ins and
tab-separated table rows (PERIOD-GUIDELINES.md section 6), and sentences a splitter cut after an
abbreviation ('w.e.f.'), read whole again."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.periods.chinese import has_cjk, heading_time_zh
from pipeline.extract.periods.english import find_times
from pipeline.extract.periods.list_ends import closes_list, continues_list
from pipeline.extract.periods.model import When, _alt, lexicon
from pipeline.regexgate import GatedPattern


@dataclass(frozen=True)
class Governor:
    """A heading, list lead-in or table header period that applies from `start` to `end`."""

    start: int
    end: int
    period: str
    anchor: When | None
    review: bool = False  # a heading that reviews its year ('Economic Performance 2030'): its 'last year' is that year


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    lx = lexicon()
    return {
        "abbrev_end": re.compile(rf"(?i)(?:^|(?<=[\s(]))(?:{_alt(lx['sentence_abbreviations'])})\s*$"),
        "sentence_end": re.compile(r"[.!?](?=\s)|\n[ \t]*\n"),
        "stock_title": re.compile(rf"(?i)\b(?:{_alt(lx['stock_title_words'])})\b"),
        "md_heading": re.compile(r"(?m)^(#{1,6})[ \t]+(\S[^\n]*)$"),
        # '### In 2020, we launched the Research, Innovation and': a paragraph's first line behind a '#' mark
        "md_paragraph": re.compile(rf"(?i)(?:[,;]|\b(?:{_alt(lx['heading_wrap_words'])}))[ \t]*$|^[^,\n]{{1,40}},[ \t]+(?:we|i)\s"),
        # 'Newsletter No.3 May, 2030', 'Issue 12, June 2029': the time right after an issue's number dates the issue
        "issue_before": re.compile(rf"\b(?:{_alt(lx['issue_labels'])})\.?\s?\d{{1,4}}[,:]?\s*$"),
        # a Chinese heading starts with a CJK character, '（' or a year ('2014/15年度財政預算') and has no
        # Chinese sentence punctuation (a heading has none)
        # a heading may open with its figure: '40% Corporate Income Tax Rebate in Year of Assessment 2026', '3 New Measures
        # for SMEs' (a number, then a capitalised word; a lone cell such as '249.4' or '2008–09' is no heading, nor a
        # numbered item '1. Waive fees for 2031-32' or a table's column head '2030 Actual')
        "plain_heading": re.compile(r"(?m)(?:\A|(?<=\n\n))[ \t]*((?:[A-Z(（\u4e00-\u9fff]|\d{4}(?=[年/\-–]\d*[\u4e00-\u9fff])|"
                                    r"(?!(?:19|20)\d\d[ \t])\d[\d,]*(?:\.\d+)?%?[ \t]+(?=[A-Z][a-z]))"
                                    r"[^\n.;:,!?。，；：！？]{2,80})[ \t]*(?=\n\n|\n?\Z)"
                                    r"|(?:\A|(?<=\n))[ \t]*((?:[A-Z\u4e00-\u9fff（]|\d{4}(?:[-/–]\d{2})?(?:\s|(?=[\u4e00-\u9fff])))"
                                    r"[^\n.;:,!?。，；：！？]{2,80})[ \t]*(?=\n(?:[ \t]*\n)*[ \t]*\d{1,3}\.[ \t]+\S)"
                                    # a Chinese numbered or marked heading on a line of its own: '一、2024年工作回顧', '（二）…', '■ 2024年成績單'
                                    r"|(?:\A|(?<=\n))[ \t]*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[■◆▲□◇][ \t]*)"
                                    r"[^\n。，；：！？,;]{2,40})[ \t]*(?=\n)"
                                    # a page that lost its line breaks: 'Estimates for 2018-19 188. The major …' (a heading
                                    # and then the speech's numbered paragraphs on one line; not a sentence ending
                                    # in a bare number, 'Clinics in 2031 will number 12. The …': no finite or past
                                    # verb, and no function word before the number)
                                    r"|(?:\A|(?<=\n))[ \t]*"
                                    rf"(?![^\n.;:,!?]*?\b(?:{_alt(lx['finite_verbs'] + lx['past_verbs'])})\b)"
                                    rf"(?![^\n.;:,!?]*?\b(?:{_alt(lx['heading_wrap_words'])})[ \t]+\d{{1,3}}\.)"
                                    r"([A-Z][^\n.;:,!?]{2,80}?)[ \t]+(?=\d{1,3}\.[ \t]+[A-Z])"
                                    # a year, a spaced dash and a capitalised title on a line of its own ('2031 - Continued
                                    # growth and fiscal consolidation'), also where ingest restored the line break a
                                    # scraped page had glued to the next sentence (one newline, no blank line); not a
                                    # chronology's event ('2030 - Tax reform enacted', '2019 - Scheme launched with 200
                                    # firms': a verb, or a lower-case past form at the line's end or before a
                                    # preposition), nor a line followed by another year-dash line (a run of them is a
                                    # chronology; the line before is checked in `headings`)
                                    r"|(?:\A|(?<=\n))[ \t]*((?:19|20)\d\d[ \t]+[-–—][ \t]+"
                                    rf"(?![^\n.;:,!?]*?\b(?:{_alt(lx['finite_verbs'] + lx['past_verbs'])})\b)"
                                    r"(?![^\n.;:,!?]*?[ \t][a-z]+ed(?:[ \t]+(?:with|by|in|on|at|for|to|as|from)\b|[ \t]*(?:\n|\Z)))"
                                    r"[A-Z][^\n.;:,!?]{2,80})[ \t]*(?=\n)(?!\n[ \t]*(?:19|20)\d\d[ \t]+[-–—][ \t])"
                                    # a line in capitals over a dashed or bulleted item, where a speech converted from
                                    # print keeps single line breaks only ('FY99 BUDGET OUTTURN' / '- Before I ...')
                                    r"|(?:\A|(?<=\n))[ \t]*((?=[A-Z0-9 ()&'’/-]*?[A-Z]{3})[A-Z0-9(][A-Z0-9 ()&'’/-]{2,80}?)[ \t]*"
                                    r"(?=\n[ \t]*[-–•][ \t]+[A-Z])"),
        # the run of dashed or bulleted lines under a capitals heading: the heading governs these only (a later
        # capitals line over prose is no heading, so it could not end the first one's scope)
        "dash_run": re.compile(r"(?:\n[ \t]*[-–•][ \t]+[^\n]*)+"),
        "year_dash_line_end": re.compile(r"(?:\A|\n)[ \t]*(?:19|20)\d\d[ \t]+[-–—][ \t][^\n]*\n[ \t]*\Z"),
        "caption": re.compile(r"(?i)^(?:chart|figure|source|sources|note|notes|photo)\b"),
        "list_item": re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}\.\s|[-•*·▪●]\s)"),
        "para_number": re.compile(r"(?m)^\s*\d{1,3}\.\s*$"),
        "speech_title": re.compile(rf"(?i)\b(?:{_alt(lx['speech_title_tails'])})\W*$"),
        "speech_head": re.compile(rf"(?i)(?:{_alt(lx['speech_title_heads'])})\b"),
        "name_head": re.compile(rf"(?i)\b(?:{_alt(lx['name_heads'])})\b(?:\s+[\w'’-]+){{0,2}}\s*$"),
        "det_end": re.compile(r"(?i)\b(?:the|a|an|this|its)\s+$"),
        "lead_in": re.compile(r":[ \t]*\n"),
        "title_line": re.compile(r"[A-Z][^\n.;:,!?]{0,58}[\w)]"),
        "numbered_para": re.compile(r"[ \t]*\d{1,3}\.[ \t]+[^\n]{100}"),
        "para_lead": re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{1,3})\.[ \t]*\S"),
        "title_name_before": re.compile(rf"(?i)\b(?:{_alt(lx['title_name_words'])})[ \t]{{1,2}}$"),
        "review_heading": re.compile(rf"(?i)\b(?:{_alt(lx['review_heading_words'])})\s+(?:(?:in|of)\s+)?(?:19|20)\d\d\b"),
        "outlook_heading": re.compile(rf"(?i)\b(?:{_alt(lx['review_heading_outlook_words'])})\b"),
        "speech_after": re.compile(rf"(?i)\W{{0,3}}(?:budget\s+)?(?:{_alt(lx['speech_title_tails'])})\b"),
        "title_name_after": re.compile(rf"(?i)[ \t]{{1,2}}(?:{_alt(lx['title_name_words'])})\b"),
        "preamble": re.compile(rf"(?i)(?:{_alt(lx['title_preambles'])})\b"),
        "underline": re.compile(r"[ \t]*[*=_~-]{3,}[ \t]*$"),
        "title_like": re.compile(r"[A-Z(\d\u201c\"'][^\n\t|]{2,149}"),
        "sentence_like": re.compile(r"^\d{1,3}\.\s|[.;:,?!][\"'\u201d\u2019)]*\s*$"),
    }


_ENDS = (". ", ".\n", "? ", "?\n", "! ", "!\n", "\n\n", ";\n", ":\n")


def join_abbreviations(text: str, s0: int, s1: int) -> tuple[int, int]:
    """A sentence cut after an abbreviation ('... full-year provision w.e.f. | 2023-24) is for ...') is
    read whole: joined with the part before and after it."""
    rx = _rx()
    for _ in range(3):
        if not rx["abbrev_end"].search(text, max(0, s1 - 12), s1):
            break
        m = rx["sentence_end"].search(text, s1)
        s1 = m.end() if m else len(text)
    for _ in range(3):
        if not rx["abbrev_end"].search(text, max(0, s0 - 12), s0):
            break
        k = s0
        while k > 0:
            stop = max(text.rfind(end, max(0, k - 3000), k - 1) for end in _ENDS)
            if stop < 0:
                k = 0
                break
            if not rx["abbrev_end"].search(text, max(0, stop - 11), stop + 1):
                k = stop + 2
                break
            k = stop
        s0 = k
    return s0, s1




def title_line(text: str) -> tuple[int, int] | None:
    """(start, end) of the document's title: its first line (after a release's preamble line or an underline
    of stars) when it reads as a title: short, not ended like a sentence and not a numbered paragraph
    ('Exchange Fund Results for 2014' over '*****'; 'Singapore Budget 2019: Surplus of $2 billion for FY2018')."""
    rx = _rx()
    pos = 0
    for _ in range(3):
        s = len(text) - len(text[pos:].lstrip())
        nl = text.find("\n", s)
        if nl < 0:
            return None  # a text of one line has no title over a body
        line = text[s:nl].rstrip()
        if rx["preamble"].match(line) or rx["underline"].match(line):
            pos = nl
            continue
        if rx["title_like"].fullmatch(line) and not rx["sentence_like"].search(line):
            return s, s + len(line)
        return None
    return None


def _title_time(text: str, start: int, end: int) -> tuple[str, When | None]:
    """The time a document's title states as the top heading of its text (lead's ruling, session 10:
    'Exchange Fund position at end-October 2025' governs the figures below without their own time); a
    year that names the document ('The 2025-26 Budget', 'Budget 2025: ...', 'Policy Address 2024') is no
    heading time (PERIOD-GUIDELINES 8.8), and a speech's title or a date line governs nothing."""
    rx = _rx()
    if has_cjk(text, start, end):  # a Chinese title's year mostly names its report ('2024年政府工作報告'): no
        # names read yet, so only a first line over a later numbered paragraph (a section heading) governs
        return heading_time_zh(text, start, end) if _mid_document(text, end) else ("", None)
    if rx["speech_title"].search(text, start, end) or rx["speech_head"].search(text, start, end) or \
            _date_line(text, start, end) or _issue_date_after(text, start, end):
        return "", None  # ('TRANSCRIPT OF BUDGET 2031 ROUND-UP SPEECH BY … ON 5 MARCH 2031' names a speech)
    times = {t.value() for t in find_times(text, start, end) if t.absolute and t.role not in ("base", "name") and
             not rx["title_name_before"].search(text, max(start, t.core - 40), t.core) and
             not rx["title_name_after"].match(text, t.end, end)}
    if len(times) > 1:
        return "", None  # 'Surplus of $9.6b for FY17; deficit of $0.6b expected for FY18': each time is its figure's
    return _heading_time(text, start, end, title=True)


def _heading_time(text: str, start: int, end: int, title: bool = False) -> tuple[str, When | None]:
    """The time a heading states; a title-case year ('Key Figures 2024') counts unless it ends the name of
    a plan, report or event ('Innovation Blueprint 2030'), or, in the document's title, names the document."""
    if has_cjk(text, start, end):
        return heading_time_zh(text, start, end)
    rx = _rx()
    for t in find_times(text, start, end):
        if rx["speech_after"].match(text, t.end, end):
            continue  # 'An extract from the 2017 Budget speech by ...': the year names a speech (8.8)
        if title and (rx["title_name_before"].search(text, max(start, t.core - 40), t.core) or
                      rx["title_name_after"].match(text, t.end, end)):
            continue
        if t.absolute:
            anchor = t.lo if t.role != "open_end" else t.hi
            return t.value(), anchor
        if t.role == "name" and t.lo is not None and t.lo.kind in ("year", "split") and \
                not _rx()["name_head"].search(text, max(start, t.core - 40), t.core) and \
                not _rx()["det_end"].search(text, max(start, t.core - 8), t.core):
            return t.value(), t.lo
    return "", None


@lru_cache(maxsize=1)
def _heading_scans() -> tuple[GatedPattern, GatedPattern]:
    """The heading patterns, tried only at line starts (pipeline.regexgate: the same matches)."""
    return GatedPattern(_rx()["md_heading"]), GatedPattern(_rx()["plain_heading"])


def headings(text: str) -> list[Governor]:
    """Periods governed by headings. Markdown headings of several levels: a heading governs up to the
    next one of the same or a higher level; flattened headings (one level, or plain-text headings on
    lines of their own): a heading with a time governs up to the next heading with another time."""
    rx = _rx()
    md, plain = _heading_scans()
    runs: dict[int, int] = {}  # a capitals heading over dashed items → the end of its items
    found = [(m.start(), m.end(), len(m.group(1)), m.start(2)) for m in md.finditer(text)
             if not rx["md_paragraph"].search(m.group(2))]
    md_doc = bool(found)
    if not found:
        # a plain heading stands between blank lines, or on its own line over a numbered paragraph
        for m in plain.finditer(text):
            g = next(k for k in (1, 2, 3, 4, 5, 6) if m.group(k))
            if rx["caption"].match(m.group(g)) or "\t" in m.group(g) or (
                    g == 5 and rx["year_dash_line_end"].search(text[max(0, m.start(g) - 200):m.start(g)])):
                continue
            found.append((m.start(g), m.end(g), 1, m.start(g)))
            if g == 6:
                dashes = rx["dash_run"].match(text, m.end())
                runs[m.end(g)] = dashes.end() if dashes else m.end()
    title = title_line(text)
    if title is not None and (not found or found[0][0] > title[0]):  # a title the heading scans missed
        found.insert(0, (title[0], title[1], 0 if md_doc else 1, title[0]))
    levels = {lvl for _, _, lvl, _ in found}
    out: list[Governor] = []
    stack: list[tuple[int, str, When | None, bool]] = []  # (level, period, anchor, review)
    current: tuple[str, When | None, bool] = ("", None, False)
    for k, (s, e, lvl, body) in enumerate(found):
        # ... the document's title (its first line) is the top heading: its time governs unless it names the
        # document or a speech (lead's ruling, session 10; _title_time)
        if k == 0 and (not text[:s].strip() or (title is not None and s == title[0])) or \
                title is not None and _same_line(text, (body, e), title):  # a web page's title bar repeated
            period, anchor = _title_time(text, body, e)  # over its body ('The 2012-13 Budget' twice): the title
        else:
            period, anchor = ("", None) if _date_line(text, body, e) else _heading_time(text, body, e)
        review = bool(period) and rx["review_heading"].search(text, body, e) is not None and \
            rx["outlook_heading"].search(text, body, e) is None  # 'Performance and Prospects for 2031': the year ahead
        nxt = found[k + 1][1] if k + 1 < len(found) else len(text)  # a figure in the next heading too
        nxt = min(nxt, runs.get(e, nxt))
        if len(levels) > 1:
            while stack and stack[-1][0] >= lvl:
                stack.pop()
            stack.append((lvl, period, anchor, review))
            gov = next(((p, a, r) for _, p, a, r in reversed(stack) if p), ("", None, False))
        else:
            if period:
                current = (period, anchor, review)
            gov = current
        if gov[0]:
            out.append(Governor(e, nxt, gov[0], gov[1], gov[2]))
    return out


def _same_line(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans hold the same words (spaces aside)."""
    return text[a[0]:a[1]].split() == text[b[0]:b[1]].split()


def _date_line(text: str, start: int, end: int) -> bool:
    """'For discussion on 9 March 2026', 'Meeting on 9 March 2026', a bare 'February 2019', 'Updated: 25 February
    2010', a page's 'PMO Ministers | 7 March 2023', a newsletter's 'No.3 May, 2030' (any words before the issue's
    number), a byline's timestamp 'Jane Doe Sep 30, 2031 09:21' (any words before a date with its time of day):
    a paper's, a page's or an issue's date line (a day or a month and only the words
    of `date_line_words` around it, in its own cell of a line split by '|') governs nothing."""
    times = [t for t in find_times(text, start, end) if t.absolute]
    if len(times) != 1 or times[0].lo is None or times[0].lo.kind not in ("date", "month") or times[0].role != "point":
        return False
    if times[0].lo.kind == "date" and _CLOCK.match(text, times[0].end, end):
        return True  # 'Jane Doe Sep 30, 2031 09:21': a date with its clock time stamps the page (a byline's timestamp)
    left, right = text.rfind("|", start, times[0].core), text.find("|", times[0].end, end)
    start, end = (left + 1 if left >= 0 else start), (right if right >= 0 else end)  # 'PMO Ministers | 7 March 2023':
    around = _CODE.sub(" ", text[start:times[0].core] + " " + text[times[0].end:end])  # a byline's cell; a paper's number
    words = re.findall(r"[A-Za-z]+", around)  # ('For discussion PWSC(2020-21)23 on 16 December 2020')
    return all(w.lower() in _date_words() for w in words) or \
        _rx()["issue_before"].search(text, max(start, times[0].core - 16), times[0].core) is not None


def _issue_date_after(text: str, start: int, end: int) -> bool:
    """'FS delivers 2031-32 Budget - 22 February 2031': a headline ending in a spaced dash and a day is dated by the day
    it was issued, a date line (PERIOD-GUIDELINES 5); the day governs nothing."""
    times = find_times(text, start, end)
    last = times[-1] if times else None
    if last is not None and _rx()["stock_title"].search(text, start, last.core):
        return False  # 'Exchange Fund Abridged Balance Sheet - 31 December 2031': a stock's as-at date governs
    return last is not None and last.role == "point" and last.lo is not None and last.lo.kind == "date" and \
        not text[last.end:end].strip() and _DASH_BEFORE.search(text, start, last.core) is not None and \
        _DAY.search(text, last.core, last.end) is not None  # (a day written out: not 'end-June 2031', a stock date)


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    return frozenset(lexicon()["date_line_words"])


def _mid_document(text: str, end: int) -> bool:
    """The first line stands over a numbered paragraph other than the first ('2008-09 Outturn' over '16. I
    estimate ...'): the text starts inside a document, and the line is a section heading, not its title."""
    m = _rx()["para_lead"].match(text, end)
    return m is not None and int(m.group(1)) > 1


def lead_ins(text: str) -> list[Governor]:
    """'Major initiatives in 2025-26 include:' governs the list items below it (up to a blank line
    not followed by an item, a numbered paragraph or a heading, or a title line over a numbered
    paragraph: 'Following is the Speech on the 2013-14 Budget:' leads in a speech, not a list)."""
    rx = _rx()
    out = []
    for m in rx["lead_in"].finditer(text):
        line_start = text.rfind("\n\n", 0, m.start()) + 2 if "\n\n" in text[:m.start()] else 0
        # the lead-in's own sentence: a sentence before it ends at '. ' or at '.' closing a line ('... end of
        # June 2024.' + 'Investment Gains' + 'The income came from:' leads in with no time: 2, 8.1)
        sent = max([line_start] + [i + 2 for i in (text.rfind(p, 0, m.start()) for p in (". ", "? ", "! ", ".\n", "?\n",
                                                                                         "!\n")) if i >= 0])
        period, anchor = "", None
        for t in find_times(text, sent, m.start()):
            if t.absolute:
                period, anchor = t.value(), t.lo
        if not period:
            continue
        end = m.end()
        semicolons = False  # items closed by ';': the item closed by '.' is the last (list_ends.py)
        while end < len(text):
            nl = text.find("\n", end)
            line_end = len(text) if nl < 0 else nl
            line = text[end:line_end]
            if semicolons and closes_list(line):
                end = line_end + 1
                break
            semicolons = semicolons or continues_list(line)
            if not line.strip():
                after = text[line_end:].lstrip("\n")
                if not rx["list_item"].match(after) and not _list_title(after):
                    break
            elif line.lstrip().startswith("#") or rx["para_number"].fullmatch(line):
                break
            elif rx["title_line"].fullmatch(line.strip()) and rx["numbered_para"].match(text, line_end + 1):
                break  # a heading over a numbered paragraph: the speech goes on, the list (if any) is over
            end = line_end + 1
        out.append(Governor(m.end(), end, period, anchor))
    return out


def _list_title(after: str) -> bool:
    """'Below are the key numbers for 2015:' + a title line without a time ('The Year in Numbers') + the
    items: the title names the list and the lead-in still governs its items."""
    rx = _rx()
    first, _, rest = after.partition("\n")
    return bool(rx["title_line"].fullmatch(first.strip())) and not any(t.absolute for t in find_times(first)) \
        and bool(rx["list_item"].match(rest.lstrip("\n")))


def governing(headings: list[Governor], leads: list[Governor], pos: int) -> Governor | None:
    for g in leads:
        if g.start <= pos < g.end:
            return g
    for g in reversed(headings):
        if g.start <= pos < g.end:
            return g
    return None


def _separator(line: str) -> str:
    if "\t" in line:
        return "\t"
    return "|" if line.lstrip().startswith("|") and line.count("|") >= 2 else ""


def table_row(text: str, pos: int) -> tuple[int, int, str] | None:
    """(start, end, cell separator) of the line holding `pos` when it is a table row: tab-separated
    (DOCX tables, PDF table text) or a Markdown pipe table row, with or without its outer pipes."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    sep = _separator(text[ls:le]) or ("|" if _bare_pipe_row(text, ls, le) else "")
    return (ls, le, sep) if sep else None


def _bare_pipe_row(text: str, ls: int, le: int) -> bool:
    """'Total assets | 130.1 |' in a pipe table written without leading pipes: a delimiter row ('---|---|')
    is among the lines with a pipe just above it, or right below it (the header row)."""
    if "|" not in text[ls:le]:
        return False
    nxt_end = text.find("\n", le + 1)
    if le < len(text) and _RULE_ROW.match(text[le + 1:len(text) if nxt_end < 0 else nxt_end]):
        return True
    for _ in range(60):
        if _RULE_ROW.match(text[ls:le]) and "|" in text[ls:le]:
            return True
        if ls == 0:
            return False
        le = ls - 1
        ls = text.rfind("\n", 0, le) + 1
        if "|" not in text[ls:le]:
            return False
    return False


def _first_row(text: str, ls: int, sep: str) -> int:
    """Start of the first row of the table (same separator, at most one blank line between rows) that the
    line at `ls` belongs to; Markdown rule rows (|---|) are skipped."""
    first = ls
    pos = ls
    while pos > 0:
        prev_end = pos - 1
        k = prev_end
        while k > 0 and text[k - 1] == "\n":
            k -= 1
        prev_start = text.rfind("\n", 0, k) + 1
        if (_separator(text[prev_start:k]) or ("|" if _bare_pipe_row(text, prev_start, k) else "")) != sep or \
                prev_end - k > 2:
            break
        if not _RULE_ROW.match(text[prev_start:k]):
            first = prev_start
        pos = prev_start
    return first


def header_row(text: str, ls: int, sep: str = "\t") -> list[str]:
    """Cells of the first row of the table that the line at `ls` belongs to."""
    first = _first_row(text, ls, sep)
    end = text.find("\n", first)
    return text[first:len(text) if end < 0 else end].split(sep)


def caption_period(text: str, ls: int, sep: str) -> str:
    """The time the table's caption states: the short line just above its first row (one blank line
    allowed), a title like a box's ('Budget outline 2021–2022' over 'Total assets | 130.1'); '' if none."""
    first = _first_row(text, ls, sep)
    k = first - 1
    while k > 0 and text[k - 1] == "\n" and first - k < 3:
        k -= 1
    if k <= 0:
        return ""
    start = text.rfind("\n", 0, k) + 1
    line = text[start:k]
    if not line.strip() or len(line) > 120 or _separator(line) or "|" in line or not text[:start].strip():
        return ""  # no caption, or the document's first line (its title)
    return _heading_time(text, start, k)[0]


_CODE = re.compile(r"\b[A-Z]{2,}\([^()\n]{1,12}\)[\w/()-]*")
_DAY = re.compile(r"(?<![\d-])\d{1,2}(?!\d)")
_DASH_BEFORE = re.compile(r"\S[ \t]+[-–—|][ \t]*$")  # a title, a spaced dash, then the day it was issued
_CLOCK = re.compile(r"[ \t,]+(?:at[ \t]+)?\d{1,2}:\d{2}\b")  # a time of day after a date: '09:21', 'at 9:30'

_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
