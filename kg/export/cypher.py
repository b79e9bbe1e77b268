"""A live push into Neo4j or Memgraph with the official neo4j driver: MERGE in UNWIND batches.

A re-run changes nothing (every statement MERGEs on `Entity.id` and sets the same values);
a push that stops half-way says how far it got, and running it again completes it.
"""
from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from kg.errors import KgError
from kg.export.tables import NODE_TYPES, edge_rows, node_rows

CONSTRAINT = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"


def cypher_batches(graph: nx.MultiDiGraph, batch_size: int = 500) -> Iterator[tuple[str, dict]]:
    """(statement, parameters) pairs that load the graph; labels and types come from a closed set."""
    for kind, rows in node_rows(graph).items():
        assert kind in NODE_TYPES
        statement = f"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) SET n:{kind}, n += row.properties"
        payload = [{"id": r["id"], "properties": {k: v for k, v in r.items() if k != "id"}} for r in rows]
        for start in range(0, len(payload), batch_size):
            yield statement, {"rows": payload[start: start + batch_size]}
    for predicate, rows in edge_rows(graph).items():
        statement = (
            "UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) "
            f"MERGE (a)-[r:{predicate}]->(b) SET r += row.properties"
        )
        payload = [{"start": r.start, "end": r.end,
                    "properties": {"inferred": r.inferred, "articles": r.articles, "sentences": r.sentences}}
                   for r in rows]
        for start in range(0, len(payload), batch_size):
            yield statement, {"rows": payload[start: start + batch_size]}


def push_cypher(graph: nx.MultiDiGraph, uri: str, user: str, password: str, batch_size: int = 500,
                constraint: bool = True) -> int:
    """Push the graph; return the number of batches sent. One-line KgError on any failure."""
    import neo4j
    from neo4j import exceptions

    batches = list(cypher_batches(graph, batch_size))
    done = 0
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.verify_connectivity()
            with driver.session() as session:
                if constraint:
                    session.run(CONSTRAINT).consume()
                for statement, parameters in batches:
                    session.execute_write(lambda tx, s=statement, p=parameters: tx.run(s, p).consume())
                    done += 1
    except exceptions.AuthError:
        raise KgError(f"{uri}: bad credentials for user {user}") from None
    except (exceptions.ServiceUnavailable, OSError, ValueError) as err:
        raise KgError(f"{uri}: cannot reach the database ({str(err).splitlines()[0]}); "
                      f"{done} of {len(batches)} batches pushed, re-running is safe") from None
    except exceptions.Neo4jError as err:
        raise KgError(f"{uri}: statement rejected ({err.code}); {done} of {len(batches)} batches pushed, "
                      "re-running is safe") from None
    return done
