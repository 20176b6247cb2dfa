"""Markdown to safe HTML: CommonMark with tables and $math$ (markdown-it-py), raw HTML escaped, sanitised by nh3.

Math is kept verbatim in ``<span class="math inline">`` / ``<div class="math block">`` and typeset by
KaTeX in the browser.

Statements, explanations and candidates' write-ups all go through ``render``; nothing
a candidate writes can add a script, a style, an event handler or a javascript: link.
"""

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from mdit_py_plugins.dollarmath import dollarmath_plugin

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]).use(dollarmath_plugin, allow_digits=False)
ALLOWED_TAGS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre",
                "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "img", "span", "div"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "th": {"style"}, "td": {"style"},
                      "ol": {"start"}, "code": {"class"}, "span": {"class"}, "div": {"class"}}
URL_SCHEMES = {"http", "https", "mailto"}


def _clean(html):
    return Markup(nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                            link_rel="nofollow noopener noreferrer"))


def render(text):
    """``text`` (Markdown) as sanitised HTML, marked safe for templates."""
    return _clean(_parser.render(text or ""))


def render_inline(text):
    """One line of Markdown (a title, a quiz option) as sanitised inline HTML: emphasis, code and $math$, no blocks."""
    return _clean(_parser.renderInline(text or ""))
