"""The Elasticsearch Inference API: routes resolved once, handlers that parse and render,
and the backend that owns the state and the rules."""
