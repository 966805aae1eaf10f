# Generated from spec/ (sha256 d744e85ceeb9457e) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Code generated from spec/: endpoint descriptors, the service catalogue and both clients."""
