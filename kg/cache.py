"""The extraction cache: what a document yielded, kept between builds in the user's cache folder.

An entry is keyed by the document's content (its name and every article's text, metadata
and offsets) and by the pipeline version: a digest of the package's code and data (every
module, so that no rule, word list or loader is missed, and `kg/data/`, gazetteer
included) and of the versions of the libraries the pipeline runs on. A change to any of them misses every entry; old entries go with
`kg cache clear`. Entries are written atomically, so parallel workers share the
cache safely.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kg.corpus import Document
from kg.errors import KgError
from kg.prebuilt import cache_folder, keep_pickle

_LIBRARIES = ("spacy", "ahocorasick-rs", "jieba", "orjson")  # what the pipeline and its records run on


@cache
def pipeline_version() -> str:
    """A digest of the code and data that extraction depends on."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=none\0".encode())
    for file in sorted([*package.rglob("*.py"), *(package / "data").rglob("*")]):
        if file.is_file():
            digest.update(f"{file.relative_to(package)}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document: Document) -> str:
    """The key of a document's entry: its content and the pipeline version."""
    content = json.dumps([pipeline_version(), document.name, [asdict(article) for article in document.articles]],
                         ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(content.encode()).hexdigest()


class ExtractionCache:
    """Entries as pickle files under `folder` (default: the user's cache folder, XDG)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_folder()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            with open(self._path(key), "rb") as kept:
                return pickle.load(kept)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str, value: Any) -> None:
        keep_pickle(self._path(key), value)


def default_folder() -> Path:
    """Where extraction results are kept: ``$XDG_CACHE_HOME/kg/extractions`` (``~/.cache/kg/…``)."""
    return cache_folder() / "extractions"


def clear_cache() -> Path:
    """Remove what kg keeps in its user cache folder (extractions and prebuilt data); return the
    folder. A folder that is a symbolic link (to another disk) stays, and so does whatever else it
    holds; only kg's own entries go. A failure is a one-line KgError."""
    folder = cache_folder()
    real = Path(os.path.realpath(folder))
    try:
        if (real / "extractions").exists():
            shutil.rmtree(real / "extractions")
        for kept in [*real.glob("*.pickle"), *real.glob(".*.part")]:  # prebuilt data, and what a killed write left
            kept.unlink()
        if not folder.is_symlink() and real.is_dir() and not any(real.iterdir()):
            real.rmdir()
    except OSError as err:
        raise KgError(f"{folder}: cannot clear the cache: {err.strerror or err}") from None
    return folder
