"""The package version (pyproject.toml reads it from here) and the Elasticsearch it targets."""

__version__ = "0.1.0"

# The Elasticsearch release whose Inference API this package speaks: the specification branch
# spec/upstream.yaml pins a commit of, and the elasticsearch-py release we are drop-in for. The
# local server reports it as its version. docs/versioning.md says when it moves.
__es_version__ = "9.5.1"
