"""Chinese text → `FigureZh` list: figures in Traditional and Simplified Chinese (rules over characters).

No tokenizer: spaCy's blank Chinese pipeline splits "1500" into four tokens, so the recognizer reads
characters directly. Number words, scale words, currencies, units, classifiers and qualifiers come
from pipeline/data/figure_lexicon.zh.json; this module holds only the grammar of a figure:

    [qualifier] [currency] number [至 number] [多|余] (currency | unit | duration | classifier [noun]
    | % | 個百分點 | 倍 | 成) [以上|左右|內]   — plus 百分之N, M分之N, 一半 and N比M.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from pipeline.extract.figures.afterpass_zh import second_look
from pipeline.extract.figures.articles_zh import article_number, package_name
from pipeline.extract.figures.bare_counts_zh import bare_count
from pipeline.extract.figures.bare_nouns_zh import bare_noun_at
from pipeline.extract.figures.changes_zh import change_level, named_plan_span, spend_verb
from pipeline.extract.figures.honour_lists_zh import honour_list
from pipeline.extract.figures.implied_money_zh import implied_money
from pipeline.extract.figures.listed_ones_zh import one_in_count_list
from pipeline.extract.figures.numbers_zh import (
    clock_time,
    has_scale,
    parse_number,
    session_ordinal,
    trailing_scale,
)
from pipeline.extract.figures.discounts_zh import discount_at
from pipeline.extract.figures.ranges_zh import minus_sign, opens_item, pair_first, read_range
from pipeline.extract.figures.ratio_shorthand_zh import paired_terms, shorthand_ratio
from pipeline.extract.figures.reading_zh import FigureZh, ZhReader, slogan_spans
from pipeline.extract.figures.share_chains_zh import SIGNS, share_chain
from pipeline.extract.figures.size_classes_zh import class_head, people_class, size_class, yuan_class

__all__ = ["FigureZh", "ZhScanner", "find_figures_zh", "slogan_spans"]

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_PAIR_LISTED = re.compile(r"[、和及與与][\u4e00-\u9fff]{1,8}$")  # 廣州、佛山二市: 二 + bare noun counting the pair just named
_LAST_NUMBER = re.compile(r"[0-9０-９.]*$")  # the number a colon follows
_YEAR_BEFORE = re.compile(r"[0-9０-９]{4}年$")  # 2021年310日: a date whose month the page dropped, no span of days
_EVERY_N = re.compile(r"每[^，。；,;0-9０-９]{0,4}?[0-9０-９一二三四五六七八九十百千]+[^，。；,;]{1,8}?就有[0-9０-９一二三四五六七八九十]+[^，。；,;0-9]")


class ZhScanner(ZhReader):
    """One pass over a text region, producing `FigureZh` records (offsets are into the whole text)."""

    # -- the grammar -----------------------------------------------------------------------
    def scan(self, start: int = 0, end: int | None = None) -> list[FigureZh]:
        end = len(self.text) if end is None else end
        self.slogans = slogan_spans(self.text, start, end)
        out: list[FigureZh] = []
        pos = start
        while True:
            m = self.num_re.search(self.text, pos, end)
            if m is None:
                break
            fig = self.figure_at(m.start(), end)
            if fig is not None:
                fig = self.signed(self.unit_range(fig, end))
                out.append(fig)
                pos = fig.end
            else:
                skip = self.read_num(m.start(), end)
                pos = max(m.start() + 1, skip[1] if skip else m.end())
        out = self.one_in_n(out, start, end)
        return second_look(self, out + self.halves(start, end, out) + self.pairs(start, end), start, end)

    def signed(self, fig: FigureZh) -> FigureZh:
        """增长率为-2.11‰: a minus sign right before the number (not a range's dash: 2-3%) is kept (DECISIONS 5)."""
        if fig.start != fig.end and self.char_in(fig.start - 1, "-－−") and fig.value > 0 and \
                fig.kind in ("percent", "money", "quantity") and minus_sign(self, fig.start - 1, fig.end):
            return replace(fig, start=fig.start - 1, value=-fig.value,
                           value_max=None if fig.value_max is None else -fig.value_max)
        return fig

    def one_in_n(self, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
        """每出口4輛汽車就有1輛, 每10人就有1人: 'M in every N' is one ratio M/N, not two counts."""
        out = found
        for m in _EVERY_N.finditer(self.text, start, end):
            inner = [f for f in out if m.start() <= f.start and f.end <= m.end()]
            if len(inner) != 2 or inner[0].kind != "count" or inner[1].kind != "count" or inner[0].value == 0 or \
                    not inner[1].value < inner[0].value:
                continue
            ratio = (inner[1].value / inner[0].value).quantize(Decimal("0.000001"))
            out = [f for f in out if f not in inner] + [FigureZh(m.start(), inner[1].end, "ratio", ratio, None, "", "", "")]
        return sorted(out, key=lambda f: f.start)

    def unit_range(self, fig: FigureZh, end: int) -> FigureZh:
        """'2.5%至3.5%', '3億元至5億元': a range written with the unit on both sides (由…至… is a change)."""
        rng = self.at(fig.end, self.lex["range_words"])
        if not rng or fig.value_max is not None or re.search(r"[由從从]", self.text[max(0, fig.start - 6):fig.start]):
            return fig
        nxt = fig.end + len(rng)
        second = self.figure_at(nxt, end) if self.num_re.match(self.text, nxt, end) else None
        if second is None or second.start != nxt or second.kind != fig.kind or second.unit != fig.unit or \
                second.value <= fig.value or second.value_max is not None or \
                self.is_points(fig) != self.is_points(second):
            return fig  # 提高1.2個百分點至65.3%: a change in points, then the new level
        if second.value > 2 * fig.value and rng in ("至", "到") and \
                self.before(self.qualifier_before(fig.start)[1], self.lex["change_verbs"]):
            return fig  # 增加4000張至16000張, 新增兩家至二十六家: the increment, then the level reached (two figures)
        return replace(fig, end=second.end, value_max=second.value,
                       qualifier=fig.qualifier or second.qualifier, qualifier_norm=fig.qualifier_norm or second.qualifier_norm)

    def is_points(self, fig: FigureZh) -> bool:
        return fig.kind == "percent" and bool(re.search(r"百分[點点]\S{0,2}$", self.text[fig.start:fig.end]))

    def halves(self, start: int, end: int, taken: list[FigureZh]) -> list[FigureZh]:
        """近半, 過半數, 逾半: half as a quantity after a qualifier (一半 is read as a number)."""
        out = []
        for m in re.finditer(r"半[個个]?多?世[紀纪]|半成(?![品熟本])|半[個个]月|半數|半数|半(?![年月日天小島岛導导山价價])",
                             self.text[start:end]):
            s0 = start + m.start()
            q, qstart = self.qualifier_before(s0)
            if m.group() == "半成":  # 三成及半成: half of a tenth, 5 per cent (not 半成品, 'semi-finished goods')
                if not any(f.start <= s0 < f.end for f in taken) and not self.in_slogan(s0):
                    out.append(FigureZh(qstart if q else s0, start + m.end(), "percent", Decimal(5), None, "", q,
                                        self.lex["qualifiers_before"].get(q, "") if q else ""))
                continue
            if m.group().endswith(("紀", "纪")):  # 半個世紀: half a century, a duration of 50 years (DECISIONS 34)
                if q in ("過", "过") and self.char(qstart - 1) in "經经通":
                    q = ""  # 經過半個世紀: 'through', not 'over'
                if not any(f.start <= s0 < f.end for f in taken) and not self.in_slogan(s0):
                    more = "多" if "多" in m.group() else ""
                    written = q or more
                    norm = self.lex["qualifiers_before"].get(q, "") if q else self.lex["qualifiers_infix"].get(more, "")
                    out.append(FigureZh(qstart if q else s0, start + m.end(), "duration", Decimal(50), None,
                                        "year", written, norm))
                continue
            if len(m.group()) == 3:  # 半個月: half a month, a duration (like English 'half a month')
                if not any(f.start <= s0 < f.end for f in taken) and not self.in_slogan(s0):
                    out.append(FigureZh(qstart if q else s0, start + m.end(), "duration", Decimal("0.5"), None,
                                        "month", q, self.lex["qualifiers_before"].get(q, "") if q else ""))
                continue
            if q and not any(f.start <= s0 < f.end for f in taken) and not self.in_slogan(s0):
                out.append(FigureZh(qstart, start + m.end(), "fraction", Decimal("0.5"), None, "", q,
                                    self.lex["qualifiers_before"][q]))
        return out

    def pairs(self, start: int, end: int) -> list[FigureZh]:
        """雙跑道, 双工位: 雙/双 ('a pair of') before a noun counted without a classifier is 2."""
        out = []
        lex = self.lex
        for m in re.finditer("[" + "".join(lex["pair_numerals"]) + "]", self.text[start:end]):
            s0 = start + m.start()
            noun = bare_noun_at(self, s0 + 1, s0)
            if noun and not self.in_slogan(s0) and lex["bare_nouns_min"].get(noun, 2) <= 2:
                out.append(self.count(s0, s0 + 1 + len(noun), Decimal(2), None, lex["bare_nouns"][noun]))
        return out

    def figure_at(self, s0: int, end: int) -> FigureZh | None:
        lex = self.lex
        if self.in_slogan(s0) or self.ordinal_at(s0) or \
                self.char_in(s0 - 1, "數数幾几") and self.char_in(s0, "十百千萬万億亿"):
            return None  # 第三 is an ordinal; 數十億 ('several billion') states no number (需要數132.8億元, 總數三成 do)
        if self.text.startswith("百分之", s0):
            return self.fraction(s0, Decimal(100), "百", s0 + 3, end)
        if (short := shorthand_ratio(self, s0) or discount_at(self, s0)) is not None:
            return short  # 六四比: a ratio in shorthand; 七折, 五二折: a discount, percent
        num = self.read_num(s0, end) or pair_first(self, s0)  # 兩三年: a pair of neighbouring numerals
        if num is None:
            return None
        value, pos, surface = num
        arabic = surface[0].isdigit()
        if surface in lex["zero_digits"] and not self.char_in(pos, "%％"):
            return None  # 零關稅, 零售, 零件: 'zero-' and words that start with 零
        if self.char(s0 - 1) in lex["per_capita_lead"] and self.at(pos, lex["_per_capita_after"]) or \
                self.before(s0, lex["_rate_base_leads"]):
            return None  # 每10萬人口, 每投資1元: the denominator of a rate
        if surface in ("百", "千", "萬", "万", "億", "亿", "億萬", "亿万") and not self.qualifier_before(s0)[0] and not (
                self.char_in(s0 - 1, lex["bare_scale_leads"]) and not self.before(s0 + 1, lex["bare_scale_idioms"])) and \
                not self.at(pos, lex["bare_scale_after"]) and not yuan_class(self, surface, pos) and \
                not (self.char(pos) in "多余餘" and (self.suffix_at(pos + 1) or  # 百多年, 千余家: 'over a hundred'
                                                 self.char_in(pos + 1, "萬万億亿") and self.suffix_at(pos + 2))):  # 百多萬元
            return None  # 百年, 千方百計, 萬一, 億萬人民: only 過百 / 逾萬 / 上萬 are numbers (成千上萬 is an idiom)
        if arabic and (re.match(r"[A-Za-z]", self.char(s0 - 1)) and not self.before(s0, lex["latin_money_nouns"]) or
                       (re.match(r"[A-Za-z]", self.char(pos)) and not self.latin_unit(pos))):
            return None  # a code glued to Latin letters: 'A380', '5G' (but 500MW, 3 000PFLOPS are measures)
        if arabic and re.fullmatch(r"[0-9]{1,2}\.(?:19|20)[0-9]{2}", surface) and self.char_in(pos, "年"):
            return None  # '1.2019年': a list item's number glued to a year
        if arabic and self.is_year(surface) and (self.char_in(pos, "年/-–－") or self.at(pos, ["至", "到"])):
            return None  # 2024年, 2026/27年度, 2024-25, 2024至2025年
        if surface == "一" and self.char(s0 - 1) == "之" or surface in lex["not_numbers"]:
            return None  # 之一: 'one of'; 萬一 'in case' (no number is written as a bare 萬 + 一)
        if self.at(pos, ["分之"]):
            return self.fraction(s0, value, surface, pos + 2, end)
        if self.char(pos) == "分" and not arabic and self.char_in(pos + 1, "一二三四五六七八九") and \
                not self.char_in(pos + 2, "".join(self.lex["digits"]) + "十百千萬万億亿點点秒鐘钟") and \
                self.lex["digits"][self.char(pos + 1)] < value <= 10:
            return self.fraction(s0, value, surface, pos + 1, end)  # 三分一 (Hong Kong usage of 三分之一)
        if surface in ("一",) and self.char(pos) == "半":
            return self.finish(s0, pos + 1, "fraction", Decimal("0.5"), None, "")
        if arabic and self.char(pos) == "/":
            frac = self.slash_fraction(s0, pos, value, surface, end)
            if frac is not None:
                return frac
        chain = share_chain(self, s0, pos, value, end) if arabic and self.char_in(pos + (self.char(pos) == " "), SIGNS) else None
        if chain is not None:
            return chain  # 三次產業結構為4.7∶51.8∶43.5: one ratio, the first share over the second
        colon = self.char(pos) in (":", "：", "∶") and arabic and self.ratio_colon(pos, end, s0)
        if self.char(pos) == "比" or colon:
            other = self.read_num(pos + 1, end)
            if other is not None and other[0] != 0:
                ratio = (value / other[0]).quantize(Decimal("0.000001"))
                return self.finish(s0, other[1], "ratio", ratio, None, "")
            return None
        code = ""
        first = s0
        prefix = self.before(s0, lex["_currency_prefixes"])
        if prefix:
            code, first = lex["currency_prefixes"][prefix], s0 - len(prefix)
            code = code or "$"  # a bare $: the locale's dollar (HK$ in a Hong Kong text)
        value, value_max, pos, surface = read_range(self, s0, pos, value, surface, end)  # 10至20億元, 2、3倍
        return self.classify(s0, first, pos, value, value_max, surface, code)

    def fraction(self, s0: int, denom: Decimal, surface: str, p: int, end: int) -> FigureZh | None:
        other = self.read_num(p, end)
        if other is None and self.text.startswith("百", p) and surface == "百":
            other = (Decimal(100), p + 1, "百")  # 百分之百
        if other is None or denom == 0:
            return None
        if surface == "百":  # 百分之七 is a percentage
            value, pos = other[0], other[1]
            value_max = None
            if self.at(pos, ["至", "到"]):
                q = pos + 1 + (3 if self.text.startswith("百分之", pos + 1) else 0)
                hi = self.read_num(q, end)
                # 上升百分之六點九至八千億元: a rise of 6.9% to a new amount, no range (a bound has no scale or unit)
                if hi is not None and hi[0] > value and not has_scale(hi[2]) and not self.suffix_at(hi[1]):
                    value_max, pos = hi[0], hi[1]
            return self.finish(s0, pos, "percent", value, value_max, "")
        ratio = (other[0] / denom).quantize(Decimal("0.000001"))
        return self.finish(s0, other[1], "fraction", ratio, None, "")

    def slash_fraction(self, s0: int, pos: int, value: Decimal, surface: str, end: int) -> FigureZh | None:
        """'1/10' (一成): a proper fraction of whole numbers; not a date, a year ('2026/27') or a code."""
        other = self.read_num(pos + 1, end)
        if other is None or not other[2].isdigit() or not surface.isdigit() or self.is_year(surface) or \
                not 0 < value < other[0] <= 1000 or self.char(s0 - 1).isdigit() or \
                self.char_in(s0 - 1, "/／.") or self.char_in(other[1], "/／年月日號号.") or \
                self.char(other[1]).isdigit():
            return None
        return self.finish(s0, other[1], "fraction", (value / other[0]).quantize(Decimal("0.000001")), None, "")

    def ratio_colon(self, pos: int, end: int, s0: int | None = None) -> bool:
        """'1:1' is a ratio only where the text says so (比例, 配對, 按), a term has decimals ('2.50:1') or the
        sign is the ratio sign ∶ (U+2236, '1∶15') not typeset for a clock time — else a time or a score."""
        other = self.read_num(pos + 1, end)
        if other is None or self.char_in(other[1], ":：∶") or re.search(r"[:：∶][0-9.]+$", self.text[max(0, pos - 12):pos]):
            return False  # 9.7:47.3:43, a structure of three shares, is no single ratio
        if self.char(pos) == "∶" and not clock_time(self.text, pos, other[1]):
            return True  # the ratio sign, unless typeset for a clock time (上午9∶30, 14∶00开始)
        last = _LAST_NUMBER.search(self.text, max(0, pos - 12), pos)
        if (last is not None and "." in last.group()) or "." in other[2]:
            return True  # a time of day has no decimals (a date before it, '2026.02.06 09:09', is no term)
        lead = self.text[max(0, pos - 12):pos]
        clause = re.split("[" + re.escape(self.lex["clause_ends"].replace(":", "").replace("：", "")) + "]",
                          self.text[max(0, pos - 16):pos])[-1]
        if s0 is not None and (self.qualifier_before(s0)[0] or paired_terms(self, s0, other[2])) and len(other[2]) == 1:
            return True  # 近乎1:1, 約3:2: approximate, and no minute is written with one digit
        return bool(self.at(other[1], ["的比例", "比例", "配比", "配對", "配对", "配套"]) or
                    re.search(r"(按|按照|以)[0-9.]+$", lead) or re.search("比例|比重|配比|比(?=[为為是达達缩縮降升扩擴提至到])", clause))  # 比例由60:40調整至70:30, 收入比缩小至2:1

    def latin_unit(self, p: int) -> str:
        """A Latin unit abbreviation at p that ends there ('MW' in 500MW, not 'G' in 5G網絡)."""
        unit = self.at(p, self.lex["_units"])
        return unit if unit and unit[0].isascii() and not re.match(r"[A-Za-z0-9]", self.char(p + len(unit))) else ""

    def classify(self, s0: int, first: int, pos: int, value: Decimal, value_max: Decimal | None,
                 surface: str, code: str) -> FigureZh | None:
        """What follows the number decides the kind: currency, unit, duration, classifier, %, 倍, 成."""
        lex = self.lex
        bare_one = surface == "一" and value_max is None  # 一所 is an article; 一兩個月 a range
        qual = self.qualifier_before(first)[0]
        infix, p = "", pos
        if self.char(p) in lex["qualifiers_infix"] and not self.char_in(p + 1, "於于") and self.suffix_at(p + 1):
            infix, p = self.char(p), p + 1
        elif self.char(p) in lex["qualifiers_infix"] and (not has_scale(surface) or surface[-1] not in "萬万億亿"):
            scale = next((w for w in ("萬億", "万亿", "億", "亿", "萬", "万") if self.text.startswith(w, p + 1)), "")
            after_end = self.noun_after(p + 1 + len(scale))[0] if scale else None
            q0 = self.qualifier_before(first)[1]
            if scale and (self.suffix_at(p + 1 + len(scale)) or self.before(q0, lex["_nouns"]) or
                          self.before(q0, lex["_money_nouns"]) or  # 投資700多億: money with its 元 left implied
                          after_end is not None and after_end - p <= 8 or  # 960多萬貧困人口
                          scale[-1] in "億亿" and implied_money(self, first, surface + scale) is not None):
                infix, p = self.char(p), p + 1 + len(scale)  # 七百多億元 = 7e10, 'more than'
                if has_scale(surface):  # 1億7,000多萬元, 一億七千多萬元: the lower part takes the scale after 多
                    value, value_max = parse_number(surface + scale) or value, None
                else:
                    value *= trailing_scale(scale)
                    value_max = None if value_max is None else value_max * trailing_scale(scale)
                named = None if self.suffix_at(p) else implied_money(self, first, surface + scale)
                if named is not None:  # 預測盈餘──大概700多億──: a sentence about money drops the 元
                    return self.finish(first, p, "money", value, value_max, named or self.local_currency(first),
                                       inferred=True, infix=infix)
        if self.char_in(p, "%％") or self.char(p) == " " and self.char_in(p + 1, "%％"):  # '增长1.4 %'
            return self.finish(first, p + 1 + (self.char(p) == " "), "percent", value, value_max, "", infix=infix)
        points = self.at(p, ["個百分點", "个百分点", "百分點", "百分点"])
        if points:
            return self.finish(first, p + len(points), "percent", value, value_max, "", infix=infix)
        mille = "‰" if self.char(p) == "‰" else self.at(p, ["個千分點", "个千分点", "千分點", "千分点"])
        if mille:  # 出生率9.16‰, 下降0.13个千分点: per mille, a tenth of a per cent (statistics bulletins' rates)
            return self.finish(first, p + len(mille), "percent", value / 10,
                               None if value_max is None else value_max / 10, "", infix=infix)
        if self.tenth_yuan(s0, p):  # 調高8角: ten cents of the local currency
            return self.finish(first, p + 1 + (self.char(p) == " "), "money", value / 10, None, self.local_currency(first))
        cur = self.at(p, lex["_currency_suffixes"])
        if cur and not (cur in ("元", "圓") and self.char_in(p + 1, "朗首素旦宵件")):
            named = lex["currency_suffixes"][cur]  # '' for a bare 元
            after = self.at(p + len(cur), lex["_currency_after_yuan"]) if cur in ("元", "圓") else ""
            if after:  # 3億元人民幣, 30億元新台幣: the currency named after 元
                named, cur = lex["currency_after_yuan"][after], cur + after
            explicit = bool(named) or code not in ("", "$")
            local = self.local_currency(first)
            unit = (code if code not in ("", "$") else "") or named or local
            stop = p + len(cur) + len(self.per_unit(p + len(cur))[0])  # 8000元/平方米: a price, still money
            return self.finish(first, stop, "money", value, value_max, unit, inferred=not explicit, infix=infix)
        if code:
            local = self.local_currency(first)
            return self.finish(first, p, "money", value, value_max, local if code == "$" else code,
                               inferred=code == "$", infix=infix)
        unit = self.at(p, lex["_units"])
        if unit:
            kind, name = lex["units"][unit]
            per, per_name = self.per_unit(p + len(unit))
            if per:  # 5萬噸/日, 12微克/立方米: a rate is a quantity in a compound unit
                kind, name = "quantity", f"{name} per {per_name}"
            elif kind == "length" and (self.speed_lead(first) or self.speed_after(p + len(unit))):
                kind, name = "speed", f"{name} per hour"  # 時速350公里, 350公里時速: a speed
                per = self.speed_after(p + len(unit))
            return self.finish(first, p + len(unit) + len(per), kind, value, value_max, name, infix=infix)
        century = self.at(p, lex["_century_units"])
        if century:
            century_infix = "多" if "多" in century else infix  # 一個多世紀: 'more than a century'
            return self.finish(first, p + len(century), "duration", value * 100,
                               None if value_max is None else value_max * 100, "year", infix=century_infix)
        if self.char(p) == "月" and value_max is None and not bare_one and value <= 12 and \
                self.before(first, lex["month_span_leads"]):
            return self.finish(first, p + 1, "duration", value, None, "month", infix=infix)  # 前十月: the first ten months
        dur = self.at(p, lex["_durations"])
        if dur:
            nxt = p + len(dur)
            if dur == "年" and (self.at(p, lex["year_followers"]) or self.at(nxt, lex["plan_heads"])) or \
                    named_plan_span(self, first, nxt):
                return None  # 2024-25年度, 八十年代, 五年規劃, 第一個十年醫院發展計劃
            if dur == "年" and (self.short_year(first, surface, nxt) or self.age_of(first)):
                return None  # 在98年, 於08年, 97年7月: a year written with two digits
            if dur in ("周", "週") and self.char_in(nxt, "年边邊岁歲"):
                return None  # 周年, 周边; 14周岁以下: an age (GUIDELINES), not weeks
            if lex["durations"][dur] == "quarter" and not self.counts_quarters(first, nxt):
                return None  # 一季度 is Q1, 兩季稻 two crops: only 首兩季 counts quarters
            if dur == "日" and (not self.char_in(nxt, "內内") and surface not in lex["liang_numerals"] and
                                not self.day_span(nxt, first) or _YEAR_BEFORE.search(self.text, max(0, first - 6), first)):
                return None  # 5日 is a date; 30日內 is a period, and so is 三日訪京行程 (day_span_after)
            half_d = lex["half_after_duration"]  # 兩年半 = 2.5 years (not 一年半載, 'a year or so')
            if dur in half_d["units"] and self.char(nxt) == "半" and value_max is None and \
                    not self.char_in(nxt + 1, half_d["not_after_half"]):
                return self.finish(first, nxt + 1, "duration", value + Decimal("0.5"), None, lex["durations"][dur])
            infix = infix or ("多" if "多" in dur else "")  # 一個多月: 'more than a month' (lexicon _durations_more)
            if bare_one and not (qual or infix or self.before(first, lex["one_duration_lead"]) or
                                 self.at(nxt, lex["one_duration_after"]) or self.char_in(nxt, "多余餘") and
                                 (nxt + 1 == len(self.text) or self.at(nxt + 1, lex["more_span_closers"]) != "")):
                return None  # 前一年, 一年一度: 'one' as an article; 一年多次 a frequency (more_span_closers)
            if self.before(first, lex["_date_pair_before"]) or _YEAR_LIST_BEFORE.search(self.text, max(0, first - 40), first):
                return None  # 今明兩年, 2026/27及2027/28兩個年度: the calendar or fiscal years named, not a span
            if not infix and self.char(nxt) in lex["qualifiers_infix"] and not self.char_in(nxt + 1, "於于次"):
                infix, nxt = self.char(nxt), nxt + 1  # 兩年多: 'more than two years'
            if dur in ("天", "日") and self.counts_days(first):
                return self.finish(first, nxt, "count", value, value_max, "day", infix=infix)
            return self.finish(first, nxt, "duration", value, value_max, lex["durations"][dur], infix=infix)
        level = lex["level_classifiers"].get(self.char(p))
        if level and self.before(self.qualifier_before(first)[1], lex["_rank_change_verbs"]):
            # 排名提升6位, 評級上調1級: a move in rank or level is a count (a rank position is not)
            return self.finish(first, p + 1, "count", value, value_max, level, infix=infix)
        if level == "level" and value_max is None and not infix:
            if surface[-1] in "億亿" and has_scale(surface):  # 百億級項目, 千亿级产业集群: a class of money
                return self.finish(first, p + 1, "money", value, None, self.local_currency(first),
                                   inferred=True)
            if people_class(self, surface, p + 1):
                return self.count(first, p + 1, value, None, "person")  # 千萬級機場: a class by people served
            if not surface[0].isdigit() and 2 <= value <= 9 and (self.lists_items(first, int(value)) or
                                                                 self.at(p + 1, lex["level_tier_after"])):
                return self.finish(first, p + 1, "count", value, None, level)  # 市、区、街镇三级, 五级全覆盖: N levels
        cls = self.at(p, lex["_classifiers"])
        if cls and (session_ordinal(self.text, first, p + len(cls), cls) or article_number(self, first, p + len(cls), cls) or
                    package_name(self, first, p + len(cls), cls)):
            return None  # 十四屆人大五次會議: a numbered term or session; 二十三條立法: an article; 出台穩經濟20條: a name
        if cls and self.classifier_ends(p + len(cls), cls):
            if bare_one and not qual and not self.before(first, lex["only_one_leads"]) and \
                    not one_in_count_list(self, first, p + len(cls)):
                return None  # 一所, 一家: an article (只有一間 'only one' and 兩個X、一個Y count)
            return self.count(first, p + len(cls), value, value_max, lex["classifiers"][cls], infix=infix)
        liang = lex["liang_classifiers"].get(self.char(p))
        if liang and (surface in lex["liang_numerals"] or self.splits_into(first, value, liang)) and not qual and not self.at(p + 1, lex["liang_not_after"]):
            if liang == "time" and self.degrees_not_times(first, p + 1):
                return None  # 氣溫將下降兩度, 高两度左右: two degrees, not twice
            if liang == "time":  # 兩度推出: twice; the noun after is what is done, not what is counted
                return self.finish(first, p + 1, "count", value, None, liang)
            return self.count(first, p + 1, value, None, liang)  # 兩期: two phases (二期 is Phase II, a name)
        if self.char(p) == "大" and 2 <= value <= self.counted_da_max(surface) and value_max is None and not honour_list(self, first) and \
                (_CJK_CHAR.match(self.char(p + 1)) or self.char_in(p + 1, "“「『")) and (not self.at(p, lex["not_counted_da"]) or
                                                       not surface[0].isdigit() and self.at(p, lex["counted_da_parts"])):
            if self.char_in(p + 1, "“「『"):  # 六大「新房策」: a count before a quoted noun counts it (s22 ruling)
                return self.finish(first, p + 1, "count", value, None, "item", infix=infix)
            return self.count(first, p + 1, value, None, "item", infix=infix)  # 四大新興產業, 三大支柱
        bare = bare_noun_at(self, p, first)
        listed_one = surface == "1" and self.char(p + len(bare or " ")).isdigit()  # 1縣2鎮54村: Arabic 1 in a list
        if bare and (surface != "二" or _PAIR_LISTED.search(self.text, max(0, first - 9), first)) and \
                (lex["bare_nouns_min"].get(bare, 2) <= value or listed_one) and value <= 99 and value_max is None and \
                not self.in_slogan(p) and \
                (not surface[0].isdigit() or _CJK_CHAR.match(self.char(first - 1))):
            return self.finish(first, p + len(bare), "count", value, None, lex["bare_nouns"][bare], infix=infix)  # 九市, 三地
        half = re.compile(r"\s*" + lex["half_after_multiple"]).match(self.text, p + 1)
        if self.char(p) == lex["ratio_multiple"]:  # 3倍, 2至3倍, 兩三倍
            if half and value_max is None:  # 增長一倍半 = 1.5
                return self.finish(first, half.end(), "ratio", value + Decimal("0.5"), None, "")
            more = self.char(p + 1) in lex["qualifiers_infix"] and not self.char_in(p + 2, "於于")
            return self.finish(first, p + 1 + more, "ratio", value, value_max, "",  # 兩倍多: 'more than'
                               infix=self.char(p + 1) if more else "")
        cheng_wei = self.char_in(p + 1, "為为") and bool(qual or self.before(first, lex["cheng_wei_lead"]))
        if self.char(p) == "成" and (cheng_wei or not self.char_in(p + 1, lex["not_after_cheng"])) and 0 < value <= 10:
            if half and value_max is None and value < 10:  # 七成半 = 75%
                return self.finish(first, half.end(), "percent", value * 10 + 5, None, "")
            tenth = lex["digits"].get(self.char(p + 1), 0)  # 兩成二 = 22%: a digit after 成 is hundredths
            if tenth and value_max is None and value < 10 and not self.char_in(p + 2, lex["_cn_chars"]) and \
                    not self.suffix_at(p + 2) and not self.char_in(p + 2, "0123456789０-９.點点"):
                return self.finish(first, p + 2, "percent", value * 10 + tenth, None, "")
            return self.finish(first, p + 1, "percent", value * 10,
                               value_max * 10 if value_max is not None else None, "")
        noun = self.at(p, lex["_nouns"])
        if (noun or class_head(self, p)) and size_class(surface):
            return self.finish(first, p, "money", value, value_max, self.local_currency(first), inferred=True,
                               infix=infix)  # 超萬億城市, 千億企業: a size class by value (like 百億級) is money
        if noun and not bare_one and (has_scale(surface) or surface[0].isdigit() or value >= 100) and \
                not self.is_year(surface):
            return self.finish(first, p + len(noun), "count", value, value_max, lex["nouns"][noun],
                               subject=noun, infix=infix)
        q0 = self.qualifier_before(first)[1]
        link = self.before(q0, lex["_money_links"])  # 總開支是二百零五億: a linking verb after the noun
        money = self.before(q0, lex["_money_nouns"]) or self.at(p, lex["_money_nouns_after"]) or \
            (link and self.before(q0 - len(link), lex["_money_nouns"])) or spend_verb(self, q0)
        if money and (has_scale(surface) or infix and value >= 10000) and not self.char_in(p, "元圓"):
            # 產值突破百億, 投放約900億, 節省逾6億公帑: an amount of money with its currency left implied
            return self.finish(first, p, "money", value, value_max, self.local_currency(first),
                               inferred=True, infix=infix)
        before = self.before(self.qualifier_before(first)[1], lex["_nouns"])
        if before and has_scale(surface) and not self.char_in(p, "元圓"):
            # 人口超過750萬, 旅客約4,000萬: a scaled number right after the noun it counts
            return self.finish(first, p, "count", value, value_max, lex["nouns"][before], subject=before, infix=infix)
        after_end, after = self.noun_after(p)
        if after and (has_scale(surface) or infix and value >= 10000) and after_end is not None and after_end - p <= 6 and \
                not self.char_in(p, "元圓") and not self.suffix_at(p) and \
                not re.search(r"[0-9０-９]", self.text[p:after_end]):
            # 近1億農村貧困人口, 建31.6萬公屋: a scaled number before the noun it counts (the span stops at the number)
            return self.finish(first, p, "count", value, value_max, lex["nouns"][after], subject=after, infix=infix)
        shared = self.shared_suffix(p, surface, first)
        if shared is not None:  # 約78億及156億元: the first amount shares the second's currency or unit
            return self.finish(first, p, shared.kind, value, value_max, shared.unit, infix=infix,
                               inferred=shared.currency_inferred)
        rate = self.before(q0, lex["_rate_leads"]) or (link and self.before(q0 - len(link), lex["_rate_leads"]))
        if rate and not has_scale(surface) and value_max is None and not self.char_in(p, "元圓"):
            # 平均汇率6.8985折算: an exchange rate is a ratio (yuan to the dollar), a figure without a unit
            return self.finish(first, p, "ratio", value, None, "", infix=infix)
        if has_scale(surface) and value >= 10000 and re.search(re.escape(surface) + r"[元圓]", self.text):
            # 追加878.4億 where the text also writes 878.4億元: the same amount restated, money in the text's currency
            return self.finish(first, p, "money", value, value_max, self.local_currency(first), inferred=True, infix=infix)
        named = implied_money(self, first, surface)  # 總開支是二百零五億,今年已達五百八十億: a sentence about money
        if named is not None:
            return self.finish(first, p, "money", value, value_max, named or self.local_currency(first), inferred=True, infix=infix)
        return bare_count(self, first, p, surface, value, value_max, infix)  # 突破5100萬。, 新界小計 13,732

    def shared_suffix(self, p: int, surface: str, first: int) -> FigureZh | None:
        """The figure after a coordinator (及, 和, 、) whose currency or unit a bare number shares; only
        between numbers written alike (both Arabic, both with or without a scale word); also the level after
        a change's increment (增加27億至490億元)."""
        change = not self.char_in(p, self.lex["coordinators"])
        if change and not change_level(self, first, p) or self.char(p) == "、" and opens_item(self, first):
            return None  # 一、五年來: a heading's number shares no unit
        m = self.num_re.match(self.text, p + 1)
        if m is None or m.group()[0].isdigit() != surface[0].isdigit() or has_scale(m.group()) != has_scale(surface):
            return None
        nxt = self.figure_at(p + 1, len(self.text))
        if nxt is None or nxt.start != p + 1 or nxt.kind not in ("money", "percent", "area", "length", "volume",
                                                                 "mass", "energy", "power", "duration", "ratio") and \
                not (change and nxt.kind == "count"):
            return None
        return nxt

# two or more years listed right before 'N年/N個年度' ('2026/27及2027/28兩個年度'): the number names them
_YEAR_LIST_BEFORE = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?(?:年度?)?(?:[及和與与、](?:19|20)\d\d(?:[/-]\d{2,4})?"
                               r"(?:年度?)?)+[這这]?$")


def find_figures_zh(text: str, start: int = 0, end: int | None = None, locale: str = "hk") -> list[FigureZh]:
    """Figures in text[start:end] of a Chinese block; `locale` (hk, cn, mo) decides a bare 元."""
    return ZhScanner(text, locale).scan(start, end)
