"""The Flask application behind `b1check serve`.

One page: a form posts the letter (pasted or uploaded) and gets the page back
with the result; with JavaScript the same form goes to `/api/check` and only
the result part is replaced. Nothing is stored and no letter text is logged:
the text lives in the request and the response, nowhere else. An upload is
read by the CLI's own loaders, from memory; an uploaded .docx or .odt comes
back reviewed, with its findings as comments (`copy.py`), in the same answer
(to the script as base64, which it saves as a file made in the browser).

Every letter is read and checked in a child process of its own
(`child.run_in_child`), with a time limit: one reader's strange letter never
makes another reader wait, and never stops the server. A POST must come from
this page itself (its Origin, or else its Referer), so that no other web site
can make the local server work.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import parse_qsl, urlsplit

from flask import Flask, Request, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, SecurityError
from werkzeug.sansio.multipart import Data, Epilogue, Field, MultipartDecoder, NeedData

from .. import report as formatters
from ..report.labels import number
from ..audit.run import seconds
from ..check import check_source
from ..load import (
    BINARY_LOADERS,
    BINARY_SUFFIXES,
    DEFAULT_MAX_BYTES,
    EMAIL_SUFFIXES,
    HTML_SUFFIXES,
    LETTER_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEMPLATE_SUFFIXES,
    TEXT_SUFFIXES,
    InputError,
    format_size,
    is_letter,
    load_bytes,
    load_text,
    too_large,
)
from ..model import FileReport
from ..settings import Settings
from .child import ChildDied, ChildFailed, ChildTimeout, can_fork, run_in_child
from .copy import ReviewedCopy, reviewed_copy
from .view import CATEGORY_VIEWS, result_view

# A letter is a few thousand characters; these limits leave plenty of room and
# keep one request from tying up the computer (50,000 characters take seconds).
MAX_TEXT_CHARS = 50_000
# An upload may be as large as a file the CLI reads (`max-size-kb` in the configuration).
MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES
MAX_FORM_BYTES = 512 * 1024  # the text field, in UTF-8
# A plain-text upload of more bytes than this holds more than MAX_TEXT_CHARS
# characters in any encoding b1check reads: refused before it is decoded.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS + 4
PLAIN_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES)
# Seconds one letter may take (reading an upload, or checking); then its child is ended.
CHECK_TIMEOUT = 30.0
# Letters checked at the same time; a reader beyond that waits for a turn.
MAX_CHECKS = 4

# What the upload accepts: every suffix the CLI reads as a letter (`load.LETTER_SUFFIXES`).
UPLOAD_SUFFIXES = tuple(sorted(LETTER_SUFFIXES))
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

    def __reduce__(self):  # it comes back from a child process whole
        return WebInput, (self.reason, self.status)


def _too_long(characters: int | None = None) -> WebInput:
    said = f" ({number(characters)} tekens)" if characters is not None else ""
    return WebInput(f"De tekst is te lang{said}. De grens is {number(MAX_TEXT_CHARS)} tekens.", 413)


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


def _suffixes(suffixes) -> str:
    return ", ".join(sorted(suffixes))


def what_it_reads() -> str:
    """The formats the upload takes, in Dutch, from the loader's own suffixes."""
    documents = " of ".join(", ".join(sorted(BINARY_SUFFIXES)).rsplit(", ", 1))
    return (
        f"documenten ({documents}), e-mail ({_suffixes(EMAIL_SUFFIXES)}), webpagina's ({_suffixes(HTML_SUFFIXES)}), "
        f"tekst ({_suffixes((TEXT_SUFFIXES | MARKDOWN_SUFFIXES) - {''})}) en sjablonen ({_suffixes(TEMPLATE_SUFFIXES)})"
    )


