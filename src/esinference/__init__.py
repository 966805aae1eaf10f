"""esinference: a typed client for the Elasticsearch Inference API, generated from spec/."""

__version__ = "0.1.0"
