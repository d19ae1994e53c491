"""The CLI's error policy: the project's own errors become one line and exit code 2; anything else is a bug."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from pipeline.errors import PipelineError


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The project's own errors become a one-line message and exit code 2; anything else is a bug."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PipelineError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)

    return wrapper
