"""The last resort (api/errors.py): an unexpected exception is a logged 500 that still carries
the headers every answer does, though Starlette answers it outside every middleware."""

from __future__ import annotations

from fastapi.testclient import TestClient

from unikg.api.app import create_app


def test_a_500_carries_nosniff_and_says_nothing_of_the_error(settings, caplog):
    app = create_app(settings)

    @app.get("/fails-on-purpose")
    def fails():  # a route the app does not have: no route of ours is known to fail
        raise RuntimeError("a secret from the inside")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/fails-on-purpose")
    assert response.status_code == 500
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json() == {"detail": "internal error; it has been logged"}
    assert "a secret from the inside" in caplog.text  # logged for the operator, not sent
