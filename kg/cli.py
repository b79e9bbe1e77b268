"""The `kg` command line: a thin click layer over the library's stages."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _stop_behind(error: BaseException) -> BaseException | None:
    """The Ctrl-C (KeyboardInterrupt) or SIGTERM (SystemExit) another exception was raised from.
    Python 3.11 wraps a stop that lands while a class is made (in a `__set_name__`, as when a
    library loads) in a RuntimeError."""
    cause = error.__cause__
    while cause is not None and not isinstance(cause, (KeyboardInterrupt, SystemExit)):
        cause = cause.__cause__
    return cause


def _interrupted_while_loading(kind, value, trace) -> None:
    """Ctrl-C while kg still loads its libraries ends it as Ctrl-C later does: one line, no traceback."""
    if isinstance(value, KeyboardInterrupt) or isinstance(_stop_behind(value), KeyboardInterrupt):
        sys.stderr.write("Aborted!\n")
    else:
        sys.__excepthook__(kind, value, trace)


sys.excepthook = _interrupted_while_loading

import click  # noqa: E402  (after the hook, which covers loading it)

from kg.errors import KgError
from kg.export import FILE_FORMATS
from kg.model import DEFAULT_BASE, TYPE_NAMES
from kg.output import (STDOUT, check_output_file, check_output_folder, is_stream, signals_end_cleanly, write_atomic,
                       write_files)

# Each command imports the stages it runs, so that `kg extract` loads neither rdflib, pyshacl
# nor a database driver, and starts about as fast as spaCy itself.


def _input_options(command):
    """Options every command that reads sources shares."""
    command = click.option("--skip-bad", is_flag=True,
                           help="Report unreadable inputs, and documents whose extraction fails, and go on.")(command)
    command = click.option("--strict", is_flag=True,
                           help="Two inputs with the same article id are an error (else a warning, and the later "
                                "one is renamed <id>~2).")(command)
    command = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")(command)
    command = click.option("--workers", "-j", type=click.IntRange(1, 64), default=min(os.cpu_count() or 1, 64),
                           show_default="the number of cores", help="Processes to extract with.")(command)
    command = click.option("--no-cache", is_flag=True,
                           help="Extract every document again instead of taking unchanged ones from the cache.")(command)
    return click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))(command)


def _report_skipped(message: str) -> None:
    click.echo(f"skipped {message}", err=True)


def _cache(no_cache: bool):
    """The user's extraction cache, or None with --no-cache."""
    from kg.cache import ExtractionCache

    return None if no_cache else ExtractionCache()


class KgGroup(click.Group):
    """Turns KgError into a one-line message and exit code 1; SIGTERM and SIGHUP unwind like
    Ctrl-C, so that a stopped command leaves no temporary file, and end it as Ctrl-C does
    wherever they land."""

    def invoke(self, ctx):
        try:
            with signals_end_cleanly():
                return super().invoke(ctx)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except Exception as err:
            stop = _stop_behind(err)
            if stop is None:
                raise
            raise stop from None


@click.group(cls=KgGroup)
@click.version_option(package_name="kg-union")
def main() -> None:
    """Turn Chinese trade-union news into a knowledge graph."""


@main.command()
@_input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one record per input document; json: one array.")
@click.option("--output", "-o", type=click.Path(allow_dash=True),
              help="File to write (default or -: stdout); a symbolic link is followed, a device written as a stream.")
@click.option("--explain", is_flag=True,
              help="Instead of records, a table per article: each mention and relation with its rule, offsets and sentence.")
def extract(paths, skip_bad, strict, quiet, workers, no_cache, fmt, output, explain):
    """Find union bodies, programs, regions, organisations and people in PATHS.

    PATHS are .txt files, folders, .jsonl files (one article per line) or - for stdin;
    with none, the bundled sample corpus.
    """
    from kg.build import LocalEngine, Progress, extract_stream

    if output:
        check_output_file(output)
    results = extract_stream(paths, LocalEngine(workers), _cache(no_cache), skip_bad, _report_skipped,
                             keep="full" if explain else "record", strict=strict, progress=Progress(enabled=not quiet))
    if explain:
        from kg.explain import explain as explain_document

        text = "\n".join(explain_document(result.name, result.extractions) for result in results)
    elif fmt == "jsonl":
        records = (result.record for result in results)
        # Into a file as the documents come (atomic: an error leaves nothing); onto a stream whole,
        # so that an error prints nothing but itself.
        text = records if output and not is_stream(output) else "".join(records)
    else:
        records = [json.loads(result.record) for result in results]
        text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    write_atomic(output or STDOUT, text)


