"""Every setting is in the configuration table of docs/configuration.md (datasette's rule)."""

from unikg.graph.settings import Settings, documented_settings

from .documentation import CONFIGURATION, text


def test_every_setting_is_documented_in_the_configuration_table():
    table = text(CONFIGURATION)
    missing = [name for name, _, _ in documented_settings() if f"| `{name}` |" not in table]
    assert not missing, f"settings missing from the table of docs/configuration.md: {missing}"


def test_environment_overrides_defaults():
    settings = Settings.from_env({"UNIKG_QUERY_TIMEOUT": "2.5", "UNIKG_MAX_ROWS": "10"})
    assert settings.query_timeout == 2.5
    assert settings.max_rows == 10
