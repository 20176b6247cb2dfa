"""Loading quiz files: dataclasses per type, file and line kept, YAML read as written, errors collected."""

import dataclasses

import pytest

from question_bank import (BankError, FreeTextItem, MultipleChoiceItem, NumericItem, ShortAnswerItem,
                           SingleChoiceItem, Tolerance, load_quiz, load_quiz_file, load_taxonomy, read_quiz)
from question_bank.yamlsource import YamlList, YamlMap, parse_yaml_text

from .helpers import BAD_BANK, GOOD_BANK

BASICS = GOOD_BANK / "quiz" / "basics.yaml"


@pytest.fixture(scope="module")
def items():
    """The good fixture items by id."""
    return {item.id: item for item in load_quiz(GOOD_BANK / "quiz")}


def test_each_type_loads_into_its_dataclass(items):
    assert isinstance(items["sc-1"], SingleChoiceItem)
    assert isinstance(items["mc-1"], MultipleChoiceItem)
    assert isinstance(items["num-1"], NumericItem)
    assert isinstance(items["sa-1"], ShortAnswerItem)
    assert isinstance(items["ft-1"], FreeTextItem)


def test_items_keep_their_file_and_line(items):
    assert items["sc-1"].location.file == str(BASICS)
    assert items["sc-1"].location.line == 3
    assert items["mc-1"].location.line == 15
    assert str(items["ft-1"].location) == f"{BASICS}:{items['ft-1'].location.line}"


def test_fields_and_defaults(items):
    single = items["sc-1"]
    assert (single.answer, single.points, single.difficulty, single.skills) == ("b", 1, "easy",
                                                                                 ("ml-theory.overfitting",))
    assert [o.id for o in single.options] == ["a", "b", "c"]
    assert items["mc-1"].answer == ("a", "b", "c") and items["mc-1"].penalty == 1.0 and items["mc-1"].points == 3
    assert items["mc-2"].penalty == 0.5
    assert items["num-1"].tolerance == Tolerance(abs=0.01) and items["num-1"].unit == "s"
    assert items["sa-3"].case_sensitive is True and items["sa-1"].case_sensitive is False
    assert items["ft-1"].points == 3 and items["ft-1"].rubric[0].points == 2


def test_yaml_scalars_are_read_as_written(items):
    assert items["sc-1"].options[2].text == "yes"  # not the boolean True
    assert items["num-2"].answer == 1000.0  # "1e3" is a string to YAML 1.1, a number to us


def test_items_are_frozen(items):
    with pytest.raises(dataclasses.FrozenInstanceError):
        items["sc-1"].answer = "a"


def test_load_quiz_file_and_taxonomy_check():
    assert len(load_quiz_file(BASICS, taxonomy=load_taxonomy(GOOD_BANK))) == 11


def test_default_bank_loads_without_error():
    assert all(item.explanation for item in load_quiz(taxonomy=load_taxonomy()))


def test_a_bad_file_raises_one_bank_error_listing_every_error():
    with pytest.raises(BankError) as caught:
        load_quiz(BAD_BANK / "quiz" / "errors.yaml")
    assert len(caught.value.findings) > 20
    assert all(f.file.endswith("errors.yaml") and f.line for f in caught.value.findings)


def test_read_quiz_is_lenient_and_finds_duplicate_ids_across_files():
    items, findings = read_quiz([BAD_BANK / "quiz" / "errors.yaml", BAD_BANK / "quiz" / "more.yaml"])
    assert items
    assert any("'duplicated-id' is already used" in f.message and f.file.endswith("more.yaml") for f in findings)


def test_yaml_lines_and_raw_text():
    data, findings = parse_yaml_text("a: 1\nb:\n  - yes\n  - {c: on}\n", "x.yaml")
    assert findings == []
    assert isinstance(data, YamlMap) and isinstance(data["b"], YamlList)
    assert data.line_of("b") == 2 and data["b"].line_of(1) == 4
    assert data["b"][0] is True and data["b"].raw[0] == "yes"
    assert data["b"][1].raw["c"] == "on"


def test_yaml_duplicate_keys_and_syntax_errors_are_findings():
    _, findings = parse_yaml_text("a: 1\na: 2\n", "x.yaml")
    assert [(f.line, f.is_error) for f in findings] == [(2, True)]
    data, findings = parse_yaml_text("a: [1\nb: 2\n", "x.yaml")
    assert data is None and findings[0].line == 2 and "not valid YAML" in findings[0].message


def test_unsafe_yaml_tags_are_refused():
    data, findings = parse_yaml_text("a: !!python/object/apply:os.system ['true']\nb: !!python/name:os.system ''\n",
                                     "x.yaml")
    assert data == {"a": None, "b": None}
    assert [f.line for f in findings] == [1, 2]
    assert "the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported" in findings[0].message


def test_non_utf8_file_is_a_finding(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("items: [caf\xe9]".encode("latin-1"))
    with pytest.raises(BankError, match="not UTF-8"):
        load_quiz(path)
