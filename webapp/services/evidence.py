"""Evidence as a reviewer reads it: code highlighted with Pygments, notebooks rendered by nbconvert and
sanitised (a notebook can carry scripts), and output diffs.
"""

import difflib

import nh3
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name, guess_lexer_for_filename
from pygments.util import ClassNotFound

LEXERS = {"python": "python3", "c": "c", "cpp": "cpp", "java": "java"}
NOTEBOOK_TAGS = {"div", "span", "pre", "code", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em",
                 "b", "i", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "img", "blockquote",
                 "sup", "sub"}
MAX_DIFF_LINES = 400


def code_html(name, text, language):
    """``text`` highlighted (CSS classes from the bundled Pygments theme), with line numbers."""
    try:
        lexer = guess_lexer_for_filename(name, text)
    except ClassNotFound:
        lexer = get_lexer_by_name(LEXERS.get(language, "text"))
    return Markup(highlight(text, lexer, HtmlFormatter(linenos="inline", cssclass="highlight", wrapcode=True)))


def _image_only_data(tag, attribute, value):
    """Keep ``src`` data URLs only for images (data:text/html could run a script)."""
    if attribute == "src" and value.startswith("data:") and not (tag == "img" and value.startswith("data:image/")):
        return None
    return value


def notebook_html(data):
    """An executed notebook as sanitised HTML: no script, style, event handler or foreign frame survives."""
    import nbformat
    from nbconvert import HTMLExporter
    notebook = nbformat.reads(data.decode("utf-8"), as_version=4)
    info = notebook.metadata.setdefault("language_info", {"name": "python"})
    info["pygments_lexer"] = "python3"  # not IPython's own lexer, which needs IPython installed
    body, _ = HTMLExporter(template_name="basic", exclude_input_prompt=False).from_notebook_node(notebook)
    clean = nh3.clean(body, tags=NOTEBOOK_TAGS, attributes={"*": {"class"}, "a": {"href"}, "img": {"src", "alt"}},
                      url_schemes={"http", "https", "data"}, attribute_filter=_image_only_data,
                      link_rel="nofollow noopener noreferrer")
    return Markup(clean)


def output_diff(expected, actual):
    """A side-by-side diff table of the expected and the actual output (difflib escapes both)."""
    left, right = expected.splitlines()[:MAX_DIFF_LINES], actual.splitlines()[:MAX_DIFF_LINES]
    table = difflib.HtmlDiff(wrapcolumn=70).make_table(left, right, "expected", "program's output", context=True,
                                                        numlines=2)
    return Markup(table)
