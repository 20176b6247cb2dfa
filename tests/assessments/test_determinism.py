"""Forms are reproducible: same seed, same form, in this process or another with a different PYTHONHASHSEED."""

import json
import os
import subprocess
import sys
from pathlib import Path

import assessments
from assessments.blueprint import CODING, Blueprint, Rule, Section

from .helpers import item, synthetic_pool

REPO = Path(__file__).resolve().parents[2]
#: Seeds drawn in the other process.
SEEDS = range(5)
#: Hash seeds of the other processes (ours is whatever pytest got).
HASH_SEEDS = ("0", "4242")
SCRIPT = """
import json, sys
import assessments
from tests.assessments.helpers import synthetic_pool
pool = synthetic_pool()
seeds = json.loads(sys.argv[1])
print(json.dumps({b.id: [assessments.draw_form(b, pool, s).to_json() for s in seeds]
                  for b in assessments.load_blueprints()}))
"""
#: A frozen pool and blueprint whose forms must never change: a change of the drawing
#: algorithm would make existing forms impossible to rebuild (bump SEED_DOMAIN if you must).
GOLDEN = {0: ("p27", "p07", "p23"), 1: ("p24", "p25", "p29"), 2: ("p15", "p13", "p08")}
GOLDEN_DIGEST = "b0476d93c498dfc9"
LEVELS = ("easy", "medium", "hard")
GOLDEN_SKILLS = (["algorithms.graphs"], ["algorithms.strings"], ["algorithms.trees"])


def _forms_here():
    pool = synthetic_pool()
    return {b.id: [assessments.draw_form(b, pool, s).to_json() for s in SEEDS] for b in assessments.load_blueprints()}


def test_same_seed_same_form_in_another_process_with_another_hash_seed():
    here = _forms_here()
    for hash_seed in HASH_SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(list(SEEDS))], cwd=REPO, env=env,
                             capture_output=True, text=True, check=True).stdout
        assert json.loads(out) == here, f"forms differ with PYTHONHASHSEED={hash_seed}"


def test_golden_forms_never_change():
    pool = [item(CODING, f"p{n:02d}", LEVELS[n % 3], GOLDEN_SKILLS[n % 3 if n % 2 else 0]) for n in range(30)]
    section = Section("round", "Round", CODING, 3, tuple((level, 1) for level in LEVELS), minutes=45,
                      require=(Rule(1, skills=("algorithms.strings",)),))
    blueprint = Blueprint("golden", "Golden", "mock", (section,), stage="coding")
    assert {seed: assessments.draw_form(blueprint, pool, seed).item_ids for seed in GOLDEN} == GOLDEN
    assert assessments.pool_digest(pool) == GOLDEN_DIGEST
