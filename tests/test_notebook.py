"""The notebook runs top to bottom without error."""
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_runs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    outputs = [cell["outputs"] for cell in notebook.cells if cell.cell_type == "code"]
    assert all(outputs), "every code cell shows a result"
    assert "UnionBody" in str(outputs[0])
