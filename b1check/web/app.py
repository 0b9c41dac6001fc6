"""The Flask application behind `b1check serve`.

One page: a form posts the letter (pasted or uploaded) and gets the page back
with the result; with JavaScript the same form goes to `/api/check` and only
the result part is replaced. Nothing is stored and no letter text is logged:
the text lives in the request and the response, nowhere else.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import PurePath

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, SecurityError

from .. import report as formatters
from ..check import check_source
from ..load import BINARY_LOADERS, InputError, load_bytes, load_text
from ..model import FileReport
from ..settings import Settings
from .view import CATEGORY_VIEWS, result_view

# A letter is a few thousand characters; these limits leave plenty of room and
# keep one request from tying up the computer (50,000 characters take seconds).
MAX_TEXT_CHARS = 50_000
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_FORM_BYTES = 512 * 1024  # the text field, in UTF-8
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + MAX_FORM_BYTES + 64 * 1024

# What the upload accepts; the loaders decide by the same suffixes as the CLI.
UPLOAD_SUFFIXES = (".txt", ".docx", ".eml", ".html", ".htm", ".md")
DEFAULT_NAME = "brief.txt"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

# The page loads only what this server sends; a letter can never load anything.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

log = logging.getLogger(__name__)


class WebInput(Exception):
    """Input the page cannot check, with the reason for the reader in Dutch."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def _kb(size: int) -> str:
    return f"{size // 1024} kB" if size < 1024 * 1024 else f"{size // (1024 * 1024)} MB"


def _normalise(text: str) -> str:
    """The text as the browser's text area holds it: \\n line ends, so offsets match."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _safe_name(filename: str | None) -> str:
    """The file name without folders, short enough to show."""
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return name[:100] or DEFAULT_NAME


def _download_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", PurePath(name).stem).strip("-")
    return stem[:60] or "brief"


def text_from_upload(data: bytes, name: str) -> str:
    """The letter text of an uploaded file, read by the same loaders as the CLI."""
    suffix = PurePath(name.lower()).suffix
    if suffix not in UPLOAD_SUFFIXES:
        raise WebInput(
            f"b1check kan '{name}' niet lezen. Kies een bestand dat eindigt op .txt, .docx, .eml of .html. "
            "Of kopieer de tekst en plak hem in het tekstvak."
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise WebInput(f"Het bestand is te groot. De grens is {_kb(MAX_UPLOAD_BYTES)}.", 413)
    if suffix == ".docx" and "docx" not in BINARY_LOADERS:
        raise WebInput(
            "Deze versie van b1check kan nog geen Word-bestanden (.docx) lezen. "
            "Kopieer de tekst uit Word en plak hem in het tekstvak."
        )
    try:
        source = load_bytes(data, name)
    except InputError as error:
        raise WebInput(error.reason) from None
    except Exception:  # noqa: BLE001 - a broken file gets a message, never a server error
        raise WebInput("Dit bestand kan niet gelezen worden. Is het kapot? Probeer de tekst te plakken.") from None
    # A plain text file stays as it is; other formats become their plain text.
    return _normalise(source.original if source.offsets is None and source.format == "text" else source.text)


class Checker:
    """Checks one letter at a time: the analysis pipeline is shared, so requests take turns."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()

    def check(self, text: str, name: str) -> FileReport:
        if not text.strip():
            raise WebInput("Er staat nog geen tekst in het tekstvak. Plak een brief of kies een bestand.")
        if len(text) > MAX_TEXT_CHARS:
            raise WebInput(
                f"De tekst is te lang ({len(text):,} tekens). De grens is {MAX_TEXT_CHARS:,} tekens.".replace(",", "."),
                413,
            )
        # Checked as plain text under a .txt name: the text area holds plain text.
        try:
            source = load_text(text, PurePath(name).stem + ".txt")
        except InputError as error:
            raise WebInput(error.reason) from None
        with self._lock:
            return check_source(source, name, self.settings)

    def warm_up(self) -> None:
        """Load the language data now, so the first check in the browser is quick."""
        self.check("Wij sturen u deze brief. Bel ons als u vragen heeft.", DEFAULT_NAME)


def apply_fix(checker: Checker, text: str, name: str, wanted: str) -> tuple[str, str]:
    """Put one safe replacement in the text. `wanted` is "start:end:RULE" from the page.

    The text is checked again, so only a replacement b1check itself marks as
    safe is ever applied, and only where the text still says what it said.
    """
    start_text, _, rest = wanted.partition(":")
    end_text, _, rule = rest.partition(":")
    try:
        start, end = int(start_text), int(end_text)
    except ValueError:
        raise WebInput("Deze vervanging is niet te vinden. Controleer de brief opnieuw.") from None
    for finding in checker.check(text, name).findings:
        if (finding.start, finding.end, finding.rule) == (start, end, rule) and finding.fix is not None:
            new_text = text[:start] + finding.fix + text[end:]
            return new_text, f"'{finding.text}' is vervangen door '{finding.fix}'."
    return text, "Deze vervanging past niet meer bij de tekst. Kijk naar de nieuwe meldingen."


def audit_html(report: FileReport, text: str, name: str, settings: Settings | None = None) -> str | None:
    """The self-contained HTML report that `b1check audit --html` writes, for this one letter.

    Uses `b1check.audit.html.render_single(report, source) -> str` when b1check
    has it; otherwise (or if it fails) None, and the page offers JSON instead.
    """
    try:
        from ..audit import html as audit_report
    except ImportError:
        return None
    render = getattr(audit_report, "render_single", None)
    if render is None:
        return None
    try:
        verdict = (settings or Settings()).verdict
        return render(report, load_text(text, PurePath(name).stem + ".txt"), verdict.min_flesch_douma,
                      verdict.max_lint_level)
    except Exception:  # noqa: BLE001 - the JSON download is a good fallback
        log.error("b1check serve: HTML-rapport mislukt, JSON in de plaats")
        return None


