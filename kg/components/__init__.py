"""spaCy components of the kg pipeline, one a module; importing this package registers them."""
from kg.components import organizations, people, programs, regions, relations, unions  # noqa: F401
