# Generated from spec/ (sha256 cdf4224a1ab76d6c) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Code generated from spec/: endpoint descriptors, the service catalogue and both clients."""

# The Elasticsearch specification commit spec/ was imported from (as elasticsearch-py records it).
__es_specification_commit__ = "f051200486a5a1d415cc04f07f6bd150395d7661"