@main.command()
@_input_options
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for the graph files.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base IRI of the graph's resources.")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path),
              help="Also add the graph to the on-disk Oxigraph store in this folder (created if need be).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: --workers processes here; dask: a Dask cluster (--scheduler, or a LocalCluster of "
                   "--workers processes).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786.")
def build(paths, skip_bad, strict, quiet, workers, no_cache, out_dir, base_iri, store, engine, scheduler):
    """Build the knowledge graph of PATHS (default: the bundled corpus).

    Writes graph.ttl, graph.trig (one named graph per article), graph.jsonld,
    graph.graphml, graph.html and extractions.jsonl into the output folder;
    with --store, adds the graph to a store that kg query, export and render read.
    """
    from kg.build import LocalEngine, Progress, build as build_graph_files

    if scheduler and engine != "dask":
        raise KgError("--scheduler needs --engine dask")
    if engine == "dask":
        from kg.dask_engine import DaskEngine

        extraction = DaskEngine(scheduler, workers)
    else:
        extraction = LocalEngine(workers)
    summary = build_graph_files(paths, out_dir, base_iri, extraction, _cache(no_cache), skip_bad, _report_skipped,
                                Progress(enabled=not quiet), store, strict)
    if not quiet:
        click.echo(f"{summary.nodes} nodes, {summary.edges} edges from {summary.articles} articles → {out_dir}/; "
                   f"{summary.extracted} of {summary.documents} documents extracted"
                   + (", the rest from the cache" if summary.extracted < summary.documents else ""), err=True)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
