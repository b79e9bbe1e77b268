"""Data derived from files at start-up (the gazetteer, the word list), kept ready-made between runs.

Parsing the gazetteer and jieba's dictionary takes a second or more; unpickling what was
derived from them takes a fifth of that. `prebuilt` derives a value once and keeps its
pickle in the user's cache folder (``$XDG_CACHE_HOME/kg``, by default ``~/.cache/kg``),
keyed by the source files (path, size, modification time), the module that derives it
and the Python version, so that a change to any of them derives it again. Each place the
sources lie (each installation or checkout) has a slot of its own, where a new pickle
replaces the older one. Where the folder cannot be written the value is derived every time.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_folder() -> Path:
    """The user's cache folder for kg, following the XDG base directory specification."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def _slot(sources: list[Path], code: Path) -> str:
    """Where the sources and the code lie."""
    places = "\0".join(str(path.resolve()) for path in (*sources, code))
    return hashlib.sha256(places.encode()).hexdigest()[:12]


def _key(sources: list[Path], code: Path) -> str:
    """What the sources and the code hold."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    digest.update(code.read_bytes())
    for source in sources:
        status = source.stat()
        digest.update(f"{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:20]


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Pause Python's cycle collector for the block; with `freeze`, then move everything the
    process holds to the collector's permanent generation, for what lives as long as the
    process (spaCy, the gazetteer, the word list): its hundreds of thousands of objects would
    otherwise set off full collections while they load, and be gone over again by each later
    one (a tenth of the extraction time)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if paused:
            gc.enable()


def _load(kept) -> object:
    """Unpickle what lives as long as the process."""
    with collector_paused(freeze=True):
        return pickle.load(kept)


def keep_pickle(path: Path, value: object) -> bool:
    """Write `value`'s pickle to `path` atomically (through a temporary file beside it, removed if
    the write fails); whether it was kept. A cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem[:16]}-", suffix=".part", delete=False) as out:
            try:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                os.unlink(out.name)
                raise
        os.replace(out.name, path)
        return True
    except OSError:
        return False


def prebuilt(name: str, sources: list[Path], code: Path, derive: Callable[[], T]) -> T:
    """`derive()`, or its pickle from an earlier run with the same `sources` and `code` (the
    file of the module that derives it). The older pickle of the same slot is removed."""
    folder = cache_folder()
    slot = f"{name}-{_slot(sources, code)}"
    path = folder / f"{slot}-{_key(sources, code)}.pickle"
    try:
        with open(path, "rb") as kept:
            return _load(kept)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = derive()
    if keep_pickle(path, value):
        for older in folder.glob(f"{slot}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    return value
