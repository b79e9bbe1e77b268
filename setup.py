"""Build kg, its NER components compiled to C with mypyc (set KG_PURE_PYTHON=1 to install them as
plain Python, e.g. while changing them)."""
import os
from pathlib import Path

from setuptools import setup


def compiled_components() -> list:
    if os.environ.get("KG_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    modules = sorted(str(path) for path in Path("kg/components").glob("*.py") if path.name != "__init__.py")
    return mypycify(modules, group_name="kg_components")


setup(ext_modules=compiled_components())
