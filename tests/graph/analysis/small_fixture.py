"""The small hand-made dataset of ``fixtures/small.trig``, opened by the application's own
stores: written as a built dataset (``graph.dataset.build.serialize``) and read by ``open_store``."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from unikg.graph.dataset.build import serialize
from unikg.graph.files import write_atomically
from unikg.graph.namespaces import ONTOLOGY_GRAPH
from unikg.graph.settings import Settings
from unikg.graph.store import Store, open_store
from unikg.ontology import ONTOLOGY_FILES

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "small.trig"
ENGINES = ("memory", "rdflib")  # Oxigraph (the default) and rdflib's engine


def small_dataset() -> Dataset:
    """The fixture's graphs plus the ontology (for the kinds' labels)."""
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    for path in ONTOLOGY_FILES:
        ontology.parse(path, format="turtle")
    return dataset


def small_settings(folder: Path, *, engine: str = "memory", dataset: Dataset | None = None) -> Settings:
    """Settings whose dataset is the fixture (or ``dataset``), written into ``folder``."""
    settings = Settings.from_env({}, build_dir=folder, store=engine)
    write_atomically(settings.dataset_path, serialize(dataset if dataset is not None else small_dataset()))
    return settings


def small_store(folder: Path, *, engine: str = "memory") -> Store:
    return open_store(small_settings(folder, engine=engine))
