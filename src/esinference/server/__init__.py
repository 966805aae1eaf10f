"""A local Elasticsearch Inference API server for tests and demos (what moto is to boto3).

Standard library only, and never imported by ``import esinference``::

    from esinference.server import LocalServer

    with LocalServer() as es:
        ...  # point a client at es.url

Also: ``python -m esinference.server --port 9200`` and the pytest plugin
``esinference.server.pytest_plugin`` (fixture ``local_es``).
"""

from .inference.backend.catalog import Catalog
from .testing.faults import Fault
from .testing.local import LocalServer
from .testing.request_log import LoggedRequest

__all__ = ["Catalog", "Fault", "LocalServer", "LoggedRequest"]
