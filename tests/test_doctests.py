"""The examples in the docstrings run (networkx's rule: docstrings with runnable examples)."""

import doctest
import importlib
import pkgutil

import pytest

import unikg.api
import unikg.graph
import unikg.viz


def _modules():
    for package in (unikg.graph, unikg.api, unikg.viz):
        yield package.__name__
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.endswith("__main__"):
                yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
