"""Exports of a built graph: files for other tools, and pushes into live databases.

- `files`: GraphML, GEXF, JSON-LD, N-Quads, TriG, N-Triples, CSV.
- `neo4j`: CSV files for `neo4j-admin database import full` and an idempotent Cypher script.
- `cypher`: a live push into Neo4j or Memgraph over Bolt (MERGE in UNWIND batches).
- `ladybug`: an embedded LadybugDB database with typed node and relationship tables.
- `sparql`: a live push into a SPARQL 1.1 store over the Graph Store Protocol.
"""

FILE_FORMATS = ("graphml", "gexf", "jsonld", "nquads", "trig", "ntriples", "turtle", "csv")
