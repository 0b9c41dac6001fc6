"""`b1check serve` in a thread on a free port, for the tests that talk to it over HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running(app) -> Iterator[str]:
    """The app served as `b1check serve` serves it; yields its address ("http://127.0.0.1:PORT")."""
    from werkzeug.serving import make_server

    from b1check.cli.serve import quiet_request_handler

    httpd = make_server("127.0.0.1", 0, app, threaded=True, request_handler=quiet_request_handler())
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
