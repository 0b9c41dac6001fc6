"""`b1check review`: the writer's own document back, with the findings in the margin.

Each finding becomes a comment on exactly its words; the replacements that
`b1check fix` would make become tracked changes, to accept or reject with the
word processor's own buttons. What concerns the letter as a whole (verdict,
contact, structure), and what cannot carry a comment (Word allows none in a
header or footer), goes into one comment on the first paragraph, with its
place. A finding in a Word footnote or endnote is named there too (LibreOffice
cannot open a .docx with a comment in a note); its tracked change stays in the
note (the note parts are XML parts: `load.documents.register_word_parts`). An
.odt note keeps its comments. The original is never changed; the copy is
written atomically.
May import: check, fixes, report and everything below.
"""
# (`is_reviewed_copy` is load's, so that `check` and `audit` leave the copies out of a folder as `review` does.)

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..check import check_source
from ..files import os_reason, same_file, target_problem, write_atomically
from ..fixes import apply_fixes
from ..load import (BINARY_SUFFIXES, DEFAULT_MAX_BYTES, InputError, is_reviewed_copy, load_parsed, lock_file_reason,
                    read_file)
from ..load.read import REVIEWED_MARK
from ..load.documents import Place, guarded
from ..load.source import SourceText
from ..model import FileReport, Finding, changed_part
from ..rules import rule_info
from ..settings import Settings
from .document import EarlierReview, Piece, ReviewCopy, Unsafe
from .opendocument import OpenDocumentCopy
from .texts import Elsewhere, letter_comment, place_comment
from .word import WordCopy

# The formats b1check can hand back with comments, by suffix: every Word and OpenDocument text it reads
# (.docm and the templates too). The copy keeps the suffix and the kind of package it was.
COPIES: dict[str, type[ReviewCopy]] = {
    suffix: {"docx": WordCopy, "odt": OpenDocumentCopy}[kind]
    for suffix, kind in BINARY_SUFFIXES.items() if kind in ("docx", "odt")
}


@dataclass
class Review:
    """What `b1check review` put in the copy of one document."""

    path: str
    report: FileReport
    data: bytes  # the reviewed copy
    anchored: list[Finding] = field(default_factory=list)  # a comment on their own words
    # One comment per place: the findings whose words overlap share it, the most important first.
    margin: list[list[Finding]] = field(default_factory=list)
    in_first_comment: list[Finding] = field(default_factory=list)  # about the letter, or no place in the margin
    replaced: list[Finding] = field(default_factory=list)  # tracked changes
    not_replaced: list[Finding] = field(default_factory=list)  # a safe fix that could not be marked here
    tracks_changes: bool = True  # False: the format takes no tracked changes (yet); the comments name the fixes
    earlier: EarlierReview = field(default_factory=EarlierReview)  # what an earlier review of this copy left
    output: str | None = None


def refusal(name: str) -> str | None:
    """Why `review` cannot annotate this file, in Dutch; None if it can."""
    lock = lock_file_reason(name)
    if lock:
        return lock
    suffix = Path(name.lower()).suffix
    if suffix in COPIES:
        return None
    kind = f"een {suffix}-bestand" if suffix else "een bestand zonder extensie"
    return (
        f"b1check review zet opmerkingen in Word-bestanden (.docx) en OpenDocument-tekst (.odt), ook in hun "
        f"sjablonen (.dotx, .dotm, .ott) en in .docm, niet in {kind}. "
        "Sla de brief op als .docx, of gebruik 'b1check check' om de meldingen te zien."
    )


