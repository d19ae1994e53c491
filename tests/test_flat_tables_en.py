"""English tables that lost their grid (issue 14, session 15), made-up texts: the unit stated once in the title, a
line of its own or a column's name ('(S$B)', '($ million)', 'millions of Hong Kong dollars') makes the bare cells
money or percents; a row's or a section's own unit ('Loans (HK$ mln) 1,200 1,150 4.3', 'Approvals (HK$ mln)' over
its rows, '(pct)', '(cases)', a label going on to the next line) wins over the table's, and a 'Pct Change' column is
in percent; accounting negatives '(1.4)'; one cell per line or one row per line; a footnote number after a row label;
the cells' periods from their column headers ('FY23', 'FY2014/15 FY2015/16', '2031 2030' over 'Mar Feb', a 'Change'
column) and a flattened chart's time lines ('2019' / 'target: $2.1b'). Each table has texts that must stay as they
are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods

ONE_CELL_PER_LINE = """Main Fiscal Aggregates (S$B)
Item
FY31
FY32
Change
Tax Receipts
51.2
53.9
+5.3%
Net Balance
(1.4)
(0.6)
Fee Income
7.5
7.1
-5.3%
Notes follow below the table.
"""

ONE_ROW_PER_LINE = """Table 2: Summary of Government Accounts ($ million)
FY2014/15 FY2015/16
Total Receipts 61,020 63,114
Running Costs 48,230 50,917
Transfers2 1,204 1,180
Investment Income Share 3 9,875 10,402
Net Position 2,310 (1,605)
Other Items - -
"""

WIRE_TABLE = """MANILA, March 3 The main estimates of the city's budget
for the year starting July 1:
2031/32 2032/33
Revenue 40.15 41.90
- salaries tax 9.05 9.77
Expenditure 38.62 43.10
Balance 1.53 (1.20)
millions of Hong Kong dollars
Source: Treasury
"""


PRINTED = """Appendix 4
Table 9
Fund Balance Sheet
HK$ Million
  As at end of year
  2028
  2030   2031
Assets(1)
  Deposits 1,200   1,350   1,410
  Bonds(2) 800   760   905

        2,000   2,110   2,315

