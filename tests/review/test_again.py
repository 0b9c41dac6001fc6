"""A second `b1check review` of a copy b1check made earlier, after the writer worked in it: b1check's old
comments make way for the new ones (one verdict, nothing stale), other people's comments and every tracked
change stay, and b1check's changes nobody accepted yet are left for the writer and not suggested twice."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.oxml.ns import qn

from b1check.review import review_bytes

from tests.letter_files import make_odt
from tests.review.test_review import NOW, assert_comments_are_whole
from tests.review.word_files import resolve_all

LATER = NOW + dt.timedelta(days=1)
LETTER = [
    "Geachte heer Jansen,",
    "Wij hebben uw aanvraag ontvangen. Teneinde uw aanvraag te beoordelen, hebben wij uw loonstrook nodig.",
    "Indien u vragen hebt, bel ons.",
    "Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl",
]


def _letter_with_a_colleagues_comment() -> bytes:
    document = docx.Document()
    for text in LETTER:
        document.add_paragraph(text)
    run = document.paragraphs[1].runs[0]
    document.add_comment(run, text="Klopt dit?", author="Petra Jansen", initials="PJ")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _comments(data: bytes) -> list[tuple[str, str]]:
    return [(comment.author, comment.text) for comment in docx.Document(io.BytesIO(data)).comments]


def _own(data: bytes) -> list[str]:
    return [text for author, text in _comments(data) if author == "b1check"]


def _changes(data: bytes) -> list[tuple[str, str]]:
    body = docx.Document(io.BytesIO(data)).element.body
    return [(change.get(qn("w:author")), "".join(change.itertext())) for change in body.iter(qn("w:ins"), qn("w:del"))]


def test_a_second_review_replaces_b1checks_comments_and_keeps_the_colleagues():
    first = review_bytes(_letter_with_a_colleagues_comment(), "brief.docx", now=NOW)
    again = review_bytes(first.data, "brief.b1check.docx", now=LATER)
    assert_comments_are_whole(again.data)
    assert again.earlier.removed == len(_own(first.data))
    assert len(_own(again.data)) == len(_own(first.data)) - len(first.replaced)  # replaced ones are changes now
    assert sum(text.startswith("B1:") for text in _own(again.data)) == 1  # one verdict
    assert ("Petra Jansen", "Klopt dit?") in _comments(again.data)


def test_after_accepting_no_comment_is_left_on_words_that_are_gone():
    first = review_bytes(_letter_with_a_colleagues_comment(), "brief.docx", now=NOW)
    assert any("Teneinde" in text or "teneinde" in text for text in _own(first.data))
    accepted = resolve_all(first.data, accept=True)
    again = review_bytes(accepted, "brief.b1check.docx", now=LATER)
    assert_comments_are_whole(again.data)
    assert not any("eneinde" in text or "Indien" in text for text in _own(again.data))
    assert again.earlier.pending == 0 and not again.replaced
    assert "van een eerdere keer" not in _own(again.data)[0]
    assert ("Petra Jansen", "Klopt dit?") in _comments(again.data)


def test_pending_changes_of_b1check_stay_are_not_suggested_twice_and_are_named():
    first = review_bytes(_letter_with_a_colleagues_comment(), "brief.docx", now=NOW)
    assert {f.text for f in first.replaced} == {"Teneinde", "Indien"}
    again = review_bytes(first.data, "brief.b1check.docx", now=LATER)
    assert _changes(again.data) == _changes(first.data)  # left alone, and none added
    assert again.earlier.pending == 2  # two replacements, each a w:del and a w:ins
    verdict = _own(again.data)[0]
    assert "Er staan nog 2 wijzigingen van b1check van een eerdere keer" in verdict


def test_a_b1check_comment_someone_answered_stays():
    first = review_bytes(_letter_with_a_colleagues_comment(), "brief.docx", now=NOW)
    data = _answer_the_first_b1check_comment(first.data)
    again = review_bytes(data, "brief.b1check.docx", now=LATER)
    assert_comments_are_whole(again.data)
    assert again.earlier.answered == 1
    assert ("Petra Jansen", "Dat klopt niet, het is een vaste term.") in _comments(again.data)
    kept = [text for text in _own(again.data) if text == _own(first.data)[1]]
    assert kept  # the question answered stays beside its answer
    document = docx.Document(io.BytesIO(again.data))
    extended = next(p for p in document.part.package.iter_parts() if p.content_type.endswith("commentsExtended+xml"))
    assert extended.blob.count(b"commentEx ") + extended.blob.count(b"commentEx/") >= 2


_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _answer_the_first_b1check_comment(data: bytes) -> bytes:
    """As Word does: a reply is a comment of its own, tied to its question in commentsExtended.xml by
    the w14:paraId of each comment's last paragraph. Every comment gets a paraId and an entry."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document(io.BytesIO(data))
    question = [c for c in document.comments if c.author == "b1check"][1]
    reply = document.add_comment(document.paragraphs[2].runs[0], text="Dat klopt niet, het is een vaste term.",
                                 author="Petra Jansen", initials="PJ")
    entries = []
    for number, comment in enumerate(document.comments):
        paragraph = comment._comment_elm.findall(qn("w:p"))[-1]
        paragraph.set(f"{{{_W14}}}paraId", f"{number + 1:08X}")
        parent = ""
        if comment.comment_id == reply.comment_id:
            parent = f' w15:paraIdParent="{question._comment_elm.findall(qn("w:p"))[-1].get(f"{{{_W14}}}paraId")}"'
        entries.append(f'<w15:commentEx w15:paraId="{number + 1:08X}"{parent} w15:done="0"/>')
    xml = f'<w15:commentsEx xmlns:w15="{_W15}">{"".join(entries)}</w15:commentsEx>'.encode()
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
    part = Part(PackURI("/word/commentsExtended.xml"), content_type, xml, document.part.package)
    document.part.relate_to(part, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_odt_copy_reviewed_again_gets_b1checks_comments_once(tmp_path):
    from odf import office
    from odf.opendocument import load

    first = review_bytes(make_odt("\n".join(LETTER)), "brief.odt", now=NOW)
    again = review_bytes(first.data, "brief.b1check.odt", now=LATER)
    counts = []
    for data in (first.data, again.data):
        path = tmp_path / "x.odt"
        path.write_bytes(data)
        counts.append(len(load(str(path)).getElementsByType(office.Annotation)))
    assert counts[0] == counts[1] and again.earlier.removed == counts[0]
