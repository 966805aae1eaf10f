# Generated from spec/ (sha256 d7d9d814b12f23d0) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Code generated from spec/: endpoint descriptors, the service catalogue and both clients."""
