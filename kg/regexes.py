"""The pipeline's regular expressions, kept compiled between runs.

Compiling the components' five hundred patterns takes a quarter of a second at each start-up,
most of it spent on classes of CJK characters. `regex` compiles as `re.compile` does, but
keeps the engine's code that CPython's regular-expression compiler makes of each pattern in the
user's cache folder (beside `kg.prebuilt`'s pickles), keyed by the pattern, its flags, the Python
version and the engine's version, so that a later run hands the code to the engine at once.
`keep_patterns` writes the patterns used so far, once the modules that hold them are loaded.
Where CPython's compiler is missing, or its code is refused, `regex` is `re.compile`.
"""
from __future__ import annotations

import hashlib
import pickle
import re
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

from kg.prebuilt import cache_folder, keep_pickle

# What CPython's engine takes: the final flags, the code, the number of groups, and the groups' names
# both ways.
Code = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

try:
    _engine: Any = import_module("_sre")
    _parser: Any = import_module("re._parser")
    _compiler: Any = import_module("re._compiler")
except ImportError:
    _engine = None


def _kept_path() -> Path:
    """Where this installation's patterns are kept for this Python and engine."""
    place = hashlib.sha256(str(Path(__file__).resolve().parent).encode()).hexdigest()[:12]
    return cache_folder() / f"patterns-{place}-{sys.implementation.cache_tag}-{_engine.MAGIC}.pickle"


def _load_kept() -> dict[tuple[str, int], Code]:
    if _engine is None:
        return {}
    try:
        with open(_kept_path(), "rb") as kept:
            value = pickle.load(kept)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


_kept = _load_kept()
_used: dict[tuple[str, int], Code] = {}


def _compile(source: str, flags: int) -> Code:
    """What CPython's `re._compiler.compile` hands the engine for `source`."""
    tree = _parser.parse(source, flags)
    names = tree.state.groupdict
    name_of_group: list[Any] = [None] * tree.state.groups
    for name, group in names.items():
        name_of_group[group] = name
    return (int(flags | tree.state.flags), [int(op) for op in _compiler._code(tree, flags)],
            tree.state.groups - 1, dict(names), tuple(name_of_group))


def regex(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the code kept by an earlier run where there is one."""
    global _engine
    if _engine is None:
        return re.compile(source, flags)
    key = (source, int(flags))
    code = _kept.get(key) or _compile(source, int(flags))
    try:
        compiled: re.Pattern[str] = _engine.compile(source, *code)
    except (TypeError, ValueError, RuntimeError):
        _engine = None  # an engine that takes other code: compile as re does from now on
        return re.compile(source, flags)
    _used[key] = code
    return compiled


def keep_patterns() -> None:
    """Keep the patterns used so far for later runs, if any of them was compiled anew (those no
    longer used are dropped)."""
    if _engine is not None and not _used.keys() <= _kept.keys():
        keep_pickle(_kept_path(), _used)
