"""Generator of esinference's client code from spec/: load, validate, model, render."""
