"""The command line: thin click commands over the Python API (`commands`, `review`), progress output."""

from pipeline.cli.commands import main

__all__ = ["main"]
