"""Word lists shipped as kg/data/<name>.txt: one entry a line, after a header of '#' lines that
says what the list holds and where it comes from."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of kg/data/<name>.txt, longest first (so an alternation prefers 美团外卖 to 美团)."""
    text = (resources.files("kg") / "data" / f"{name}.txt").read_text(encoding="utf-8")
    entries = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(entries, key=lambda entry: (-len(entry), entry)))
