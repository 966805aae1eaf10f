"""Handlers: parse a request, ask the backend, render the answer (one module per API family)."""
