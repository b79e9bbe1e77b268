"""Helpers the tests share."""


def busiest(graph, kind: str, predicate: str, incoming: bool = False) -> str:
    """The node of a type with the most edges of one predicate (chosen from the data, not named)."""
    def count(node):
        edges = graph.in_edges(node, keys=True) if incoming else graph.out_edges(node, keys=True)
        return sum(1 for *_, key in edges if key == predicate)

    return max((n for n, d in graph.nodes(data=True) if d["type"] == kind), key=lambda n: (count(n), n))


def of_type(entities: dict, kind: str) -> dict:
    """The entities of one type found by the `analyse` fixture, by name."""
    return {name: entity for (entity_kind, name), entity in entities.items() if entity_kind == kind}
