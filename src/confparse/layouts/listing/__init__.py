"""Paper listings (Hugging Face daily, trending and search pages; lists of paper titles
each linked to its paper page, such as a virtual site's papers.html).

The plain capture (a browser's copy of a daily page) is a subscribe banner, then a title
line and an abstract line for each paper::

    Get trending papers in your email inbox once a day!
    Get trending papers in your email inbox!
    SubscribeImproving performance of deep learning models with axiomatic attribution ...
    Recent research has demonstrated that feature attribution methods for deep networks ...
    Vanishing Gradients in Reinforcement Finetuning of Language Models
    Pretrained language models are commonly aligned with human preferences and ...

The capture glued the ``Subscribe`` button to the first title; the parser takes it off again.
Which line starts the next paper is decided by line shape (`line_shape`): a title is short
and does not end like a sentence, an abstract is long or ends with a full stop. A damaged
spot (a missing, duplicated or joined line) gets a diagnostic and the papers around it are
kept intact.

Search and trending pages print more around each paper, and scrapers, exporters and
HTML-to-markdown converters capture it in different orders::

    101                                   votes, before the title (search pages)
    OCC-RAG: Optimal Cognitive Core for Faithful Question Answering
    Recent progress in the development of language models has been defined by scale, ...
    OCC                                   the organisation, or "- 3 authors"
    ·
    May 29 6                              the date, then the comment count

    Submitted by                          trending pages: the user who submitted it
    vvasilev
    Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation
    We present Kandinsky 6.0 Video, a family of foundation diffusion models for ...
    Kandinsky Lab · Published on Oct 4, 2026
    Upvote
    117                                   votes, after the byline
    GitHub 131 arXiv Page                 GitHub stars

A date page that a web clipper saves (Obsidian's) prints no abstracts, and its links keep
what the page shows::

    [<video src="…mp4" controls=""></video>](…/papers/2604.14268)   the preview, or a thumbnail
    Submitted by taesiri
    ### HY-World 2.0: A Multi-Modal World Model for ...
    [ Huazhong University ... ](https://huggingface.co/Huazhong-University)   or "· 45 authors"
    [207](…/papers/2604.15308) [4](…/papers/2604.15308#community)   votes and comments

Every line is first recognised for what it is (`Kind`: a title, text, a count, a date, a
link fragment, the storing tool's wrapper...) from its strongest signals: the links on the
line (a paper page, a vote button), its heading level, its own text; the assembler then
places the values, with its state in `Phase` and `After`. Each value line is read by an
anchored recogniser (`furniture_rule` names it; counts come from `kit.counts`) and its value
goes to the paper it belongs to: head lines (``Submitted by``, ``[-] 12`` and a bare count
right before a title) to the next paper, everything else to the paper before. The site
header (menus, tabs, the search query, the listing date) is skipped with named rules. In a
markdown capture (one whose links the normalisation step collected), consecutive text lines
are one field, as in markdown, so titles and abstracts with hard line breaks stay whole, and
the links of the paper page, GitHub and arXiv become `Paper.links`.

The modules, in the order of the stages:

- `shapes`: a line's shape (`line_shape`: title, abstract or either) and the patterns of
  value lines (dates, ``Submitted by``, bare URLs);
- `furniture`: furniture and header rules by text (`furniture_rule`, `header_rule`, the
  banner), and the value a furniture line holds (`furniture.Item`);
- `links`: which links a paper keeps, and which are pages of the site itself;
- `detection`: how sure the layout is that a page is a listing (`detect`);
- `recognise`: what each line is (`Kind`, `Token`, the `recognise.Recogniser`);
- `assemble`: the line loop that builds `Paper` records from the tokens (`parse`), with
  its state in `state` (`Phase`, `After`), the paper being built in `entry`, the lines
  above the papers read by `header` and the value lines by `values`;
- `rendering`: a page of papers written back as a listing (`render`).
"""

from __future__ import annotations

from .assemble import parse, parse_papers
from .detection import detect, detect_text
from .furniture import HEADER as HEADER
from .furniture import HEADER_START as HEADER_START
from .furniture import SUBSCRIBE as SUBSCRIBE
from .furniture import furniture_rule, header_rule
from .recognise import Kind
from .recognise import Token as Token
from .rendering import render
from .shapes import TITLE_MAX_CHARS as TITLE_MAX_CHARS
from .shapes import TITLE_MAX_SPACES as TITLE_MAX_SPACES
from .shapes import Shape as Shape
from .shapes import line_shape
from .state import After as After
from .state import Phase as Phase

__all__ = [
    "Kind",
    "api_version",
    "detect",
    "detect_text",
    "furniture_rule",
    "header_rule",
    "line_shape",
    "name",
    "parse",
    "parse_papers",
    "render",
]

name = "listing"
api_version = 2
