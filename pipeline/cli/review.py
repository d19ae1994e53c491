"""Thin commands for review: `review OUT`, `review apply DECISIONS.csv --out OUT`, `diff OLD_OUT NEW_OUT`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pipeline.cli.errors import user_errors


class ReviewGroup(click.Group):
    """`review OUT` builds the report; `review apply ...` is a subcommand.

    A click group would read `apply` as the OUT argument, so when the first word names a
    subcommand the group's own positional argument is left out of parsing.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] in self.commands:
            saved = self.params
            self.params = [p for p in self.params if not isinstance(p, click.Argument)]
            try:
                return super().parse_args(ctx, args)
            finally:
                self.params = saved
        # `review OUT --corpus C`: options may follow OUT, as in any command.
        ctx.allow_interspersed_args = True
        rest = click.Command.parse_args(self, ctx, args)
        if rest:
            raise click.UsageError(f"unexpected argument(s): {' '.join(rest)}", ctx)
        return rest


@click.group(cls=ReviewGroup, invoke_without_command=True, subcommand_metavar="[apply DECISIONS.csv --out OUT]")
@click.argument("out", required=False, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="The corpus OUT was made from, to render PDF page images (default: paths relative to here).")
@click.pass_context
@user_errors
def review(ctx: click.Context, out: Path | None = None, corpus: Path | None = None) -> None:
    """Write a static HTML review report of OUT's tables into OUT/review/."""
    if ctx.invoked_subcommand is not None:
        return
    if out is None:
        raise click.UsageError("Missing argument 'OUT' (or use: review apply DECISIONS.csv --out OUT).")
    from pipeline.review import build_report

    index = build_report(out, corpus)
    n = len(list(index.parent.glob("doc-*.html")))
    click.echo(f"review report: {index} ({n} document pages); open it in a browser")


@review.command("apply")
@click.argument("decisions", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--learn", is_flag=True,
              help="Save corrected canonical names as aliases in OUT/decisions/gazetteer.learned.jsonl.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="User gazetteer(s) the run used, so --learn extends the right entries.")
@user_errors
def apply(decisions: Path, out: Path, learn: bool, gazetteers: tuple[Path, ...]) -> None:
    """Store DECISIONS.csv in OUT and write OUT/<table>_reviewed.csv (re-applied by every later run)."""
    from pipeline.review import (
        apply_stored_decisions,
        describe,
        read_decisions,
        store_decisions,
    )

    new = read_decisions(decisions)
    stored, unknown = store_decisions(out, new)
    summary: Any = apply_stored_decisions(out)
    click.echo(f"stored {len(new)} decision(s) from {decisions}; {len(stored)} in {out / 'decisions'}")
    if summary is not None:
        rows = ", ".join(f"{k} {v}" for k, v in (summary.rows or {}).items())
        click.echo(f"applied to {summary.applied} row(s): {summary.accepted} accepted, {summary.corrected} corrected, "
                   f"{summary.rejected} rejected; reviewed tables: {rows}")
        for d in summary.vanished or []:
            click.echo(f"  no such mention now: {describe(d)}", err=True)
    if (out / "review" / "index.html").exists():
        click.echo(f"run `policy-pipeline review {out}` to show them in the report")
    if unknown:
        click.echo(f"warning: {len(unknown)} decision(s) name no mention of the current tables "
                   f"(kept, listed in {out / 'decisions' / 'vanished.csv'})", err=True)
    if learn:
        from pipeline.review import learn_aliases

        path, added = learn_aliases(out, new, gazetteers)
        click.echo(f"learned {added} alias(es) into {path}; use it with --gazetteer {path}")


@click.command()
@click.argument("old_out", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.argument("new_out", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--html", "html", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the differences as an HTML page.")
@click.option("--limit", default=50, show_default=True, help="Rows listed per table and change type (0: all).")
@user_errors
def diff(old_out: Path, new_out: Path, html: Path | None, limit: int) -> None:
    """Rows added, removed and changed per table between two output folders (by mention_id)."""
    from pipeline.review import diff_outputs, format_diff, write_diff_html

    result = diff_outputs(old_out, new_out)
    click.echo(format_diff(result, limit=limit))
    if html is not None:
        write_diff_html(result, html)
        click.echo(f"wrote {html}")
