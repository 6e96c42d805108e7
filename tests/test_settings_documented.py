"""Every setting is in the README's configuration table (datasette's rule)."""

from unikg.graph.settings import PROJECT_ROOT, Settings, documented_settings


def test_every_setting_is_documented_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in documented_settings() if f"`{name}`" not in readme]
    assert not missing, f"settings missing from the README's configuration table: {missing}"


def test_environment_overrides_defaults():
    settings = Settings.from_env({"UNIKG_QUERY_TIMEOUT": "2.5", "UNIKG_MAX_ROWS": "10"})
    assert settings.query_timeout == 2.5
    assert settings.max_rows == 10
