"""Flat records for data tools (`to_records`, `to_dataframe`) and notebook HTML (`html_table`)."""

from __future__ import annotations

import functools
import html.parser
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings

import confparse
from confparse import Award, Link, Page, Paper, Person, Session, Talk
from confparse import strategies as cs
from confparse.export.records import COLUMNS, html_table, to_dataframe, to_records

from conftest import TODAY, page_text

# Drawing session pages costs most of these properties' time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))

LA = ZoneInfo("America/Los_Angeles")


@functools.cache
def real(prefix: str) -> Page:
    return confparse.parse(page_text(prefix), today=TODAY)


def all_real() -> list[Page]:
    return [real(prefix) for prefix in ("000", "001", "002", "003", "004")]


# -- to_records ---------------------------------------------------------------------------
def test_session_page_rows_golden() -> None:
    rows = to_records(real("001"))
    assert len(rows) == 8
    assert all(list(row) == list(COLUMNS) for row in rows)
    first = rows[0]
    assert first["record"] == "talk"
    assert first["page"] == 0
    assert first["layout"] == "session"
    assert first["session"] == "Deep Learning Optimization"
    assert first["start"] == datetime(2021, 7, 21, 17, 0, tzinfo=LA)
    assert first["start"].tzinfo is not None and first["end"] - first["start"] == timedelta(
        minutes=20
    )
    assert first["zone"] == "PDT"
    assert (first["kind"], first["award"]) == ("Oral", "Outstanding Paper Honorable Mention")
    assert first["title"].startswith("Understanding self-supervised learning dynamics")
    assert first["authors"] == "Yuandong Tian, Xinlei Chen, Surya Ganguli"
    assert first["author_list"] == ["Yuandong Tian", "Xinlei Chen", "Surya Ganguli"]
    assert first["abstract_truncated"] is False
    assert first["first_line"] < first["last_line"]
    qa = rows[-1]
    assert (qa["kind"], qa["title"], qa["authors"], qa["author_list"]) == ("Q&A", None, None, [])


def test_awards_and_listing_rows() -> None:
    awards = to_records(real("000"))
    assert [row["record"] for row in awards] == ["award"] * 10
    assert (awards[1]["award"], awards[1]["virtual"]) == ("Outstanding Paper", True)
    assert awards[1]["authors"] == "Paul Vicol, Luke Metz, Jascha Sohl-Dickstein"
    assert awards[1]["start"] is None
    listing = to_records(real("003"))
    assert len(listing) == 217
    assert {row["record"] for row in listing} == {"paper"}
    assert listing[37]["title"] == "Wasserstein GAN"
    assert listing[37]["authors"] is None


def test_many_pages_count_pages() -> None:
    rows = to_records(all_real())
    assert [row["page"] for row in rows[:1]] == [0]
    assert sorted({row["page"] for row in rows}) == [0, 1, 2, 3, 4]
    assert len(rows) == sum(len(to_records(page)) for page in all_real())


def test_single_records_and_catalog() -> None:
    talk = real("001").sessions[0].talks[0]
    assert to_records(talk)[0]["page"] is None
    assert to_records(talk)[0]["session"] is None
    assert to_records(talk.paper)[0]["record"] == "paper"  # type: ignore[arg-type]
    assert len(to_records(real("001").sessions[0])) == 8
    assert to_records(real("000").awards[0])[0]["award"] == "Outstanding Paper"
    book = confparse.build_catalog(all_real())
    rows = to_records(book)
    assert len(rows) == len(book.entries) == 258
    tian = next(row for row in rows if row["authors"] and row["authors"].startswith("Yuandong"))
    assert tian["record"] == "entry"
    assert tian["award"] == "Outstanding Paper Honorable Mention"
    assert tian["virtual"] is True
    assert tian["kind"] == "Oral"
    assert tian["abstract_truncated"] is False  # the session page's full abstract
    assert to_records(book.entries[0]) == [rows[0]]


def test_every_field_of_the_model_has_a_column() -> None:
    """A new model field must get a column (or be listed here as deliberately left out)."""
    left_out = {"span", "paper", "name", "authors", "links", "moderators", "talks"}
    fields = {f.name for cls in (Talk, Paper, Award) for f in attrs.fields(cls)}
    missing = fields - set(COLUMNS) - left_out
    assert not missing
    assert {"authors", "links", "first_line", "last_line", "award"} <= set(COLUMNS)


def test_links_published_and_counts() -> None:
    paper = Paper(
        title="T",
        links=(Link(text="Paper", url="https://a.org/1"),),
        votes=5,
        published=date(2024, 3, 8),
    )
    (row,) = to_records(paper)
    assert row["links"] == ["https://a.org/1"]
    assert (row["votes"], row["published"], row["comments"]) == (5, date(2024, 3, 8), None)


