"""All of unikg's settings in one place, read from ``UNIKG_*`` environment variables.

Every field is documented in the table of docs/configuration.md; a test fails when one is
missing there. CLI options override the environment for a single run.

>>> s = Settings.from_env({"UNIKG_PORT": "8080"})
>>> s.port, s.host
(8080, '127.0.0.1')
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _setting(default, doc: str, *, secret: bool = False):
    """A setting; a ``secret`` one (a password) is left out of the settings' repr and logs."""
    return field(default=default, metadata={"doc": doc}, repr=not secret)


@dataclass(frozen=True, kw_only=True)
class Settings:
    data_dir: Path = _setting(
        PROJECT_ROOT / "data", "Folder of curated sources: documents, registry, annotations."
    )
    build_dir: Path = _setting(
        PROJECT_ROOT / "build", "Folder the build writes the dataset to (git-ignored)."
    )
    store: str = _setting(
        "memory",
        "Which store answers queries: `memory` (embedded Oxigraph, the default), `rdflib` "
        "(embedded, rdflib's own SPARQL engine), `oxigraph` (Oxigraph on disk in "
        "`<UNIKG_BUILD_DIR>/oxigraph`; `oxigraph:PATH` elsewhere) or the URL of a SPARQL 1.1 "
        "query endpoint (`http://…`, `https://…`). See \"Stores\".",
    )
    store_update_url: str = _setting(
        "", "SPARQL 1.1 Update endpoint `unikg load` writes to when the store is a URL; empty = the query URL."
    )
    store_user: str = _setting("", "User name for the remote store (HTTP basic or digest authentication); empty = none.")
    store_password: str = _setting(
        "", "Password of `UNIKG_STORE_USER`; read from the environment, never printed or logged.", secret=True
    )
    host: str = _setting("127.0.0.1", "Address `unikg serve` listens on.")
    port: int = _setting(8000, "Port `unikg serve` listens on.")
    query_timeout: float = _setting(10.0, "Seconds a SPARQL query may run before it is stopped.")
    max_rows: int = _setting(10000, "Most result rows the SPARQL endpoint returns.")
    max_url_bytes: int = _setting(
        16_384, "Longest request URL (path and query string) the server accepts, in bytes; longer is a 414 (POST long SPARQL queries)."
    )
    max_header_bytes: int = _setting(
        16_384, "Most bytes of request headers (all together) the server accepts; more is a 431."
    )
    max_body_bytes: int = _setting(
        1_000_000, "Largest request body (a POSTed SPARQL query or form) the server accepts, in bytes; larger is a 413."
    )
    header_timeout: float = _setting(
        10.0, "Seconds a client may take to send a request's line and headers (from their first byte, or from connecting); slower is a 408 and the connection is closed."
    )
    body_timeout: float = _setting(
        30.0, "Seconds a client may take to send a request's body once its headers are in; slower is a 408 and the connection is closed."
    )
    max_connections: int = _setting(
        1000, "Most HTTP connections open at once (lowered to what the file limit, `ulimit -n`, allows); one more is answered 503 and closed, and logged."
    )
    trusted_proxies: str = _setting(
        "127.0.0.1,::1", "Addresses (comma-separated; `*` = any) whose `X-Forwarded-For` header is taken as the client's address, e.g. a reverse proxy's; from any other address the header is ignored."
    )
    ingest_max_bytes: int = _setting(
        2_000_000, "Largest article `unikg ingest` accepts, in bytes (plain text or an HTML page)."
    )
    query_workers: int = _setting(
        0, "Worker processes that run the SPARQL endpoint's queries; `0` = one per core."
    )
    query_memory: int = _setting(
        1024, "MiB of memory one SPARQL query may take in its worker, on top of what the worker holds once the dataset is loaded; a query over it is stopped with a 503 and the worker replaced."
    )
    analysis_seed: int = _setting(
        42, "Random seed of the network analysis (Louvain communities, sampling, layouts): same seed, same results."
    )
    analysis_exact_max_nodes: int = _setting(
        1000, "Largest network whose betweenness and closeness are computed exactly; above it they are estimated from sampled sources."
    )
    analysis_samples: int = _setting(
        200, "Number of sampled source nodes for estimated betweenness and closeness on large networks."
    )
    viz_physics_max_nodes: int = _setting(
        300, "Largest view laid out live in the browser; above it positions are computed in Python and physics stays off."
    )
    viz_max_nodes: int = _setting(
        1000, "Most nodes a view draws; a larger network keeps its most central nodes and says on the page what it left out."
    )
    store_max_bytes: int = _setting(
        256_000_000, "Largest answer read from a remote store, in bytes; a larger one is refused (a 502 from the server, one line from the CLI): add a LIMIT, or raise it."
    )
    store_retry_seconds: float = _setting(
        30.0, "Longest wait between two attempts to reach a store that is down or answers errors (the waits double from 1 s up to it); meanwhile the API answers 503 or 502 with this as `Retry-After`."
    )
    refresh_seconds: float = _setting(
        30.0, "How often the server asks the store whether it was loaded since (`unikg load`), to rebuild its network projection and measures in the background; `0` = never."
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Settings from ``UNIKG_<FIELD>`` variables, then keyword overrides (None = unset)."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in dataclasses.fields(cls):
            name = env_name(f.name)
            if name in environ and environ[name] != "":
                values[f.name] = _convert(f, environ[name], name)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def dataset_path(self) -> Path:
        """The built dataset (TriG)."""
        return self.build_dir / "unikg.trig"


def env_name(field_name: str) -> str:
    return "UNIKG_" + field_name.upper()


def _convert(f: dataclasses.Field, raw: str, name: str):
    kind = type(f.default)
    try:
        if kind is bool:
            return raw.lower() in {"1", "true", "yes", "on"}
        if issubclass(kind, Path):
            return Path(raw).expanduser()
        return kind(raw)
    except ValueError:
        raise UserError(f"{name}={raw!r} is not a valid {kind.__name__}") from None


def documented_settings() -> list[tuple[str, object, str]]:
    """(environment variable, default, description) for each setting, for docs and tests."""
    return [
        (env_name(f.name), f.default, f.metadata["doc"]) for f in dataclasses.fields(Settings)
    ]
