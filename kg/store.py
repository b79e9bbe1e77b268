"""The graph in an on-disk Oxigraph store, for graphs too big to load from a file each time.

`kg build --store DIR` adds the graph of each build to the store in DIR (created on first
use); `kg query`, `kg export`, `kg render` and `kg validate` take DIR where they take a graph
file. A later build adds its statements to those already there. Where a property takes one
value (``sh:maxCount 1`` in the SHACL shapes: the preferred label, the mention count, a
division's level and code …), the later build's value replaces the stored one, so the store
stays valid against the shapes; the rest (aliases, relations, the articles' graphs with the
evidence) accumulates. Adding the same build twice changes nothing.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph

from kg.errors import KgError

if TYPE_CHECKING:
    from rdflib import Graph

_SINGLE_VALUED = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT DISTINCT ?path WHERE { ?shape sh:property ?property . ?property sh:path ?path ; sh:maxCount 1 }
"""


def is_store(path: Path) -> bool:
    """Whether `path` names a store (a folder) rather than a graph file."""
    return path.is_dir()


def open_store(path: Path, read_only: bool = True) -> pyoxigraph.Store:
    """The store in `path`; read-only unless asked, created when opened for writing."""
    try:
        return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
    except OSError as err:
        raise KgError(f"{path}: not an Oxigraph store: {str(err).splitlines()[0]}") from None


@cache
def single_valued() -> frozenset[pyoxigraph.NamedNode]:
    """The properties the shapes allow one value of."""
    shapes = pyoxigraph.Store()
    with resources.as_file(resources.files("kg") / "ontology" / "shapes.ttl") as path:
        shapes.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return frozenset(solution["path"] for solution in shapes.query(_SINGLE_VALUED)
                     if isinstance(solution["path"], pyoxigraph.NamedNode))


def add_to_store(path: Path, quads: Iterable[pyoxigraph.Quad]) -> int:
    """Add a build's quads to the store in `path` (see the module's note on single-valued
    properties); returns the number of quads in the store."""
    quads = list(quads)
    single = single_valued()
    store = open_store(path, read_only=False)
    default = pyoxigraph.DefaultGraph()
    replaced = {(quad.subject, quad.predicate) for quad in quads
                if quad.graph_name == default and quad.predicate in single}
    stale = [old for subject, predicate in replaced
             for old in store.quads_for_pattern(subject, predicate, None, default)]
    for quad in stale:
        store.remove(quad)
    store.bulk_extend(quads)
    store.flush()
    store.optimize()
    return len(store)


def store_graph(path: Path) -> Graph:
    """Every statement of the store (named graphs merged) as one rdflib graph."""
    from rdflib import Graph

    triples = open_store(path).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    return Graph().parse(data=triples.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt")
