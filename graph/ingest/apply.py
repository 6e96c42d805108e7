"""``unikg ingest --apply``: a draft into the data folder, then a rebuild; all or nothing.

The draft becomes curated-format files, so a later ``unikg build`` keeps it:

- ``documents/<slug>.txt`` (the article text) and its entry at the end of ``documents.yaml``;
- ``annotations/<slug>.yaml``, marked ``extracted_by`` (the build emits the PROV-O marks and
  ``ukg:confidence`` for it);
- the new entities at the end of ``registry/organizations.yaml``, ``people.yaml`` and the
  ``cities`` of ``places.yaml``, after a comment naming the article.

First a copy of the data folder with the changes is built and validated (quotes, references,
SHACL) in a temporary folder: if anything is wrong, nothing in the data folder changes. Then
every new file is written next to its target and renamed over it, in an order in which each
intermediate state is itself a valid data folder (registry, text, ``documents.yaml``,
annotations), and the dataset built from the copy is written atomically to the build folder.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..annotations import load_all_annotations
from ..dataset.build import BuildReport, build
from ..files import stage, write_atomically
from ..documents import load_documents
from ..errors import UserError
from ..registry import load_registry
from .draft import Draft, _dump
from .extract import EXTRACTOR, VERSION


@dataclass(frozen=True)
class Applied:
    document_id: str
    written: list[Path]
    report: BuildReport


def existing_fact_ids(data_dir: Path) -> set[str]:
    """Ids of agreements, groups, events and projects the annotation files already use."""
    registry = load_registry(data_dir)
    documents = load_documents(data_dir)
    ids: set[str] = set()
    for found in load_all_annotations(data_dir, documents, registry).values():
        for section in (found.agreements, found.agreement_groups, found.events, found.projects):
            ids.update(record.id for record in section)
    return ids


def apply_draft(
    draft: Draft, *, data_dir: Path, dataset_path: Path, progress: Callable[[str], None] = lambda _: None
) -> Applied:
    """Write the draft into ``data_dir`` and rebuild ``dataset_path``; UserError, and nothing
    written, when the draft does not fit the data folder or does not build."""
    changes = _changes(draft, data_dir)
    with tempfile.TemporaryDirectory(prefix="unikg-ingest-") as tmp:
        staged = Path(tmp) / "data"
        shutil.copytree(data_dir, staged)
        for relative, content in changes.items():
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        output = Path(tmp) / "unikg.trig"
        progress(f"checking the draft: building a copy of {data_dir} with it")
        try:
            report = build(staged, output, progress=progress)
        except UserError as error:
            raise UserError(f"the draft of {draft.document_id} does not build, nothing was written: {_unstaged(str(error), staged, data_dir)}") from None
        dataset = output.read_bytes()
    written = _commit(changes, data_dir)
    write_atomically(dataset_path, dataset)
    return Applied(draft.document_id, written, BuildReport(dataset_path, report.quads, report.graphs, report.documents))


def _changes(draft: Draft, data_dir: Path) -> dict[str, str]:
    """Relative path → new content, for every file the draft adds or extends (in commit order)."""
    documents = load_documents(data_dir)
    if draft.document_id in documents:
        raise UserError(f"document {draft.document_id!r} is already in {data_dir / 'documents.yaml'}; give another --id")
    for document in documents.values():
        if document.text.strip() == draft.text.strip():
            raise UserError(f"this article is already in the data folder, as {document.id!r} ({document.file})")
    text_file = draft.document["file"]
    annotation_file = f"annotations/{draft.document_id}.yaml"
    for relative in (text_file, annotation_file):
        if (data_dir / relative).exists():
            raise UserError(f"{data_dir / relative} already exists; give another --id")
    banner = f"\n# Added by `unikg ingest` ({EXTRACTOR} {VERSION}) for {draft.document_id}: machine-extracted, to review.\n"
    changes: dict[str, str] = {}
    for key, file in (("organizations", "registry/organizations.yaml"), ("people", "registry/people.yaml")):
        if draft.registry.get(key):
            changes[file] = _appended(data_dir / file, banner + _dump(draft.registry[key]))
    if draft.registry.get("cities"):
        changes["registry/places.yaml"] = _appended_cities(data_dir / "registry/places.yaml", draft.registry["cities"], banner)
    changes[text_file] = draft.text if draft.text.endswith("\n") else draft.text + "\n"
    changes["documents.yaml"] = _appended(data_dir / "documents.yaml", banner + draft.document_yaml())
    changes[annotation_file] = draft.annotations_yaml()
    return changes


def _appended(path: Path, addition: str) -> str:
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: file not found; is {path.parent} a unikg data folder?") from None
    return old.rstrip("\n") + "\n" + addition


def _appended_cities(path: Path, cities: list[dict], banner: str) -> str:
    old = path.read_text(encoding="utf-8")
    sections = re.findall(r"^([A-Za-z_]+):", old, flags=re.M)
    if not sections or sections[-1] != "cities" or re.search(r"^cities:\s*\[\s*\]", old, flags=re.M):
        raise UserError(
            f"{path}: cannot add the new cities ({', '.join(c['id'] for c in cities)}) because "
            "`cities:` is not its last section with a list of entries; add them by hand"
        )
    block = "".join("  " + line + "\n" if line else "\n" for line in _dump(cities).splitlines())
    return old.rstrip("\n") + "\n" + banner.replace("\n#", "\n  #") + block


def _commit(changes: dict[str, str], data_dir: Path) -> list[Path]:
    """Write every change to a temporary file beside its target, then rename them in order."""
    prepared: list[tuple[str, Path]] = []
    try:
        for relative, content in changes.items():
            prepared.append((relative, stage(data_dir / relative, content.encode("utf-8"))))
    except BaseException:
        for _, tmp in prepared:
            tmp.unlink(missing_ok=True)
        raise
    written = []
    for relative, tmp in prepared:
        os.replace(tmp, data_dir / relative)
        written.append(data_dir / relative)
    return written


def _unstaged(message: str, staged: Path, data_dir: Path) -> str:
    return message.replace(str(staged), str(data_dir))

