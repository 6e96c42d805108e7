"""unikg.api: the HTTP API and the SPARQL 1.1 endpoint (FastAPI + uvicorn)."""