def test_rejects_what_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="int"):
        to_records(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        to_records("page text")  # type: ignore[arg-type]


@EXPORTS
@given(cs.session_pages())
def test_rows_follow_the_page(page: Page) -> None:
    rows = to_records(page)
    talks = [talk for session in page.sessions for talk in session.talks]
    assert len(rows) == len(talks)
    for row, talk in zip(rows, talks, strict=True):
        assert row["start"] == talk.start
        names = [p.name for p in talk.paper.authors] if talk.paper else []
        assert row["author_list"] == names
        assert row["authors"] == (", ".join(names) or None)


# -- to_dataframe -------------------------------------------------------------------------
def test_dataframe_takes_records_as_they_are() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(to_records(real("001")))
    assert list(frame.columns) == list(COLUMNS)
    assert isinstance(frame["start"].dtype, pandas.DatetimeTZDtype)
    assert frame["start"].iloc[0] == pandas.Timestamp("2021-07-21 17:00", tz=LA)


def test_dataframe_columns_and_dtypes() -> None:
    pandas = pytest.importorskip("pandas")
    frame = to_dataframe(real("001"))
    assert list(frame.columns) == list(COLUMNS)
    assert frame.shape == (8, len(COLUMNS))
    start = frame["start"].dtype
    assert isinstance(start, pandas.DatetimeTZDtype)
    assert start.tz == real("001").sessions[0].talks[0].start.tzinfo  # the page's own zone
    assert frame["start"].iloc[0] == pandas.Timestamp("2021-07-21 17:00", tz=LA)
    assert frame["start"].iloc[0].utcoffset() == timedelta(hours=-7)
    assert frame["end"].iloc[0] - frame["start"].iloc[0] == pandas.Timedelta(minutes=20)
    for column in ("votes", "stars", "first_line", "last_line", "page"):
        assert frame[column].dtype == "Int64", column
    for column in ("virtual", "abstract_truncated"):
        assert frame[column].dtype == "boolean", column
    for column in ("title", "authors", "kind", "record", "abstract"):
        assert frame[column].dtype == "string", column
    assert frame["author_list"].iloc[0] == ["Yuandong Tian", "Xinlei Chen", "Surya Ganguli"]
    assert frame["title"].isna().sum() == 1  # the Q&A slot
    assert (frame["kind"] == "Spotlight").sum() == 6


def test_dataframe_of_many_pages_is_in_utc_when_zones_differ() -> None:
    pandas = pytest.importorskip("pandas")
    eastern = Talk(start=datetime(2022, 7, 19, 10, tzinfo=ZoneInfo("America/New_York")))
    western = Talk(start=datetime(2022, 7, 19, 10, tzinfo=LA))
    frame = to_dataframe([eastern, western])
    assert str(frame["start"].dtype.tz) == "UTC"
    assert frame["start"].iloc[1] - frame["start"].iloc[0] == pandas.Timedelta(hours=3)
    fixed = confparse.from_json(confparse.to_json(real("001")), Page)  # offsets only
    assert to_dataframe(fixed)["start"].iloc[0] == to_dataframe(real("001"))["start"].iloc[0]


def test_dataframe_of_all_real_pages() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(all_real())
    assert len(frame) == len(to_records(all_real()))
    assert frame.groupby("record").size().to_dict() == {"award": 10, "paper": 217, "talk": 38}
    assert frame.loc[frame["record"] == "paper", "published"].isna().all()
    assert str(frame["published"].dtype).startswith("datetime64")


def test_dataframe_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"confparse-pages\[pandas\]"):
        to_dataframe(real("001"))


# -- HTML ---------------------------------------------------------------------------------
class _Cells(html.parser.HTMLParser):
    """Collects the text of every cell and checks that tags nest."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.stack.append(tag)
        if tag in ("td", "th"):
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in ("td", "th"):
            self.cells[-1] += data


def cells(markup: str) -> list[str]:
    parser = _Cells()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser.cells


def test_html_of_a_page() -> None:
    markup = html_table(real("001"))
    assert markup.startswith("<p><strong>Page (session): 1 sessions, 8 talks")
    found = cells(markup)
    assert found[:6] == ["record", "start", "kind", "award", "title", "authors"]
    assert "2021-07-21 17:00 PDT" in found
    assert "Yuandong Tian, Xinlei Chen, Surya Ganguli" in found
    listing = html_table(real("003"))
    assert "… and 197 more" in listing
    assert listing.count("<tr>") == 21  # header + 20 rows


def test_html_escapes_and_cuts() -> None:
    paper = Paper(title="<script>alert(1)</script> & co", abstract="x" * 1000)
    markup = html_table(paper)
    assert "<script>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in markup
    abstract = next(cell for cell in cells(markup) if cell.startswith("xxx"))
    assert len(abstract) == 240 and abstract.endswith("…")


def test_html_of_each_record_kind() -> None:
    page = real("001")
    talk = page.sessions[0].talks[0]
    assert "Outstanding Paper Honorable Mention" in cells(html_table(talk))
    assert "Deep Learning Optimization" in cells(html_table(page.sessions[0]))
    award = Award(name="Best Paper", virtual=True, paper=Paper(authors=(Person(name="A B"),)))
    assert cells(html_table(award)) == ["award", "Best Paper", "virtual", "True", "authors", "A B"]
    broken = confparse.parse("Hall G\n\nWed 21 July 17:00 - 17:20 XYZ\n\nOral\nA talk")
    assert "unknown-zone" in cells(html_table(broken))
    assert html_table(Session()).startswith("<p><strong>Session: 0 talks")
    with pytest.raises(TypeError):
        html_table(3)  # type: ignore[arg-type]


def test_records_show_as_html_in_notebooks() -> None:
    page = real("001")
    session = page.sessions[0]
    talk = session.talks[0]
    for record in (page, session, talk, talk.paper, Award(name="Best Paper")):
        assert record._repr_html_() == html_table(record)  # type: ignore[union-attr, arg-type]


def test_utc_and_fixed_offsets_show_their_offset() -> None:
    talk = Talk(start=datetime(2021, 7, 21, 17, tzinfo=timezone(timedelta(hours=-7))))
    assert "2021-07-21 17:00 UTC-07:00" in cells(html_table(talk))


def test_import_stays_light() -> None:
    """The optional packages load only when their functions are called."""
    import subprocess
    import sys

    code = (
        "import sys, confparse; "
        "print(sorted(m for m in ('pandas', 'icalendar', 'jsonschema', 'concurrent.futures')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
