# Generated from spec/ (sha256 3a4a1dd6a45cbf40) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Code generated from spec/: endpoint descriptors, the service catalogue and both clients."""

# The Elasticsearch specification commit spec/ was imported from (as elasticsearch-py records it).
__es_specification_commit__ = "9e6a85519c8ff55a5977e03137a661c07532a232"
