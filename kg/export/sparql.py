"""A live push into a SPARQL 1.1 store over the Graph Store HTTP Protocol.

Everything goes into named graphs: each article's evidence into the article's graph, and
the entities and relations (the file's default graph) into one graph of their own. So that
plain queries (no FROM, no GRAPH) answer on the store as they do on the file, where the
default graph is the union of all graphs, the push then copies every triple into the store's
default graph too (`copy_default`, on by default). Per store:

- Oxigraph: the copy; or run the server as ``oxigraph serve --union-default-graph`` and push
  without the copy (``kg export --to sparql --default-graph union``).
- Virtuoso: its default graph is already the union of all graphs, and its Graph Store
  endpoint refuses writing the default graph: push without the copy (``--default-graph union``).
- Fuseki, GraphDB and other Graph Store Protocol stores: the copy (Fuseki's
  ``tdb:unionDefaultGraph`` option does the same without it).

Each graph is sent with PUT (replacing what the store held under that name) in its first
batch and POST (adding) after, so a re-run leaves the store as one run does. A failure says
how far it got.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph

from kg.errors import KgError

N_TRIPLES = "application/n-triples"


def _graphs(quads: list[pyoxigraph.Quad], main_graph: str) -> dict[str, list[pyoxigraph.Triple]]:
    """Graph name → its triples; the default graph goes under `main_graph`."""
    graphs: dict[str, list[pyoxigraph.Triple]] = {}
    for quad in quads:
        name = main_graph if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, []).append(quad.triple)
    return graphs


def _send(method: str, url: str, body: bytes, auth: tuple[str, str] | None, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": N_TRIPLES})
    if auth:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, *auth)
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager),
                                             urllib.request.HTTPBasicAuthHandler(manager))
        opener.open(request, timeout=timeout).close()
    else:
        urllib.request.urlopen(request, timeout=timeout).close()


def push_sparql(quads: list[pyoxigraph.Quad], endpoint: str, main_graph: str, batch_size: int = 10_000,
                auth: tuple[str, str] | None = None, timeout: float = 60.0, copy_default: bool = True) -> int:
    """Push every graph to the Graph Store endpoint (e.g. http://localhost:7878/store), and with
    `copy_default` all their triples into the default graph too; return the triples sent."""
    graphs = _graphs(quads, main_graph)
    targets = [(f"graph {name}", f"{endpoint}?graph={urllib.parse.quote(name, safe='')}", triples)
               for name, triples in sorted(graphs.items())]
    if copy_default:
        targets.append(("the default graph", f"{endpoint}?default", [t for *_, ts in targets for t in ts]))
    sent = pushed = 0
    for label, target, triples in targets:
        triples.sort(key=str)
        try:
            for start in range(0, len(triples), batch_size):
                body = pyoxigraph.serialize(triples[start: start + batch_size], format=pyoxigraph.RdfFormat.N_TRIPLES)
                _send("PUT" if start == 0 else "POST", target, body, auth, timeout)
                sent += min(batch_size, len(triples) - start)
        except urllib.error.HTTPError as err:
            hint = "; a store whose default graph is the union of its graphs needs no copy (--default-graph union)" \
                if label == "the default graph" else ""
            raise KgError(f"{endpoint}: the store rejected {label} (HTTP {err.code}); "
                          f"{pushed} of {len(targets)} graphs pushed, re-running is safe{hint}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise KgError(f"{endpoint}: cannot reach the store ({reason}); {pushed} of {len(targets)} graphs pushed, "
                          "re-running is safe") from None
        pushed += 1
    return sent