def reviewed_path(path: str | os.PathLike) -> Path:
    """brief.docx → brief.b1check.docx, beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}{REVIEWED_MARK}{path.suffix}")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends (a sentence may take a line end along)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(places: list[Place], start: int, end: int) -> list[Piece]:
    """The paragraphs a span of the original covers: (paragraph, start, end) in its own text."""
    return [
        (place.element, max(start, place.start) - place.start, min(end, place.end) - place.start)
        for place in places
        if place.start < end and start < place.end
    ]


def review_bytes(data: bytes, name: str, settings: Settings | None = None, track_changes: bool = True,
                 now: dt.datetime | None = None) -> Review:
    """Check a document and return its reviewed copy. Raises `InputError` (in Dutch)."""
    reason = refusal(name)
    if reason:
        raise InputError(name, reason)
    copy, source = _open(data, name)
    report = check_source(source, name, settings or Settings())
    now = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    try:
        return _annotate(copy, report, source.original, name, track_changes, now)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a document the libraries choke on must not stop a batch
        raise InputError(name, f"b1check kan in dit document geen opmerkingen zetten (interne fout: {error!r}).") from None


def _open(data: bytes, name: str) -> tuple[ReviewCopy, SourceText]:
    """The document parsed once: the copy the comments go into, and its text read as `b1check check` reads
    the file (the loader's steps around the parse, its Dutch reasons for an empty or broken file)."""
    suffix = Path(name.lower()).suffix
    opened: list[ReviewCopy] = []

    def parse(data: bytes, name: str) -> SourceText:
        opened.append(COPIES[suffix](data))
        return opened[0].text.source

    source = load_parsed(data, name, guarded(BINARY_SUFFIXES[suffix], parse))
    return opened[0], source


def _annotate(copy: ReviewCopy, report: FileReport, original: str, name: str, track_changes: bool, now: dt.datetime) -> Review:
    places = copy.text.places
    infos = rule_info()
    review = Review(name, report, b"", tracks_changes=copy.tracks_changes, earlier=copy.earlier)
    _, safe, _ = apply_fixes(original, report.findings)  # exactly the replacements `fix` makes
    to_replace = []
    for finding in safe if track_changes and copy.tracks_changes else ():
        piece = _one_paragraph(places, finding)
        if piece and copy.can_replace(*piece):
            to_replace.append((finding, piece))
        else:
            review.not_replaced.append(finding)  # its comment names the replacement instead
    tracked = {id(finding) for finding, _ in to_replace}
    # The comment on the first paragraph comes first; its text is written last, when
    # it knows what did not fit in the margin.
    letter_note = next((note for note in (_whole_paragraph_comment(copy, place, now) for place in places) if note),
                       None)
    if letter_note is None:
        raise InputError(name, "In de hoofdtekst van dit document staat geen tekst; b1check kan er geen opmerkingen in zetten.")
    about_letter, elsewhere, in_margin = [], [], []
    # Comments before changes: their marks have no width, so the offsets of the changes stay true.
    for finding in report.findings:
        start, end = _trimmed(original, finding.start, finding.end)
        pieces = _pieces(places, start, end)
        if infos[finding.rule].anchor == "letter":
            about_letter.append(finding)
            continue
        place = next((copy.where(p) for p, _, _ in pieces if copy.where(p)), None) if pieces else f"in regel {finding.line}"
        if place is None:
            in_margin.append((finding, start, end))
        else:
            elsewhere.append(Elsewhere(finding, place))
    for group, start, end in _same_place(in_margin):
        pieces = _pieces(places, start, end)
        try:
            copy.comment(pieces[0], pieces[-1],
                         place_comment([(finding, infos[finding.rule], id(finding) in tracked) for finding in group]),
                         now)
            review.margin.append(group)
            review.anchored.extend(group)
        except Unsafe:
            elsewhere.extend(Elsewhere(finding, f"in regel {finding.line}") for finding in group)
    # Right to left, so that each change leaves the offsets before it as they were.
    for finding, piece in sorted(to_replace, key=lambda item: item[0].start, reverse=True):
        # The tracked change covers only what changes ("Indien" of *Indien u*), not the words shown around it.
        lead, trail, new_text = changed_part(finding.text, finding.fix)
        element, start, _ = piece
        try:
            copy.replace(element, start + lead, start + trail, new_text, now)
            review.replaced.insert(0, finding)
        except Unsafe:
            review.not_replaced.append(finding)
    review.in_first_comment = about_letter + [item.finding for item in elsewhere]
    untracked = 0 if copy.tracks_changes or not track_changes else len(safe)
    copy.fill(letter_note, letter_comment(report, about_letter, elsewhere, review.replaced, untracked,
                                                copy.earlier.pending))
    review.data = copy.save()
    return review


# Findings about a whole sentence or paragraph keep a comment of their own: joined with the words
# inside them, they would pull every comment in the sentence onto the whole sentence.
_WIDE = {"sentence-length", "paragraph"}


def _same_place(spans: list[tuple[Finding, int, int]]) -> list[tuple[list[Finding], int, int]]:
    """The findings in the margin, in groups that share words (one comment each, as Word's editor and
    LanguageTool show one card per place), with the span the group covers: from its first start to its
    last end. A finding about a whole sentence (`_WIDE`) stays alone."""
    groups: list[tuple[list[Finding], int, int]] = []
    joinable: int | None = None  # the group the next finding may join
    for finding, start, end in sorted(spans, key=lambda span: (span[1], -span[2])):
        if finding.category in _WIDE:
            groups.append(([finding], start, end))
            continue
        if joinable is not None and start < groups[joinable][2]:
            group, first, last = groups[joinable]
            groups[joinable] = ([*group, finding], first, max(last, end))
        else:
            groups.append(([finding], start, end))
            joinable = len(groups) - 1
    return groups


def _whole_paragraph_comment(copy: ReviewCopy, place: Place, now: dt.datetime):
    """An empty comment on the whole of a paragraph in the main text, or None if it cannot have one."""
    if place.end <= place.start or copy.where(place.element) is not None:
        return None
    whole = (place.element, 0, place.end - place.start)
    try:
        return copy.comment(whole, whole, "", now)
    except Unsafe:
        return None


def _one_paragraph(places: list[Place], finding: Finding) -> Piece | None:
    """Where a replacement goes: inside one paragraph, or nowhere (no replacement crosses a paragraph's edge)."""
    pieces = _pieces(places, finding.start, finding.end)
    if len(pieces) == 1 and pieces[0][2] - pieces[0][1] == finding.end - finding.start:
        return pieces[0]
    return None


def review_file(path: str | os.PathLike, output: str | os.PathLike | None = None, settings: Settings | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, track_changes: bool = True, overwrite: bool = False) -> Review:
    """Review a document on disk and write the copy (brief.b1check.docx, or `output`). A copy that is
    there already is replaced only with `overwrite`: the writer may have worked in it."""
    name = str(path)
    if os.path.isdir(name):  # before the extension: "brieven.txt/" is a folder, not a .txt-bestand
        raise InputError(name, "Dit is een map, geen bestand.")
    reason = refusal(name)
    if reason:
        raise InputError(name, reason)
    target = Path(output) if output is not None else reviewed_path(path)
    if target.suffix.lower() != Path(name).suffix.lower():
        raise InputError(name, f"De kopie moet ook op {Path(name).suffix.lower()} eindigen, anders opent hij niet.")
    if same_file(target, path):
        raise InputError(name, "b1check verandert uw brief niet. Kies een andere naam voor de kopie (-o).")
    if target.exists() and not overwrite:
        raise InputError(name, f"De kopie '{target}' bestaat al; misschien hebt u daarin al gewerkt. b1check "
                               "schrijft er niet overheen. Vervang hem met --overwrite, of kies een andere naam (-o).")
    problem = target_problem(target)
    if problem:
        raise InputError(name, f"b1check kan de kopie '{target}' niet opslaan ({problem}).")
    review = review_bytes(read_file(path, max_bytes), name, settings, track_changes)
    try:
        write_atomically(target, review.data)
    except OSError as error:
        raise InputError(name, f"b1check kan de kopie '{target}' niet opslaan ({os_reason(error)}).") from None
    review.output = str(target)
    return review
