"""Rendering: a `Page` of papers written back as a plain listing."""

from __future__ import annotations

from datetime import date

from ...capture.formats import read_document
from ...capture.normalize import normalize
from ...errors import RenderError
from ...models import Page, Paper
from ..kit.blocks import check_abstract, check_line, reject_unsupported
from ..kit.fields import split_truncation
from ..kit.vocabulary import MONTHS
from .furniture import HEADER, LINE_FURNITURE, SUBSCRIBE, furniture_item
from .links import keeps_link
from .shapes import Shape, line_shape

_PAPER_FIELDS = frozenset(
    ("title", "abstract", "abstract_truncated", "votes", "comments", "stars", "author_count",
     "organization", "published", "submitted_by", "links")
)  # fmt: skip


def _check_field(line: str, what: str, wrong_shape: Shape) -> None:
    check_line(line, what)
    if furniture_item(line) is not None or line in LINE_FURNITURE:
        raise RenderError(f"{what} {line!r} reads as listing furniture")
    if line_shape(line) == wrong_shape:
        other = "an abstract" if wrong_shape == "abstract" else "a title"
        raise RenderError(f"{what} {line!r} reads as {other}")


def _furniture(line: str, rule: str, what: str, **values: object) -> str:
    """*line*, after checking that it reads back as *rule* with *values*."""
    item = furniture_item(line)
    if item is None or item.rule != rule or any(getattr(item, k) != v for k, v in values.items()):
        raise RenderError(f"{what} would not be read back from {line!r}")
    return line


def _head(paper: Paper) -> list[str]:
    """``Submitted by <user>`` and the vote count: the lines before the title."""
    out: list[str] = []
    if paper.submitted_by is not None:
        user = paper.submitted_by
        out.append(_furniture(f"Submitted by {user}", "submitted-by", "submitter", text=user))
    if paper.votes is not None:
        out.append(_furniture(str(paper.votes), "count", "votes", number=paper.votes))
    return out


def _link_lines(paper: Paper) -> list[str]:
    out: list[str] = []
    for link in paper.links:
        if link.text is not None:
            raise RenderError("a plain listing prints links as bare URLs, without their text")
        if not keeps_link(link.url) or link.url in out:
            raise RenderError(f"link {link.url!r} would not be read back as a paper link")
        out.append(_furniture(link.url, "url", "link", text=link.url))
    return out


def _byline(paper: Paper, abstract: str) -> list[str]:
    """Organisation or author count, ``·``, date and comments, stars: the lines after."""
    out: list[str] = []
    organization, count = paper.organization, paper.author_count
    if organization is not None and count is not None:
        raise RenderError("a listing shows an organisation or an author count, not both")
    if organization is not None:
        check_line(organization, "organisation")
        if furniture_item(organization) is not None or organization == abstract:
            raise RenderError(f"organisation {organization!r} would not be read back")
        out += [organization, "\u00b7"]
    if count is not None:
        out += [_furniture(f"{count} authors", "author-count", "author count", number=count)]
        out.append("\u00b7")
    if paper.published is not None:
        day = paper.published
        line = f"{MONTHS[day.month - 1]} {day.day}, {day.year:04d}"
        if paper.comments is not None:
            line += f" {paper.comments}"
        shown = (day.month, day.day, day.year)
        out.append(_furniture(line, "date", "date", number=paper.comments, day=shown))
    elif paper.comments is not None:
        raise RenderError("a listing prints the comment count after the date only")
    if paper.stars is not None:
        out.append(_furniture(f"GitHub {paper.stars}", "star-count", "stars", number=paper.stars))
    return out


def _render_paper(paper: Paper) -> tuple[list[str], str, list[str]]:
    """(head lines, title line, the lines after the title) of *paper*."""
    reject_unsupported(paper, _PAPER_FIELDS, "listing")
    if paper.title is None or paper.abstract is None:
        raise RenderError("a listing paper needs both a title and an abstract")
    _check_field(paper.title, "title", "abstract")
    if " ".join(paper.title.split()) != paper.title:
        raise RenderError(f"title {paper.title!r} has runs of spaces, which read back as one")
    lines = check_abstract(paper, authors_before=True)
    if len(lines) != 1:
        raise RenderError("a listing abstract is one line")
    (abstract,) = lines
    _check_field(abstract, "abstract", "title")
    if split_truncation(abstract) != (paper.abstract, paper.abstract_truncated):
        raise RenderError(f"abstract {paper.abstract!r} would not be read back as it is")
    if abstract == paper.title:
        raise RenderError("a paper whose abstract repeats its title reads as a duplicate line")
    body = [*_link_lines(paper), abstract, *_byline(paper, abstract)]
    return _head(paper), paper.title, body


def render(page: Page, *, today: date | None = None) -> str:
    """Write a `Page` of papers as a listing: the banner, then per paper its head lines
    (``Submitted by <user>``, the vote count), the title, its links as bare URLs, the
    abstract, and its byline lines (organisation or ``N authors``, ``·``, the date with the
    comment count, ``GitHub <stars>``).

    ``Subscribe`` is glued to the first title, as in the real capture, when the first paper
    has no head lines (a page without papers ends with a ``Subscribe`` line).
    """
    if page.sessions or page.awards:
        raise RenderError("the listing layout holds papers only")
    out = list(HEADER)
    previous: str | None = None  # the last line of the paper before, when it is text
    for number, paper in enumerate(page.papers):
        head, title, body = _render_paper(paper)
        if not head and title == previous:
            raise RenderError(f"title {title!r} repeats the abstract before it")
        if number == 0:
            out += [SUBSCRIBE, *head, title] if head else [SUBSCRIBE + title]
        else:
            out += [*head, title]
        out += body
        previous = body[-1] if furniture_item(body[-1]) is None else None
    if not page.papers:
        out.append(SUBSCRIBE)
    text = "\n".join(out)
    if read_document(normalize(text)).text != text:
        raise RenderError("the text would be changed by normalisation (Unicode, markdown)")
    return text
