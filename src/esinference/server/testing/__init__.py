"""What makes the server a test double: faults, the request log, the control API, LocalServer."""
