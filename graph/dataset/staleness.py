"""Whether the built dataset is older than what it is built from (``unikg serve`` and the CLI
rebuild it then). Apart from ``build``, so that checking costs no import of the build."""

from __future__ import annotations

from pathlib import Path

from unikg.ontology import FOLDER as ONTOLOGY_FOLDER


def source_files(data_dir: Path) -> list[Path]:
    """Every file the build reads: when one is newer than the dataset, it is stale."""
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    files += [p for p in ONTOLOGY_FOLDER.glob("*.ttl")]
    return sorted(files)


def is_stale(data_dir: Path, output: Path) -> bool:
    if not output.exists():
        return True
    built = output.stat().st_mtime
    return any(p.stat().st_mtime > built for p in source_files(data_dir))
