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
    shown = [kind for cell_outputs in outputs for output in cell_outputs for kind in output.get("data", {})]
    assert "image/png" in shown, "the matplotlib figure is drawn"
    assert any("iframe" in str(output.get("data", {}).get("text/html", "")) for o in outputs for output in o)
