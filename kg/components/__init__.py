"""spaCy components of the kg pipeline, one a module; importing this package registers them.

An install compiles these modules with mypyc (see setup.py); an editable install keeps the
compiled modules beside their sources, and Python loads them first. A source edited after
that is not what runs, so importing the package warns about it.
"""
import warnings
from pathlib import Path
from types import ModuleType

from kg.components import base, organizations, people, programs, regions, relations, unions
from kg.regexes import keep_patterns

_INSTALL_TIME = 2.0  # seconds: an install writes a module's source and its compiled form this close together


def _warn_if_edited_after_compiling(modules: tuple[ModuleType, ...]) -> None:
    for module in modules:
        compiled = Path(module.__file__ or "")
        source = compiled.with_name(module.__name__.rsplit(".", 1)[1] + ".py")
        if compiled.suffix == ".so" and source.exists() and (
                source.stat().st_mtime > compiled.stat().st_mtime + _INSTALL_TIME):
            warnings.warn(f"{source} changed after it was compiled, and the compiled form runs: install kg "
                          "again (pip install -e .), or with KG_PURE_PYTHON=1 to run the sources", stacklevel=2)


_warn_if_edited_after_compiling((base, organizations, people, programs, regions, relations, unions))
keep_patterns()  # every module of the pipeline has compiled its patterns