Equity 640   700   722
"""

ROW_UNITS = """Mar 30 New car loans in the city totalled HK$1.2 billion in March.
Following is the breakdown:
2031 2031
Mar Feb Pct
Change
Loans drawn (HK$ mln) 1,200 1,150 4.3
Approvals (HK$ mln)
Private cars 800 760 5.3
Vans 390 400 -2.5
No. of cases (cases) 2,410 2,300 4.8
Default ratio (pct)
(over 90 days) 0.05 0.04
Prime-based loans (Hong Kong 61.5 60.2
prime rates) (pct)
"""


@pytest.mark.parametrize("text, expected", [
    (PRINTED, [  # group separators, a subtotal row without a label, label numbers ('Table 9') are no cells
        ("1,200", "money", "1200000000", N, "HKD", ""), ("1,350", "money", "1350000000", N, "HKD", ""),
        ("1,410", "money", "1410000000", N, "HKD", ""),
        ("800", "money", "800000000", N, "HKD", ""), ("760", "money", "760000000", N, "HKD", ""),
        ("905", "money", "905000000", N, "HKD", ""),
        ("2,000", "money", "2000000000", N, "HKD", ""), ("2,110", "money", "2110000000", N, "HKD", ""),
        ("2,315", "money", "2315000000", N, "HKD", ""),
        ("640", "money", "640000000", N, "HKD", ""), ("700", "money", "700000000", N, "HKD", ""),
        ("722", "money", "722000000", N, "HKD", "")]),
    (ROW_UNITS, [
        ("HK$1.2 billion", "money", "1200000000", N, "HKD", ""),
        ("1,200", "money", "1200000000", N, "HKD", ""), ("1,150", "money", "1150000000", N, "HKD", ""),
        ("4.3", "percent", "4.3", N, "", ""),
        ("800", "money", "800000000", N, "HKD", ""), ("760", "money", "760000000", N, "HKD", ""),
        ("5.3", "percent", "5.3", N, "", ""),
        ("390", "money", "390000000", N, "HKD", ""), ("400", "money", "400000000", N, "HKD", ""),
        ("-2.5", "percent", "-2.5", N, "", ""),
        ("2,410", "count", "2410", N, "case", ""), ("2,300", "count", "2300", N, "case", ""),
        ("4.8", "percent", "4.8", N, "", ""),
        ("over 90 days", "duration", "90", N, "day", "over"),
        ("0.05", "percent", "0.05", N, "", ""), ("0.04", "percent", "0.04", N, "", ""),
        ("61.5", "percent", "61.5", N, "", ""), ("60.2", "percent", "60.2", N, "", "")]),
    (ONE_CELL_PER_LINE, [
        ("51.2", "money", "51200000000", N, "SGD", ""), ("53.9", "money", "53900000000", N, "SGD", ""),
        ("+5.3%", "percent", "5.3", N, "", ""),
        ("(1.4)", "money", "-1400000000", N, "SGD", ""), ("(0.6)", "money", "-600000000", N, "SGD", ""),
        ("7.5", "money", "7500000000", N, "SGD", ""), ("7.1", "money", "7100000000", N, "SGD", ""),
        ("-5.3%", "percent", "-5.3", N, "", "")]),
    (ONE_ROW_PER_LINE, [
        ("61,020", "money", "61020000000", N, "HKD", ""), ("63,114", "money", "63114000000", N, "HKD", ""),
        ("48,230", "money", "48230000000", N, "HKD", ""), ("50,917", "money", "50917000000", N, "HKD", ""),
        ("1,204", "money", "1204000000", N, "HKD", ""), ("1,180", "money", "1180000000", N, "HKD", ""),
        ("9,875", "money", "9875000000", N, "HKD", ""), ("10,402", "money", "10402000000", N, "HKD", ""),
        ("2,310", "money", "2310000000", N, "HKD", ""), ("(1,605)", "money", "-1605000000", N, "HKD", "")]),
    (WIRE_TABLE, [
        ("40.15", "money", "40150000", N, "HKD", ""), ("41.90", "money", "41900000", N, "HKD", ""),
        ("9.05", "money", "9050000", N, "HKD", ""), ("9.77", "money", "9770000", N, "HKD", ""),
        ("38.62", "money", "38620000", N, "HKD", ""), ("43.10", "money", "43100000", N, "HKD", ""),
        ("1.53", "money", "1530000", N, "HKD", ""), ("(1.20)", "money", "-1200000", N, "HKD", "")]),
    ("Scores by year (%)\nNorth 61.5 63.0\nSouth 58.2 60.4\n", [
        ("61.5", "percent", "61.5", N, "", ""), ("63.0", "percent", "63.0", N, "", ""),
        ("58.2", "percent", "58.2", N, "", ""), ("60.4", "percent", "60.4", N, "", "")]),
    # no unit declared: bare numbers stay as the scanner reads them (nothing here)
    ("Summary\nFY2014/15 FY2015/16\nRevenue 40.15 41.90\nCosts 38.62 43.10\nOther 1.2 1.3\n", []),
    # prose between the unit line and the numbers: no table
    ("Spending ($ million)\nThe Government spent more on many things in many places this year than last year.\n"
     "Schools 12.5 13.0\nClinics 4.1 4.4\nHalls 2.2 2.4\n", []),
])
def test_flattened_table_cells(text: str, expected: list[Row]) -> None:
    check_figures(text, expected)


def test_flattened_table_periods() -> None:
    assert line_periods(ONE_CELL_PER_LINE) == {
        "51.2": "FY2031", "53.9": "FY2032", "+5.3%": "FY2032", "(1.4)": "FY2031", "(0.6)": "FY2032",
        "7.5": "FY2031", "7.1": "FY2032", "-5.3%": "FY2032"}
    got = line_periods(ONE_ROW_PER_LINE)
    assert got["61,020"] == "2014-15" and got["(1,605)"] == "2015-16" and got["10,402"] == "2015-16"
    got = line_periods(WIRE_TABLE)
    assert got["40.15"] == "2031-32" and got["(1.20)"] == "2032-33"
    got = line_periods(PRINTED)
    assert got["1,200"] == "2028-12-31" and got["2,110"] == "2030-12-31" and got["722"] == "2031-12-31"
    got = line_periods(ROW_UNITS)
    assert got["1,200"] == "2031-03" and got["1,150"] == "2031-02" and got["4.3"] == "2031-03"
    assert got["61.5"] == "2031-03" and got["60.2"] == "2031-02"


def test_flattened_chart_time_lines() -> None:
    text = ("Targets and results\n2028\ntarget: $2.1b\nresult: $2.4b\n2029\ntarget: -$0.5b\nresult: $0.3b\n"
            "2030 (estimate)\ntarget: $1.0b\n")
    assert line_periods(text) == {"$2.1b": "2028", "$2.4b": "2028", "-$0.5b": "2029", "$0.3b": "2029",
                                  "$1.0b": "2030"}
    # one year line over a short line: a heading as before, its line's own time still wins
    assert line_periods("Results\n2028\nSpending rose by $2.1b in 2027.\n") == {"$2.1b": "2027"}
