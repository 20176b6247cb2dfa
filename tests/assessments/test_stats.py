"""The ``blueprints`` entry of ``vetkit bank stats`` and the generated coverage table."""

import assessments
from assessments.blueprint import TAKEHOME
from assessments.coverage import coverage_markdown
from question_bank import stats as stats_module

from .helpers import BAD_BLUEPRINTS, synthetic_pool


def test_every_blueprint_is_satisfiable_from_the_synthetic_pool():
    entries = assessments.blueprint_stats(pool=synthetic_pool())
    assert set(entries) == {b.id for b in assessments.load_blueprints()}
    for blueprint_id, entry in entries.items():
        assert entry["satisfiable"] and entry["problem"] is None, blueprint_id
        assert all(section["satisfiable"] for section in entry["sections"].values()), blueprint_id


def test_sections_count_the_items_they_may_draw():
    pool = [item for item in synthetic_pool() if item.kind != TAKEHOME]
    entry = assessments.blueprint_stats(pool=pool)["vetting-new-grad-mlops"]
    assert not entry["satisfiable"] and "section 'takehome'" in entry["problem"]
    takehome = entry["sections"]["takehome"]
    assert takehome["eligible"] == 0 and not takehome["satisfiable"]
    assert takehome["problem"].endswith("it needs 1 item(s) of easy or medium or hard and the pool has 0 it may "
                                        "draw (kind takehome); add items or change the difficulty mix")
    coding = entry["sections"]["coding"]
    assert coding["satisfiable"] and coding["eligible_by_difficulty"] == {"easy": 22, "medium": 22, "hard": 0}


def test_invalid_blueprint_files_are_listed_with_their_errors():
    entries = assessments.blueprint_stats(pool=synthetic_pool(), blueprint_dir=BAD_BLUEPRINTS)
    assert entries["misnamed"]["valid"] is False
    assert any("differs from the file name" in error for error in entries["misnamed"]["errors"])


def test_bank_stats_has_a_blueprints_entry(synthetic_bank):
    import assessments.stats  # noqa: F401  (registers the entry, as vetkit bank does)

    stats = stats_module.bank_stats()
    assert stats["blueprints"]["mock-coding"]["satisfiable"] is True
    assert stats["blueprints"]["vetting-intern-ml-engineer"]["sections"]["ml-fundamentals"]["count"] == 20


def test_coverage_table(synthetic_bank, tmp_path):
    path = assessments.coverage.write_coverage(tmp_path / "coverage.md")
    text = path.read_text(encoding="utf-8")
    for heading in ("# Question-bank coverage", "## Items by kind and difficulty", "## Items by type",
                    "## Items by skill", "## Blueprints", "### `mock-full-loop`: Mock full interview loop"):
        assert heading in text
    assert "| `algorithms.graphs` | 6 | 30 | 6 | 14 | 14 | 14 | 42 |" in text
    assert f"{len(assessments.load_blueprints())} of {len(assessments.load_blueprints())} blueprints" in text
    assert coverage_markdown(stats_module.bank_stats(), synthetic_pool()) == text  # no timestamp: reproducible
