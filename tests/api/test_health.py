"""/health reports each dependency and is 200 only when all are up."""

from __future__ import annotations


def test_health_is_503_and_names_what_is_down(client) -> None:
    response = client.get("/health")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"] == {"state": "up"}
    assert checks["rasa"]["state"] == "down"
    assert checks["action_server"]["state"] == "down"
