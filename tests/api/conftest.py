"""The API under test: FastAPI's TestClient over the app on the session's build."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from unikg.api.app import create_app


@pytest.fixture(scope="session")
def client(settings):
    with TestClient(create_app(settings)) as test_client:
        yield test_client
