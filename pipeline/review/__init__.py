"""Review: the HTML report, reviewer decisions (stored, re-applied, learned as aliases), the diff of
two output folders, and evaluation against gold annotations."""

from pipeline.review.decisions import (
    apply_stored_decisions,
    describe,
    learn_aliases,
    read_decisions,
    store_decisions,
)
from pipeline.review.diff import diff_outputs, format_diff, write_diff_html
from pipeline.review.evaluation import evaluate, format_report
from pipeline.review.period_scores import PeriodScore, evaluate_periods, format_period_report
from pipeline.review.report import build_report

__all__ = ["PeriodScore", "apply_stored_decisions", "build_report", "describe", "diff_outputs", "evaluate",
           "evaluate_periods", "format_diff", "format_period_report", "format_report", "learn_aliases", "read_decisions", "store_decisions", "write_diff_html"]
