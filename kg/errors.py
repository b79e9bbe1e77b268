"""User-facing errors: each carries a one-line message naming the input at fault."""
from __future__ import annotations


class KgError(Exception):
    """An error the user can fix (bad input, bad option); shown as one line, exit code 1."""


class InputError(KgError):
    """An input that cannot be read: names the file and, where known, the line."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.line = line