def check_upload(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse an upload b1check will not read, before anything is decoded."""
    suffix = PurePath(name.lower()).suffix
    if not is_letter(name):
        raise WebInput(
            f"b1check kan '{name}' niet lezen. b1check leest {what_it_reads()}. "
            "Of kopieer de tekst en plak hem in het tekstvak."
        )
    if len(data) > max_bytes:
        raise WebInput(too_large(name, len(data), max_bytes).reason, 413)
    if suffix in PLAIN_SUFFIXES and len(data) > MAX_TEXT_BYTES:
        raise _too_long()
    if suffix in BINARY_SUFFIXES and BINARY_SUFFIXES[suffix] not in BINARY_LOADERS:
        raise WebInput(
            f"Deze versie van b1check kan geen {suffix}-bestanden lezen. "
            "Kopieer de tekst uit het document en plak hem in het tekstvak."
        )


@dataclass(frozen=True)
class Upload:
    """What an uploaded file gives the page: its letter text and, for a document, its reviewed copy."""

    text: str
    copy: ReviewedCopy | None = None


def text_from_upload(data: bytes, name: str, max_bytes: int) -> str:
    """The letter text of an uploaded file, read by the same loaders as the CLI."""
    check_upload(data, name, max_bytes)
    try:
        source = load_bytes(data, name)
    except InputError as error:
        raise WebInput(error.reason) from None
    except Exception:  # noqa: BLE001 - a broken file gets a message, never a server error
        raise WebInput("Dit bestand kan niet gelezen worden. Is het kapot? Probeer de tekst te plakken.") from None
    # A plain text file stays as it is; other formats become their plain text.
    return _normalise(source.original if source.offsets is None and source.format == "text" else source.text)


def read_upload(data: bytes, name: str, settings: Settings, max_bytes: int = MAX_UPLOAD_BYTES,
                review: bool = True) -> Upload:
    """The text of an upload; with `review`, also the document back with the findings as comments."""
    text = text_from_upload(data, name, max_bytes)
    return Upload(text, reviewed_copy(data, name, settings) if review else None)


@dataclass(frozen=True)
class Checked:
    """One request's letter: its text and name, its report, what to tell the reader, and an upload's copy."""

    text: str
    name: str
    report: FileReport
    notice: str | None = None
    uploaded: bool = False
    copy: ReviewedCopy | None = None


def _check_letter(text: str, name: str, settings: Settings) -> FileReport:
    # Checked as plain text under a .txt name: the text area holds plain text.
    try:
        # (check_source refuses a text of more words than a letter has: `checkable`)
        return check_source(load_text(text, PurePath(name).stem + ".txt"), name, settings)
    except InputError as error:
        raise WebInput(error.reason) from None


class Checker:
    """Reads and checks letters, each in a child process with a time limit (`child.py`).

    Where processes cannot be forked (Windows), letters are checked in the
    server itself, one at a time: the analysis pipeline is shared.
    """

    def __init__(self, settings: Settings, timeout: float = CHECK_TIMEOUT, max_bytes: int = MAX_UPLOAD_BYTES) -> None:
        self.settings = settings
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._turns = threading.BoundedSemaphore(MAX_CHECKS)

    def check(self, text: str, name: str) -> FileReport:
        if not text.strip():
            raise WebInput("Er staat nog geen tekst in het tekstvak. Plak een brief of kies een bestand.")
        if len(text) > MAX_TEXT_CHARS:
            raise _too_long(len(text))
        return self._run(_check_letter, text, name, self.settings)

    def read_upload(self, data: bytes, name: str, review: bool = True) -> Upload:
        check_upload(data, name, self.max_bytes)  # here: it costs nothing
        return self._run(read_upload, data, name, self.settings, self.max_bytes, review)

    def _run(self, function, *args):
        if not can_fork():
            with self._lock:
                return function(*args)
        if not self._turns.acquire(timeout=self.timeout):
            raise WebInput("b1check is nu erg druk. Probeer het over een minuut nog een keer.", 503)
        try:
            return run_in_child(function, args, self.timeout, passes=(WebInput,))
        except ChildTimeout:
            raise WebInput(
                f"Het controleren duurde te lang (meer dan {seconds(self.timeout)}); b1check is gestopt. "
                "Probeer een kortere tekst.",
                503,
            ) from None
        except ChildDied:
            raise WebInput(
                "b1check stopte onverwacht bij deze tekst (misschien was er te weinig geheugen). "
                "Probeer een kortere tekst.",
                500,
            ) from None
        except ChildFailed as error:
            log.error("b1check serve: interne fout (%s)", error)
            raise WebInput(
                "Er ging iets mis in b1check. Probeer het nog een keer, of controleer een kortere tekst.", 500
            ) from None
        finally:
            self._turns.release()

    def warm_up(self) -> None:
        """Load the language data now, in the server itself: every child starts from it, warm."""
        with self._lock:
            _check_letter("Wij sturen u deze brief. Bel ons als u vragen heeft.", DEFAULT_NAME, self.settings)


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


def audit_html(report: FileReport, text: str, name: str, settings: Settings) -> str | None:
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
        verdict = settings.verdict
        return render(report, load_text(text, PurePath(name).stem + ".txt"), verdict.min_flesch_douma,
                      verdict.max_lint_level)
    except Exception:  # noqa: BLE001 - the JSON download is a good fallback
        log.error("b1check serve: HTML-rapport mislukt, JSON in de plaats")
        return None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def from_elsewhere(origin: str | None, referer: str | None, own: str) -> bool:
    """Does a POST come from another web page than this server's own (`own`: "http://host:port")?

    A browser sends Origin with a POST (a page may make it "null"); without
    it, the Referer says where the form was. A request with neither does not
    come from a web page (a script, curl) and is let through.
    """
    if origin is not None:
        return origin.strip().lower() != own.lower()
    if referer:
        return _origin(referer) != own.lower()
    return False


def _fields_are_utf8(mimetype: str, boundary: str | None, body: bytes) -> bool:
    """Are the form's text fields UTF-8? (werkzeug turns other bytes into "?" or drops the form)."""
    try:
        if mimetype == "application/x-www-form-urlencoded":
            parse_qsl(body.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
        elif mimetype == "multipart/form-data" and boundary:
            decoder = MultipartDecoder(boundary.encode("latin-1"))
            decoder.receive_data(body)
            decoder.receive_data(None)
            field, pieces = None, []
            while not isinstance(event := decoder.next_event(), (NeedData, Epilogue)):
                if isinstance(event, Field):
                    field, pieces = event, []
                elif not isinstance(event, Data):
                    field = None  # a file: read by the loaders, which say what they cannot read
                elif field is not None:
                    pieces.append(event.data)
                    if not event.more_data:
                        b"".join(pieces).decode("utf-8")
    except UnicodeDecodeError:
        return False
    except ValueError:
        pass  # a broken form: werkzeug's own parser decides
    return True


class InMemoryRequest(Request):
    """A request whose uploaded files stay in memory: werkzeug would put a file over 500 kB in a
    temporary file on disk, and no letter is ever written to disk here."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


def create_app(settings: Settings | None = None, *, allow_remote: bool = False,
               timeout: float = CHECK_TIMEOUT, max_bytes: int = MAX_UPLOAD_BYTES) -> Flask:
    app = Flask(__name__)
    app.request_class = InMemoryRequest
    # Autoescape every template, whatever its name: letter text is never markup.
    app.jinja_options = {**app.jinja_options, "autoescape": True}
    app.config.update(
        MAX_CONTENT_LENGTH=max_bytes + MAX_FORM_BYTES + 64 * 1024,
        MAX_FORM_MEMORY_SIZE=MAX_FORM_BYTES,
        TRUSTED_HOSTS=None if allow_remote else LOOPBACK_HOSTS,
    )
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    checker = Checker(settings or Settings(), timeout, max_bytes)
    app.extensions["b1check"] = checker

    def page(status: int = 200, **context) -> tuple[str, int] | Response:
        context.setdefault("text", "")
        context.setdefault("name", DEFAULT_NAME)
        try:
            return render_template("page.html", categories=CATEGORY_VIEWS.values(), limits=_limits(max_bytes),
                                   **context), status
        except Exception:  # noqa: BLE001 - e.g. a request that never got as far as routing
            return Response(context.get("error") or "b1check", status=status, mimetype="text/plain")

    def run_check(review: bool = True) -> Checked:
        """Read the form (text, upload, a replacement to apply) and check the letter."""
        name = _safe_name(request.form.get("naam")) if request.form.get("naam") else DEFAULT_NAME
        text = _normalise(request.form.get("tekst", ""))
        notice = copy = None
        uploaded = False
        upload = request.files.get("bestand")
        if upload is not None and upload.filename:
            name = _safe_name(upload.filename)
            # The whole file: the request's own limit (MAX_CONTENT_LENGTH) bounds it, and the
            # reason for a file too large names its true size, as the CLI does.
            read = checker.read_upload(upload.read(), name, review)
            text, copy, uploaded = read.text, read.copy, True
            notice = f"De tekst uit '{name}' staat nu in het tekstvak."
        wanted = request.form.get("vervang")
        if wanted:
            text, notice = apply_fix(checker, text, name, wanted)
        return Checked(text, name, checker.check(text, name), notice, uploaded, copy)

    def refuse(status: int, reason: str):
        if request.path.startswith("/api/"):
            return jsonify(ok=False, error=reason), status
        return page(status, error=reason)

    @app.before_request
    def guard():
        """A POST from another web site is refused; so is a form that is not UTF-8."""
        if request.method != "POST":
            return None
        own = request.host_url.rstrip("/")
        if from_elsewhere(request.headers.get("Origin"), request.headers.get("Referer"), own):
            return refuse(
                403,
                "Deze vraag komt niet van de pagina van b1check zelf. Daarom doet b1check er niets mee. "
                f"Open b1check in uw browser via {own} en probeer het daar opnieuw.",
            )
        # The size was checked before this (MAX_CONTENT_LENGTH); werkzeug reads the form from this copy.
        body = request.get_data(cache=True)
        if not _fields_are_utf8(request.mimetype, request.mimetype_params.get("boundary"), body):
            return refuse(
                400,
                "De tekst kwam niet goed aan: hij is niet als UTF-8 verstuurd. "
                "Laad de pagina opnieuw en plak de tekst nog een keer.",
            )
        return None

    @app.get("/")
    def index():
        return page()

    @app.post("/")
    def check_form():
        text = _normalise(request.form.get("tekst", ""))
        try:
            checked = run_check()
        except WebInput as error:
            return page(error.status, text=text, error=error.reason)
        return page(text=checked.text, name=checked.name, notice=checked.notice, copy=checked.copy,
                    result=result_view(checked.report, checked.text, checker.settings))

    @app.post("/api/check")
    def check_api():
        try:
            checked = run_check()
        except WebInput as error:
            return jsonify(ok=False, error=error.reason), error.status
        result = result_view(checked.report, checked.text, checker.settings)
        answer = {
            "ok": True,
            "text": checked.text,
            "name": checked.name,
            "notice": checked.notice,
            "html": render_template("_result.html", result=result, categories=CATEGORY_VIEWS.values()),
            "report": checked.report.to_dict(),
        }
        if checked.uploaded:  # a new file: its copy with comments, or none, replaces the last one's
            answer["copy_html"] = render_template("_copy.html", copy=checked.copy, for_script=True)
            answer["copy"] = checked.copy.for_script() if checked.copy and checked.copy.data else None
        return jsonify(answer)

    @app.post("/download")
    def download():
        text = _normalise(request.form.get("tekst", ""))
        try:
            checked = run_check(review=False)
        except WebInput as error:
            return page(error.status, text=text, error=error.reason)
        text, name, report = checked.text, checked.name, checked.report
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
            f"Dit is te veel tekst in één keer. Een bestand mag hooguit {format_size(max_bytes)} zijn, "
            f"de tekst hooguit {number(MAX_TEXT_CHARS)} tekens."
        )
        return refuse(413, reason)

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
        return refuse(error.code or 500, _http_reason(error))

    @app.errorhandler(Exception)
    def crashed(error: Exception):
        # Only the type: the message could quote the letter.
        log.error("b1check serve: interne fout (%s)", type(error).__name__)
        reason = "Er ging iets mis in b1check. Probeer het nog een keer, of controleer een kortere tekst."
        return refuse(500, reason)

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        # Not "no-referrer": with it, browsers send "Origin: null" with this page's own
        # forms, and a POST must show that it comes from this page.
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cache-Control"] = "no-store"  # letters stay out of the browser cache
        return response

    return app


def _http_reason(error: HTTPException) -> str:
    return {
        400: "Deze vraag kan b1check niet lezen. Laad de pagina opnieuw.",
        404: "Deze pagina bestaat niet. Ga terug naar de beginpagina.",
        405: "Zo werkt deze pagina niet. Ga terug naar de beginpagina.",
    }.get(error.code or 0, "Er ging iets mis. Laad de pagina opnieuw.")


def _limits(max_bytes: int) -> dict:
    return {
        "upload_bytes": max_bytes,
        "upload": format_size(max_bytes),
        "text_chars": MAX_TEXT_CHARS,
        "suffixes": ",".join(UPLOAD_SUFFIXES),
    }
