"""The backend: endpoints, their store, the service catalogue, defaults and every rule
Elasticsearch enforces on them."""
