"""Read YAML while remembering where every value sits, so errors can name the file and line.

``read_yaml(path)`` composes the document with PyYAML's safe loader and builds plain
Python values from the node tree: mappings become ``YamlMap`` and sequences ``YamlList``,
which remember the 1-based line of themselves and of each entry, and the raw source text
of each scalar entry (so ``text: yes`` can be read as the text "yes", not the boolean).
Mapping keys are always their raw text.  Duplicate keys, which PyYAML silently accepts,
are reported.
"""

from pathlib import Path

import yaml

from .findings import error

#: PyYAML marks count lines from 0; people count from 1.
LINE_BASE = 1
#: The only tags a mapping or sequence may carry (the plain ones): no !!python/..., !!set or !!omap.
COLLECTION_TAGS = (yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG)


class YamlMap(dict):
    """A mapping that remembers its own line, each key's line and each scalar value's raw text."""

    def __init__(self, line):
        super().__init__()
        self.line = line
        self.key_lines = {}
        self.raw = {}

    def line_of(self, key):
        """The line of ``key`` if present, else the line where the mapping starts."""
        return self.key_lines.get(key, self.line)


class YamlList(list):
    """A list that remembers its own line, each entry's line and each scalar entry's raw text."""

    def __init__(self, line):
        super().__init__()
        self.line = line
        self.item_lines = []
        self.raw = []

    def line_of(self, index):
        """The line of entry ``index``, else the line where the list starts."""
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


def _line(node):
    return node.start_mark.line + LINE_BASE


def _raw(node):
    """The source text of a scalar node, or None for a mapping or sequence."""
    return node.value if isinstance(node, yaml.ScalarNode) else None


class _Builder:
    """Turns a composed node tree into YamlMap / YamlList / scalars, collecting findings."""

    def __init__(self, loader, file):
        self.loader = loader
        self.file = file
        self.findings = []
        self.active = set()

    def build(self, node):
        """The Python value of ``node`` (None, with a finding, where it cannot be built)."""
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if node.tag not in COLLECTION_TAGS:
            self.findings.append(error(self.file, _line(node), f"the tag '{node.tag}' is not supported; remove it"))
            return None
        if id(node) in self.active:
            self.findings.append(error(self.file, _line(node), "an alias refers to itself; remove the recursion"))
            return None
        self.active.add(id(node))
        try:
            return self._mapping(node) if isinstance(node, yaml.MappingNode) else self._sequence(node)
        finally:
            self.active.discard(id(node))

    def _scalar(self, node):
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError:
            self.findings.append(error(self.file, _line(node), f"the tag '{node.tag}' is not supported; remove it"))
            return None

    def _sequence(self, node):
        result = YamlList(_line(node))
        for child in node.value:
            result.append(self.build(child))
            result.item_lines.append(_line(child))
            result.raw.append(_raw(child))
        return result

    def _mapping(self, node):
        self.loader.flatten_mapping(node)
        result = YamlMap(_line(node))
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.findings.append(error(self.file, _line(key_node), "a key is not plain text; write keys as words"))
                continue
            key = key_node.value
            if key in result:
                self.findings.append(error(
                    self.file, _line(key_node),
                    f"key '{key}' appears twice in this mapping (first on line {result.key_lines[key]}); keep one"))
                continue
            result[key] = self.build(value_node)
            result.key_lines[key] = _line(key_node)
            result.raw[key] = _raw(value_node)
        return result


def parse_yaml_text(text, file):
    """Parse YAML ``text`` (reported as ``file``); returns ``(data, findings)``, data None if unreadable."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        builder = _Builder(loader, file)
        return builder.build(node), builder.findings
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + LINE_BASE if mark else None
        problem = exc.problem or exc.context or "unreadable"
        return None, [error(file, line, f"is not valid YAML ({problem}); fix the syntax")]
    except (yaml.YAMLError, RecursionError) as exc:
        return None, [error(file, None, f"is not valid YAML ({exc}); fix the syntax")]
    finally:
        loader.dispose()


def read_yaml(path):
    """Read the YAML file at ``path``; returns ``(data, findings)``, data None when it cannot be read."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [error(path, None, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8")]
    except OSError as exc:
        return None, [error(path, None, f"cannot be read ({exc.strerror}); check that it exists and is readable")]
    return parse_yaml_text(text, str(path))
