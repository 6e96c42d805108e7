"""The draft's format: what the loader accepts of a machine-extracted annotation file."""

from __future__ import annotations

import pytest

from unikg.graph.annotations import load_annotations
from unikg.graph.documents import load_documents
from unikg.graph.errors import UserError
from unikg.graph.registry import load_registry

ROLE = """document: ensia-nwnu-twinning-2023
extracted_by: {extracted_by}
roles:
  - person: zhang-liqun
    role: president
    organization: xjtu
    confidence: {confidence}
    evidence: A twinning agreement was signed
"""


def load(data_copy, **values):
    path = data_copy / "annotations" / "ensia-nwnu-twinning-2023.yaml"
    path.write_text(ROLE.format(**{"extracted_by": "{extractor: unikg-extractor, version: 0.1.0}", "confidence": 0.85, **values}))
    return load_annotations(path, load_documents(data_copy), load_registry(data_copy))


def test_a_machine_extracted_file_loads_with_its_extractor_and_confidences(data_copy):
    annotations = load(data_copy)
    assert (annotations.extracted_by.extractor, annotations.extracted_by.version) == ("unikg-extractor", "0.1.0")
    assert annotations.roles[0].confidence == 0.85


@pytest.mark.parametrize(
    "values, message",
    [
        ({"confidence": 1.5}, ":7: confidence must be a number from 0 to 1"),
        ({"confidence": "high"}, ":7: confidence must be a number from 0 to 1"),
        ({"extracted_by": "{extractor: Unikg Extractor, version: 0.1.0}"}, ":2: extracted_by needs an extractor slug and a version"),
        ({"extracted_by": "{extractor: unikg-extractor}"}, "extracted_by needs the field 'version'"),
    ],
)
def test_bad_machine_fields_name_the_line(data_copy, values, message):
    with pytest.raises(UserError, match=message):
        load(data_copy, **values)