def create_app(settings: Settings | None = None, *, allow_remote: bool = False) -> Flask:
    app = Flask(__name__)
    # Autoescape every template, whatever its name: letter text is never markup.
    app.jinja_options = {**app.jinja_options, "autoescape": True}
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        MAX_FORM_MEMORY_SIZE=MAX_FORM_BYTES,
        TRUSTED_HOSTS=None if allow_remote else LOOPBACK_HOSTS,
    )
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    checker = Checker(settings or Settings())
    app.extensions["b1check"] = checker

    def page(status: int = 200, **context) -> tuple[str, int] | Response:
        context.setdefault("text", "")
        context.setdefault("name", DEFAULT_NAME)
        try:
            return render_template("page.html", categories=CATEGORY_VIEWS.values(), limits=_limits(), **context), status
        except Exception:  # noqa: BLE001 - e.g. a request that never got as far as routing
            return Response(context.get("error") or "b1check", status=status, mimetype="text/plain")

    def run_check() -> tuple[str, str, FileReport, str | None]:
        """Read the form (text, upload, a replacement to apply) and check the letter."""
        name = _safe_name(request.form.get("naam")) if request.form.get("naam") else DEFAULT_NAME
        text = _normalise(request.form.get("tekst", ""))
        notice = None
        upload = request.files.get("bestand")
        if upload is not None and upload.filename:
            name = _safe_name(upload.filename)
            text = text_from_upload(upload.read(MAX_UPLOAD_BYTES + 1), name)
            notice = f"De tekst uit '{name}' staat nu in het tekstvak."
        wanted = request.form.get("vervang")
        if wanted:
            text, notice = apply_fix(checker, text, name, wanted)
        return text, name, checker.check(text, name), notice

    @app.get("/")
    def index():
        return page()

    @app.post("/")
    def check_form():
        text = _normalise(request.form.get("tekst", ""))
        try:
            text, name, report, notice = run_check()
        except WebInput as error:
            return page(error.status, text=text, error=error.reason)
        return page(text=text, name=name, notice=notice, result=result_view(report, text, checker.settings))

    @app.post("/api/check")
    def check_api():
        try:
            text, name, report, notice = run_check()
        except WebInput as error:
            return jsonify(ok=False, error=error.reason), error.status
        result = result_view(report, text, checker.settings)
        return jsonify(
            ok=True,
            text=text,
            name=name,
            notice=notice,
            html=render_template("_result.html", result=result, categories=CATEGORY_VIEWS.values()),
            report=report.to_dict(),
        )

    @app.post("/download")
    def download():
        text = _normalise(request.form.get("tekst", ""))
        try:
            text, name, report, _notice = run_check()
        except WebInput as error:
            return page(error.status, text=text, error=error.reason)
        stem = _download_stem(name)
        html = audit_html(report, text, name, checker.settings)
        if html is not None:
            body, mimetype, suffix = html, "text/html", "html"
        else:
            body, mimetype, suffix = formatters.render("json", [report], []), "application/json", "json"
        return Response(
            body,
            mimetype=mimetype,
            headers={"Content-Disposition": f'attachment; filename="b1check-{stem}.{suffix}"'},
        )

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_error):
        reason = (
            f"Dit is te veel tekst in één keer. Een bestand mag hooguit {_kb(MAX_UPLOAD_BYTES)} zijn, "
            f"de tekst hooguit {MAX_TEXT_CHARS:,} tekens.".replace(",", ".")
        )
        if request.path.startswith("/api/"):
            return jsonify(ok=False, error=reason), 413
        return page(413, error=reason)

    @app.errorhandler(SecurityError)
    def untrusted_host(_error):
        # Another name for this computer than 127.0.0.1 or localhost: a page elsewhere
        # may be trying to reach b1check (DNS rebinding). Answer nothing useful.
        return Response(
            "b1check serve is alleen te openen via http://127.0.0.1 of http://localhost.",
            status=400, mimetype="text/plain",
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if request.path.startswith("/api/"):
            return jsonify(ok=False, error=_http_reason(error)), error.code
        return page(error.code or 500, error=_http_reason(error))

    @app.errorhandler(Exception)
    def crashed(error: Exception):
        # Only the type: the message could quote the letter.
        log.error("b1check serve: interne fout (%s)", type(error).__name__)
        reason = "Er ging iets mis in b1check. Probeer het nog een keer, of controleer een kortere tekst."
        if request.path.startswith("/api/"):
            return jsonify(ok=False, error=reason), 500
        return page(500, error=reason)

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"  # letters stay out of the browser cache
        return response

    return app


def _http_reason(error: HTTPException) -> str:
    return {
        400: "Deze vraag kan b1check niet lezen. Laad de pagina opnieuw.",
        404: "Deze pagina bestaat niet. Ga terug naar de beginpagina.",
        405: "Zo werkt deze pagina niet. Ga terug naar de beginpagina.",
    }.get(error.code or 0, "Er ging iets mis. Laad de pagina opnieuw.")


def _limits() -> dict:
    return {
        "upload_bytes": MAX_UPLOAD_BYTES,
        "upload": _kb(MAX_UPLOAD_BYTES),
        "text_chars": MAX_TEXT_CHARS,
        "suffixes": ",".join(UPLOAD_SUFFIXES),
    }
