"""A small language-server client for the tests: starts `b1check lsp` and speaks JSON-RPC over its stdio.

Written out here (rather than with pygls's asyncio client) so that a test
reads as the conversation an editor has with the server, one message at a time.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Client:
    def __init__(self, workspace: Path, initialization_options: dict | None = None, capabilities: dict | None = None):
        self.workspace = workspace
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "b1check", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=workspace,
            env=env,
        )
        self.messages: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.initialize_result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": workspace.as_uri(),
                "workspaceFolders": [{"uri": workspace.as_uri(), "name": workspace.name}],
                "capabilities": capabilities or {},
                "initializationOptions": initialization_options or {},
            },
            timeout=60,
        )
        self.notify("initialized", {})

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict | None, timeout: float = 30):
        self._next_id += 1
        number = self._next_id
        self._send({"id": number, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline, f"an answer to {method}")
            if message.get("id") == number and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")
            self._keep(message)

    def _next(self, deadline: float, waiting_for: str) -> dict:
        while time.monotonic() < deadline:
            try:
                return self.messages.get(timeout=min(0.2, max(deadline - time.monotonic(), 0.01)))
            except queue.Empty:
                if self.process.poll() is not None and self.messages.empty():
                    break  # the server has stopped: nothing more will come
        raise AssertionError(f"no {waiting_for}; server said: {self._stderr()}")

    def _keep(self, message: dict) -> None:
        if "id" in message and "method" in message:  # a request from the server (e.g. registration)
            self._send({"id": message["id"], "result": None})
        else:
            self.notifications.append(message)

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read().decode("utf-8", "replace")[-2000:]

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> dict:
        """The next publishDiagnostics for `uri` (for `version`, when given)."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.notifications):
                params = message.get("params") or {}
                if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                    if version is None or params.get("version") == version:
                        del self.notifications[index]
                        return params
            self._keep(self._next(deadline, f"diagnostics for {uri}"))

    def collect(self, seconds: float) -> None:
        """Keep every message that arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self._keep(self.messages.get(timeout=max(deadline - time.monotonic(), 0.01)))
            except queue.Empty:
                pass

    def open(self, path: Path, text: str, language: str = "plaintext", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
        )
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def close(self) -> int:
        """shutdown and exit, as an editor ends the server; the server's exit code."""
        if self.process.poll() is None:
            self.request("shutdown", None)
            self.notify("exit", None)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        finally:
            for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
                stream.close()