def validate(graph_file):
    """Check GRAPH_FILE against the SHACL shapes (.ttl, .trig, .nq, .nt, .jsonld, or a store folder).

    Prints one line per violation and exits 1 if there is any.
    """
    from kg.validate import load_rdf, validate as validate_graph

    violations = validate_graph(load_rdf(graph_file))
    for violation in violations:
        click.echo(str(violation))
    if violations:
        raise KgError(f"{graph_file}: {len(violations)} shape violation(s)")
    click.echo(f"{graph_file}: conforms")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path), required=False)
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind the query's parameter $NAME to a Chinese literal (repeat for several).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="Describe the canned queries and exit.")
def query(graph_file, query, params, fmt, engine, list_queries):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) over GRAPH_FILE.

    QUERY is SPARQL text, a .rq file, or the name of a canned query (see --list).
    """
    from kg.query import canned_queries, format_result, parse_params, run_query

    if list_queries:
        for name, (description, _) in canned_queries().items():
            click.echo(f"{name:24} {description}")
        return
    if graph_file is None or query is None:
        raise KgError("usage: kg query GRAPH_FILE QUERY (or kg query --list)")
    click.echo(format_result(run_query(graph_file, query, parse_params(params), engine), fmt), nl=False)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path, allow_dash=True), default="graph.html", show_default=True,
              help="File to write (- for stdout).")
@click.option("--focus", help="Draw only the neighbourhood of the entity with this name or alias.")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Radius of --focus.")
@click.option("--types", help=f"Comma-separated entity types to draw ({', '.join(TYPE_NAMES)}).")
@click.option("--max-nodes", type=click.IntRange(1), default=5000, show_default=True,
              help="Above this, show the best-connected nodes first and say so on the page; "
                   "focusing or expanding a node brings in its neighbours.")
def render(graph_file, output, focus, depth, types, max_nodes):
    """Write the interactive, offline HTML view of GRAPH_FILE.

    GRAPH_FILE is .ttl, .trig, .nq, .nt or .jsonld, or a store folder of kg build --store.
    """
    from kg.rdf import from_rdf
    from kg.render import render_html, select_subgraph
    from kg.validate import load_rdf

    wanted = {t.strip() for t in types.split(",")} if types else None
    if wanted and not wanted <= set(TYPE_NAMES):
        raise KgError(f"--types: unknown type(s) {', '.join(sorted(wanted - set(TYPE_NAMES)))}")
    check_output_file(output)
    graph = from_rdf(load_rdf(graph_file))
    subgraph, note = select_subgraph(graph, focus=focus, depth=depth, types=wanted)
    write_atomic(output, render_html(subgraph, title=f"kg: {graph_file.name}", note=note, shown=max_nodes))
    click.echo(f"{subgraph.number_of_nodes()} nodes → {output}", err=True)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--to", "target", required=True,
              type=click.Choice(["neo4j", "cypher", "ladybug", "sparql", *FILE_FORMATS]),
              help="neo4j: import files; cypher: push over Bolt; ladybug: embedded database; "
                   "sparql: push to a Graph Store endpoint; or a file format.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Folder (files, neo4j) or database path (ladybug).")
@click.option("--uri", help="Bolt URI for --to cypher, e.g. bolt://localhost:7687.")
@click.option("--endpoint", help="Graph Store Protocol URL for --to sparql, e.g. http://localhost:7878/store.")
@click.option("--user", default="neo4j", show_default=True, help="User for --to cypher or sparql.")
@click.option("--password", envvar="KG_PASSWORD", help="Password (or the KG_PASSWORD variable).")
@click.option("--batch-size", type=click.IntRange(1), default=500, show_default=True)
@click.option("--default-graph", type=click.Choice(["copy", "union"]), default="copy", show_default=True,
              help="--to sparql: copy every triple into the store's default graph too, or leave that to a store "
                   "whose default graph is the union of its graphs (Virtuoso, oxigraph serve --union-default-graph).")
@click.option("--base-iri", help="Base IRI of the graph's resources (default: the one the graph records).")
def export(graph_file, target, output, uri, endpoint, user, password, batch_size, default_graph, base_iri):
    """Export GRAPH_FILE to a graph database, a triple store or a file format.

    GRAPH_FILE is .ttl, .trig, .nq, .nt or .jsonld, or a store folder of kg build --store.
    """
    from kg.rdf import from_rdf
    from kg.validate import load_rdf

    folder = output or Path("export")
    if target == "ladybug" and output:
        check_output_file(output)
    elif target in ("neo4j", *FILE_FORMATS):
        check_output_folder(folder)
    data = load_rdf(graph_file)
    graph = from_rdf(data, base_iri)
    base_iri = graph.graph["base"]
    if target == "cypher":
        if not uri:
            raise KgError("--to cypher needs --uri")
        from kg.export.cypher import push_cypher

        batches = push_cypher(graph, uri, user, password or "", batch_size)
        click.echo(f"pushed {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships "
                   f"in {batches} batches to {uri}", err=True)
    elif target == "sparql":
        if not endpoint:
            raise KgError("--to sparql needs --endpoint")
        from kg.export.sparql import push_sparql
        from kg.rdf import to_quads

        sent = push_sparql(to_quads(graph, base_iri), endpoint, f"{base_iri}graph/entities",
                           batch_size=max(batch_size, 1000), auth=(user, password) if password else None,
                           copy_default=default_graph == "copy")
        click.echo(f"pushed {sent} triples to {endpoint}", err=True)
    elif target == "ladybug":
        if not output:
            raise KgError("--to ladybug needs -o PATH for the database")
        from kg.export.ladybug import load_ladybug

        counts = load_ladybug(graph, output)
        click.echo(f"loaded {sum(counts.values())} rows into {output}", err=True)
    else:
        from kg.export.files import export_file
        from kg.export.neo4j import neo4j_files

        files = neo4j_files(graph) if target == "neo4j" else export_file(graph, target, base_iri)
        write_files({folder / name: content for name, content in files.items()})
        click.echo(f"wrote {', '.join(sorted(files))} to {folder}/", err=True)


@main.group()
def cache() -> None:
    """The extraction cache in the user's cache folder ($XDG_CACHE_HOME/kg, by default ~/.cache/kg)."""


@cache.command()
def clear() -> None:
    """Remove the cache: the next build extracts every document again."""
    from kg.cache import clear_cache

    click.echo(f"removed {clear_cache()}", err=True)
