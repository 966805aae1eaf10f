"""The fake servers the suites share; tests/README.md says which one to use for what.

- ``esinference.server.LocalServer`` (shipped; the ``local_es`` fixture of our pytest plugin):
  an Elasticsearch-like server with real behaviour and fault knobs. The default choice.
- ``tests.fakes.scripted``: a raw-socket server whose every answer a test scripts, byte for
  byte, and which records what arrived (``capture_server`` for wire-level request checks).
- ``tests.fakes.sockets``: free ports, open descriptors and connections, for leak tests.
"""
