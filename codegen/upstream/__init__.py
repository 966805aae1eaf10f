"""Import the Elasticsearch specification (schema.json) into spec/: see importer.py."""
