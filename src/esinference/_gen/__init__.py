# Generated from spec/ (sha256 67a5b36d445b69db) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Code generated from spec/: endpoint descriptors, the service catalogue and both clients."""
