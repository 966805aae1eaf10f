"""The HTTP layer: connections, request parsing and limits, framing (JSON, SSE), auth.

It knows nothing of inference: it reads a request, hands it to an application and writes
the answer back."""
