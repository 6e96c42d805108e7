"""The unikg ontology, controlled vocabularies and SHACL shapes, as Turtle files."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
ONTOLOGY_FILES = (FOLDER / "unikg.ttl", FOLDER / "vocabularies.ttl")
SHAPES_FILE = FOLDER / "shapes.ttl"
