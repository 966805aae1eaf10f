"""Endpoint storage: SQLite in memory by default, or a durable file in a data directory.

With a data directory the database runs in WAL mode with ``synchronous=FULL`` and every write is
committed before the caller acknowledges it, so a process killed with SIGKILL right after an
answer keeps every endpoint it acknowledged.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from ...http.errors import JsonObject

_SCHEMA = """
CREATE TABLE IF NOT EXISTS endpoints (
    inference_id TEXT PRIMARY KEY,
    config TEXT NOT NULL
)
"""
# Singleton documents kept next to the endpoints (as Elasticsearch keeps its region policy in
# the .inference index): one JSON object per name.
_DOCUMENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL
)
"""


class EndpointStore:
    """Stored endpoint configurations (secrets included), keyed by inference id."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        if data_dir is None:
            self.path: Path | None = None
            target = ":memory:"
        else:
            Path(data_dir).mkdir(parents=True, exist_ok=True)
            self.path = Path(data_dir) / "endpoints.sqlite3"
            target = str(self.path)
        self._lock = threading.Lock()
        # isolation_level=None: we open and commit each transaction ourselves.
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        if self.path is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(_SCHEMA)
        self._db.execute(_DOCUMENTS_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def get(self, inference_id: str) -> JsonObject | None:
        with self._lock:
            row = self._db.execute(
                "SELECT config FROM endpoints WHERE inference_id = ?", (inference_id,)
            ).fetchone()
        return None if row is None else _load(row[0])

    def all(self) -> list[JsonObject]:
        """Every endpoint, sorted by inference id."""
        with self._lock:
            rows = self._db.execute("SELECT config FROM endpoints ORDER BY inference_id").fetchall()
        return [_load(row[0]) for row in rows]

    def insert(self, config: JsonObject) -> bool:
        """Store a new endpoint; False (and nothing written) if the id is taken."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(
                    "INSERT INTO endpoints (inference_id, config) VALUES (?, ?)",
                    (config["inference_id"], json.dumps(config)),
                )
            except sqlite3.IntegrityError:
                self._db.execute("ROLLBACK")
                return False
            self._db.execute("COMMIT")
        return True

    def replace(self, config: JsonObject) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "UPDATE endpoints SET config = ? WHERE inference_id = ?",
                (json.dumps(config), config["inference_id"]),
            )
            self._db.execute("COMMIT")

    def delete(self, inference_id: str) -> bool:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute(
                "DELETE FROM endpoints WHERE inference_id = ?", (inference_id,)
            )
            self._db.execute("COMMIT")
        return cursor.rowcount > 0

    def clear(self) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM endpoints")
            self._db.execute("DELETE FROM documents")
            self._db.execute("COMMIT")

    def get_document(self, name: str) -> JsonObject | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM documents WHERE name = ?", (name,)).fetchone()
        return None if row is None else _load(row[0])

    def put_document(self, name: str, body: JsonObject) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "INSERT OR REPLACE INTO documents (name, body) VALUES (?, ?)",
                (name, json.dumps(body)),
            )
            self._db.execute("COMMIT")

    def delete_document(self, name: str) -> bool:
        """Remove a document; False if there was none."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute("DELETE FROM documents WHERE name = ?", (name,))
            self._db.execute("COMMIT")
        return cursor.rowcount > 0


def _load(text: str) -> JsonObject:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
