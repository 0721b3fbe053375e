"""BibTeX export: `to_bibtex`, `cite_key` and `latex_escape`."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import confparse
from confparse import Award, Page, Paper, Person, Session, Talk
from confparse import strategies as cs
from confparse.export.bibtex import bibliography, cite_key, latex_escape, to_bibtex

from conftest import PAGES, TODAY, page_text

# Drawing session pages costs most of these properties' time: a fifth of the profile's examples.
EXPORTS = settings(max_examples=max(20, settings.default.max_examples // 5))

TIAN = (Person(name="Yuandong Tian"), Person(name="Xinlei Chen"), Person(name="Surya Ganguli"))
TITLE = "Understanding self-supervised learning dynamics without contrastive pairs"


@functools.cache
def real(prefix: str) -> Page:
    return confparse.parse(page_text(prefix), today=TODAY)


FIELD = re.compile(r"  (\w+) = \{")


def entries(text: str) -> list[dict[str, str]]:
    """A small reader for what `to_bibtex` writes: a head line, then one ``  name = {value},``
    per field (a value may run over several lines), then ``}``; entries apart by a blank line.
    """
    found = []
    for block in re.split(r"\n\n(?=@)", text):
        head, *lines = block.rstrip("\n").split("\n")
        assert lines.pop() == "}"
        head_match = re.fullmatch(r"@(\w+)\{([^,\s]+),", head)
        assert head_match is not None, head
        entry = {"ENTRYTYPE": head_match[1], "ID": head_match[2]}
        name = None
        for line in lines:
            start = FIELD.match(line)
            if start:
                name = start[1]
                entry[name] = line[start.end() :]
            else:
                assert name is not None, line
                entry[name] += "\n" + line
        for key in entry.keys() - {"ENTRYTYPE", "ID"}:
            assert entry[key].endswith("},")
            entry[key] = entry[key][:-2]
        found.append(entry)
    return found


def balanced(text: str) -> bool:
    """Braces balance, not counting escaped ones (``\\{``)."""
    depth = 0
    for match in re.finditer(r"\\.|[{}]", text, re.DOTALL):
        token = match.group()
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth < 0:
            return False
    return depth == 0


# -- escaping -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LaTeX that is already LaTeX stays as it is (the real 2021 session page's abstract)
        (r"recent \emph{non-contrastive} SSL", r"recent \emph{non-contrastive} SSL"),
        (r"performance {\it without} negative pairs", r"performance {\it without} negative pairs"),
        (r"by $2.5\%$ in 300-epoch training", r"by $2.5\%$ in 300-epoch training"),
        (r"a novel approach, \ourmethod{}, that", r"a novel approach, \ourmethod{}, that"),
        (r"\footnote{\url{https://x.org/a_b%20#c}}.", r"\footnote{\url{https://x.org/a_b%20#c}}."),
        (r"est\'an dise\~nados", r"est\'an dise\~nados"),
        ("sharp ones~--~by showing", "sharp ones~--~by showing"),
        (r"inline \(x_1\) and display \[y^2\]", r"inline \(x_1\) and display \[y^2\]"),
        ("$$x_1 + y_2$$ holds", "$$x_1 + y_2$$ holds"),
        # plain text specials outside math are escaped
        ("McCulloch & Pitt model", r"McCulloch \& Pitt model"),
        ("improves by 5% on #1", r"improves by 5\% on \#1"),
        ("with ell_1-loss", r"with ell\_1-loss"),
        ("the L_2^2-loss", r"the L\_2\^{}2-loss"),
        ("at the rate O(k^{-1/4}).", r"at the rate O(k\^{}{-1/4})."),
        ("memory footprint is ~ square root", r"memory footprint is \textasciitilde{} square root"),
        ("costs $5 and $10", r"costs \$5 and \$10"),
        ("a lone $ sign", r"a lone \$ sign"),
        ("unclosed $$ display", r"unclosed \$\$ display"),
        ("path C:\\1", r"path C:\textbackslash{}1"),
        ("ends in \\", r"ends in \textbackslash{}"),
        ("a } then { b", r"a \} then \{ b"),
        ("math ${x$ with a lone brace", r"math \$\{x\$ with a lone brace"),
        ("already \\% and \\& and \\_", "already \\% and \\& and \\_"),
        ("Łojasiewicz and β_2", r"Łojasiewicz and β\_2"),
        ("", ""),
    ],
)
def test_latex_escape_is_exact(text: str, expected: str) -> None:
    assert latex_escape(text) == expected


def test_escaping_is_idempotent_on_real_abstracts() -> None:
    """Escaped text is LaTeX: escaping it again changes nothing (no double escapes)."""
    papers = confparse.build_catalog([real(p) for p in ("000", "001", "002", "003", "004")]).papers
    texts = [text for paper in papers for text in (paper.title, paper.abstract) if text]
    assert len(texts) > 400
    for text in texts:
        once = latex_escape(text)
        assert latex_escape(once) == once
        assert balanced(once)


@given(st.text(alphabet=st.sampled_from("ab $%&#_^~{}\\\n()[]1"), max_size=40))
def test_escaped_text_always_has_balanced_braces_and_is_a_fixed_point(text: str) -> None:
    once = latex_escape(text)
    assert balanced(once)
    assert latex_escape(once) == once
    # every special character outside what is kept is escaped: no bare %, & or #
    assert re.search(r"(?<!\\)[%&#]", _without_kept(once)) is None


def _without_kept(text: str) -> str:
    """*text* without math and \\url arguments, the parts that may hold bare specials."""
    text = re.sub(r"\\url\{[^}]*\}", "", text)
    text = re.sub(
        r"\$\$.*?\$\$|(?<!\\)\$.*?(?<!\\)\$|\\\(.*?\\\)|\\\[.*?\\\]", "", text, flags=re.S
    )
    return text


# -- keys ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paper", "year", "key"),
    [
        (Paper(title=TITLE, authors=TIAN), 2021, "tian2021understanding"),
        (Paper(title="On the Global Convergence", authors=TIAN), None, "tianglobal"),
        (Paper(title="Wasserstein GAN", authors=(Person(name="Łukasz Kaiser"),)), 2017,
         "kaiser2017wasserstein"),
        (Paper(title="Über Lösungen", authors=(Person(name="Jürgen Schmidhuber"),)), 1990,
         "schmidhuber1990uber"),
        (Paper(title="A Study", authors=(Person(name="Martin Luther King Jr."),)), 1960,
         "king1960study"),
        (Paper(title="3D Shapes", authors=(Person(name="Anne-Marie Kermarrec"),)), 2020,
         "kermarrec2020shapes"),
        (Paper(title="图神经网络", authors=(Person(name="王伟"),)), 2024, "paper2024"),
    ],
)  # fmt: skip
def test_cite_keys(paper: Paper, year: int | None, key: str) -> None:
    assert cite_key(paper, year) == key


def test_keys_are_stable_and_unique() -> None:
    pages = [real(p) for p in ("000", "001", "002", "003", "004")]
    first = entries(to_bibtex(pages))
    assert [e["ID"] for e in first] == [e["ID"] for e in entries(to_bibtex(pages))]
    keys = [entry["ID"] for entry in first]
    assert len(keys) == len(set(keys))
    assert keys[:3] == ["tian2021understanding", "liu2021learning", "kong2021consensus"]


def test_equal_keys_get_letters_in_order() -> None:
    papers = [Paper(title=f"Understanding {n}", authors=TIAN) for n in ("A", "B", "C")]
    assert [e["ID"] for e in entries(to_bibtex(papers))] == [
        "tianunderstanding",
        "tianunderstandingb",
        "tianunderstandingc",
    ]


# -- entries ------------------------------------------------------------------------------
def test_real_session_page_golden_entry() -> None:
    (first, *rest) = entries(to_bibtex(real("001")))
    assert len(rest) == 6  # 8 slots: 7 papers, one Q&A
    assert first["ENTRYTYPE"] == "misc"
    assert first["ID"] == "tian2021understanding"
    assert first["title"] == "{" + TITLE + "}"
    assert first["author"] == "Yuandong Tian and Xinlei Chen and Surya Ganguli"
    assert first["year"] == "2021"
    assert first["note"] == "Outstanding Paper Honorable Mention"
    assert first["abstract"].startswith("While contrastive approaches of self-supervised")
    assert r"recent \emph{non-contrastive} SSL" in first["abstract"]
    assert r"by $2.5\%$ in 300-epoch training (and $5\%$ in 60-epoch)" in first["abstract"]
    assert first["abstract"].endswith(
        r"\url{https://github.com/facebookresearch/luckmatters/tree/master/ssl}}."
    )


def test_pages_are_joined_before_export() -> None:
    """The awards page's untitled copy joins the session page's talk: one entry, with the
    award as note; the other awarded papers have no title and are left out."""
    found = entries(to_bibtex([real("000"), real("001")]))
    assert [e["ID"] for e in found].count("tian2021understanding") == 1
    assert len(found) == 7
    only_awards = to_bibtex(real("000"))
    assert only_awards == ""


def test_listing_papers_without_authors_are_left_out() -> None:
    assert to_bibtex(real("003")) == ""


def test_booktitle_truncation_links_and_special_names() -> None:
    paper = Paper(
        title="R&D for 100% of #tags_and_more",
        authors=(Person(name="Ann Lee"), Person(name="Smith, Jr."), Person(name="Bo and Co")),
        abstract="We cut it",
        abstract_truncated=True,
        links=(confparse.Link(text="x", url="ftp://no"), confparse.Link(url="https://a.org/x_y")),
        published=date(2024, 3, 8),
    )
    (entry,) = entries(to_bibtex(paper, booktitle="ICML 2024 & Friends"))
    assert entry["ENTRYTYPE"] == "inproceedings"
    assert entry["ID"] == "lee2024rd"
    assert entry["title"] == r"{R\&D for 100\% of \#tags\_and\_more}"
    assert entry["author"] == "Ann Lee and {Smith, Jr.} and {Bo and Co}"
    assert entry["booktitle"] == r"ICML 2024 \& Friends"
    assert entry["year"] == "2024"
    assert entry["abstract"] == r"We cut it \ldots{}"
    assert entry["url"] == "https://a.org/x_y"


def test_records_of_every_kind() -> None:
    paper = Paper(title=TITLE, authors=TIAN)
    start = datetime(2021, 7, 21, 17, tzinfo=timezone.utc)
    talk = Talk(start=start, zone="UTC", kind="Oral", paper=paper)
    award = Award(name="Best Paper", paper=paper)
    assert entries(to_bibtex(talk))[0]["year"] == "2021"
    assert entries(to_bibtex(award))[0]["note"] == "Best Paper"
    assert entries(to_bibtex(Session(talks=(talk,)))) == entries(to_bibtex(talk))
    assert to_bibtex(Talk(kind="Q&A")) == ""
    assert to_bibtex([]) == ""
    with pytest.raises(TypeError, match="int"):
        to_bibtex(3)  # type: ignore[arg-type]


@EXPORTS
@given(cs.session_pages())
def test_every_drawn_page_gives_well_formed_entries(page: Page) -> None:
    text = to_bibtex(page)
    found = entries(text) if text else []
    qualifying = [
        e for e in confparse.build_catalog([page]).entries if e.paper.title and e.paper.authors
    ]
    assert len(found) == len(qualifying)
    assert len({e["ID"] for e in found}) == len(found)
    for entry in found:
        assert re.fullmatch(r"[a-z0-9]+", entry["ID"])
        for name, value in entry.items():
            assert balanced(value), (name, value)
            assert "\n\n" not in value or name == "abstract"


# -- every paper that can be cited ------------------------------------------------------
def _parsed(name: str) -> Page:
    return confparse.parse(PAGES / name, today=TODAY)


def test_arxiv_listing_papers_are_misc_with_eprint() -> None:
    page = _parsed("html/04_hf_daily_papers_2024-08-01.html")
    found = entries(to_bibtex(page))
    assert len(found) == len(page.papers) == 13
    for entry, paper in zip(found, page.papers, strict=True):
        assert entry["ENTRYTYPE"] == "misc"
        assert entry["eprint"] == paper.arxiv_id
        assert entry["archivePrefix"] == "arXiv"
        assert entry["year"] == "2024"
        assert "booktitle" not in entry
    # a booktitle is for the conference's papers, not for arXiv papers of a listing
    assert entries(to_bibtex(page, booktitle="ICML 2024"))[0]["ENTRYTYPE"] == "misc"


def test_conference_paper_gets_venue_and_year_from_its_links() -> None:
    (entry,) = entries(to_bibtex(_parsed("html/02_neurips2023_poster_71095.html")))
    assert entry["ENTRYTYPE"] == "inproceedings"
    assert (entry["booktitle"], entry["year"]) == ("NeurIPS 2023", "2023")
    # a detail page's plain capture keeps no links, but its time still gives the year
    (plain,) = entries(to_bibtex(_parsed("detail/01_neurips2023_poster71095_plain.txt")))
    assert plain["year"] == "2023"


def test_a_paper_without_links_takes_the_venue_its_page_prints() -> None:
    """The ICML 2025 session capture keeps no links; the page prints "ICML 2025"."""
    page = _parsed("session/icml2025_poster-session-3-west.txt")
    assert (page.venue, page.year) == ("ICML", 2025)
    papers = [talk.paper for session in page.sessions for talk in session.talks if talk.paper]
    assert len(papers) == 12 and all(paper.venue is None for paper in papers)
    found = entries(to_bibtex(page))
    assert len(found) == 12
    assert {(e["ENTRYTYPE"], e["booktitle"], e["year"]) for e in found} == {
        ("inproceedings", "ICML 2025", "2025")
    }


def test_arxiv_only_paper_year_from_its_id() -> None:
    paper = Paper(
        title="T", authors=TIAN, links=(confparse.Link(url="https://arxiv.org/abs/1701.07875"),)
    )
    (entry,) = entries(to_bibtex(paper, booktitle="ICML 2017"))
    assert (entry["ENTRYTYPE"], entry["year"], entry["eprint"]) == ("misc", "2017", "1701.07875")
    talk = Talk(paper=paper, kind="Oral")
    (entry,) = entries(to_bibtex(talk, booktitle="ICML 2017"))
    assert (entry["ENTRYTYPE"], entry["booktitle"]) == ("inproceedings", "ICML 2017")
    assert entry["eprint"] == "1701.07875"


def test_papers_that_cannot_be_cited_are_counted() -> None:
    listing = bibliography(real("003"))  # listing papers without author names
    assert (listing.text, listing.written, len(listing.skipped)) == ("", 0, 217)
    awards = bibliography(real("000"))  # awards without titles
    assert awards.written == 0
    assert awards.skipped
    assert all(paper.title is None for paper in awards.skipped)
    with pytest.raises(TypeError, match="booktitle must be a str"):
        bibliography(real("001"), booktitle=2021)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    [
        "html/01_icml2025_session_poster-session-3-west.html",
        "html/02_neurips2023_poster_71095.html",
        "html/04_hf_daily_papers_2024-08-01.html",
        "001_0d9663f37bf93543.txt",
        "wild/01",
    ],
)
def test_output_reads_back_with_bibtexparser(name: str) -> None:
    bibtexparser = pytest.importorskip("bibtexparser")
    path = PAGES / name if (PAGES / name).exists() else next(PAGES.glob(name + "*"))
    page = confparse.parse(path, today=TODAY)
    text = to_bibtex(page)
    mine = entries(text)
    assert mine
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == [entry["ID"] for entry in mine]
    for theirs, ours in zip(library.entries, mine, strict=True):
        assert theirs.entry_type == ours["ENTRYTYPE"]
        assert {field.key: field.value for field in theirs.fields} == {
            key: value for key, value in ours.items() if key not in ("ENTRYTYPE", "ID")
        }
