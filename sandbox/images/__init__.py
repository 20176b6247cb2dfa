"""Build inputs of the runner image (Dockerfile and the in-container runner)."""
