import pytest

from unikg.graph.errors import UserError
from unikg.graph.yamlfile import load, load_text

BOMB = """
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
"""


def test_aliases_are_refused_so_a_yaml_bomb_cannot_expand():
    with pytest.raises(UserError, match=r"x.yaml:3: .*aliases"):
        load_text(BOMB, "x.yaml")


def test_syntax_errors_name_file_and_line():
    with pytest.raises(UserError, match=r"x.yaml:2: invalid YAML: mapping values"):
        load_text("a: 1\nb: c: d\n", "x.yaml")


def test_python_tags_are_not_constructed():
    with pytest.raises(UserError, match="invalid YAML"):
        load_text("a: !!python/object/apply:os.system ['true']", "x.yaml")


def test_not_utf8_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"name: \xff\xfe\n")
    with pytest.raises(UserError, match="not UTF-8"):
        load(path)
