"""How test verdicts become group verdicts and scores, as the problem package format says.

Two sets of rules, chosen by ``rules_of(problem)``:

* **legacy** (problemtools' default grader): used by legacy packages, and by
  2023-07 drafts whose testdata.yaml uses the legacy grading keys, as problemtools
  judges them.  Each group judges its items in order; with ``on_reject: break``
  (the default) it stops at the first item that is not accepted.  A test scores
  its group's ``accept_score`` (default 1) when accepted, else ``reject_score``
  (0).  The group's result is the default grader applied to its items' results,
  with its ``grader_flags`` (the last flag of a kind wins): verdict mode
  ``worst_error`` (default: the first of JE, RTE, MLE, TLE, OLE, WA present),
  ``first_error`` or ``always_accept``; score mode ``sum`` (default), ``avg``,
  ``min`` or ``max`` (over every item's score, rejected ones included);
  ``ignore_sample`` (only the last of at most two items counts) and
  ``accept_if_any_accepted``.  A judge error below makes the group JE.  The
  submission's verdict and score are those of ``data``.
* **2023-07**: every test runs; the verdict is AC when every test is accepted,
  else the first other verdict.  Only ``secret`` scores: its ``scoring.score``
  (default 100) is shared by its items with ``sum`` aggregation (its default),
  each subgroup or test without its own score getting ``(M - S) / (A + T)``;
  subgroups aggregate ``pass-fail`` by default (all their tests accepted earns
  their score), or ``sum`` or ``min`` of their items.

A group's maximum is what it earns when every test is accepted.  A pass-fail
problem scores 1 for AC, else 0.
"""

from dataclasses import dataclass

from .results import SECRET_GROUP, GroupResult, JudgeVerdict as V, TestResult
from .testdata import ROOT_GROUP, TestGroup

LEGACY_RULES, RULES_2023 = "legacy", "2023-07"
WORST_FIRST = (V.JE, V.RTE, V.MLE, V.TLE, V.OLE, V.WA)
"""problemtools' worst_error order (JE, IF, RTE, MLE, TLE, OLE, WA, PE) restricted to our verdicts."""
VERDICT_MODES = ("worst_error", "no_errors", "first_error", "always_accept")
SCORE_MODES = {"sum": sum, "avg": lambda scores: sum(scores) / len(scores), "min": min, "max": max}
DEFAULT_SECRET_SCORE = 100.0
"""The 2023-07 format's default maximum score of data/secret."""


@dataclass(frozen=True)
class Outcome:
    """A verdict and a score: what a test or a group comes to."""

    verdict: V
    score: float = 0.0


@dataclass(frozen=True)
class Grade:
    """The whole judging: the tests that ran, every group's result, and the submission's verdict and score."""

    verdict: V
    score: float
    max_score: float
    tests: tuple
    groups: tuple


def rules_of(problem) -> str:
    """The rules that judge ``problem``: legacy for legacy packages and for drafts using the legacy keys."""
    return LEGACY_RULES if problem.format_version == "legacy" or problem.legacy_grading else RULES_2023


def default_grader(outcomes, flags=()) -> Outcome:
    """problemtools' default grader on the ``outcomes`` of a group's items, with its ``grader_flags``."""
    outcomes = list(outcomes)
    if not outcomes:
        return Outcome(V.AC, 0.0)
    if any(o.verdict == V.JE for o in outcomes):
        return Outcome(V.JE, 0.0)
    verdict_mode, score_mode = "worst_error", "sum"
    for flag in flags:
        verdict_mode = flag if flag in VERDICT_MODES else verdict_mode
        score_mode = flag if flag in SCORE_MODES else score_mode
    if "ignore_sample" in flags:
        if not 1 <= len(outcomes) <= 2:
            return Outcome(V.JE, 0.0)  # the grader's own answer when its input has more items
        outcomes = outcomes[-1:]
    verdicts = [o.verdict for o in outcomes]
    if "accept_if_any_accepted" in flags and V.AC in verdicts:
        verdict = V.AC
    elif verdict_mode == "always_accept":
        verdict = V.AC
    elif verdict_mode == "first_error":
        verdict = next((v for v in verdicts if v != V.AC), V.AC)
    else:
        verdict = next((v for v in WORST_FIRST if v in verdicts), V.AC)
    return Outcome(verdict, float(SCORE_MODES[score_mode]([o.score for o in outcomes])))


def max_score(problem) -> float:
    """What a submission accepted on every test scores (1 for a pass-fail problem)."""
    if not problem.scoring or problem.root is None:
        return 1.0
    return group_maxima(problem)[ROOT_GROUP]


def group_maxima(problem) -> dict:
    """Each group's name to what it earns when every test is accepted (empty for a pass-fail problem)."""
    if not problem.scoring or problem.root is None:
        return {}
    walk = _LegacyWalk if rules_of(problem) == LEGACY_RULES else _Walk2023
    return {name: outcome.score for name, outcome in walk(problem.root, _accepted, False, True).outcomes.items()}


def first_failure_decides(problem) -> bool:
    """True when judging may stop at the first failing test without changing the verdict."""
    if rules_of(problem) == RULES_2023:
        return True
    return all(group.settings.on_reject == "break" and not {"accept_if_any_accepted", "always_accept",
                                                            "ignore_sample"} & set(group.settings.grader_flags)
               for group in problem.root.walk())


def grade(problem, run_test, *, scoring, stop_on_failure=False) -> Grade:
    """Judge every test that the rules ask for with ``run_test(case) -> TestResult`` and aggregate them."""
    legacy = rules_of(problem) == LEGACY_RULES
    walk = _LegacyWalk if legacy else _Walk2023
    judged = walk(problem.root, run_test, stop_on_failure, scoring)
    best = walk(problem.root, _accepted, False, scoring)
    tests = tuple(judged.tests)
    groups = tuple(_group_result(name, outcome, best.outcomes[name], judged, scoring)
                   for name, outcome in judged.outcomes.items() if name != ROOT_GROUP)
    root = judged.outcomes[ROOT_GROUP]
    if not scoring:
        return Grade(root.verdict, 1.0 if root.verdict == V.AC else 0.0, 1.0, tests, groups)
    score = 0.0 if root.verdict == V.JE else root.score
    return Grade(root.verdict, score, best.outcomes[ROOT_GROUP].score, tests, groups)


def _group_result(name, outcome, best, judged, scoring):
    """A group's result; a group that the rules never reached has no verdict and earns nothing."""
    earned = outcome.score if scoring and outcome is not None else 0.0
    return GroupResult(name, best.score if scoring else 0.0, earned, *judged.counts(name),
                       verdict=outcome.verdict if outcome is not None else None)


def _accepted(case):
    return TestResult(case.name, case.group, V.AC)


class _Walk:
    """Runs the tests of a tree and keeps each group's outcome (in the tree's order, parents first)."""

    def __init__(self, root, run_test, stop_on_failure, scoring):
        self.run_test, self.stop_on_failure, self.scoring = run_test, stop_on_failure, scoring
        self.tests, self.outcomes, self.totals, self.stopped = [], {}, {}, False
        for group in root.walk():
            self.outcomes[group.name] = None
            self.totals[group.name] = len(group.cases)
        self.judge(root)

    def run(self, case):
        """Run one test, unless an earlier failure stopped the judging; None when not run."""
        if self.stopped:
            return None
        result = self.run_test(case)
        self.tests.append(result)
        self.stopped = self.stop_on_failure and result.verdict != V.AC
        return result

    def counts(self, name):
        """(tests accepted, tests in the group) for the group called ``name``."""
        prefix = "" if name == ROOT_GROUP else name + "/"
        passed = sum(t.verdict == V.AC for t in self.tests if (t.group + "/").startswith(prefix))
        return passed, self.totals[name]

    def judge(self, root):
        """Judge the tree under ``root``; fills ``outcomes``."""
        raise NotImplementedError


class _LegacyWalk(_Walk):
    """problemtools' default grader applied group by group, with on_reject."""

    def judge(self, root):
        self._group(root)

    def _group(self, group):
        settings, children = group.settings, []
        for item in group.items:
            if isinstance(item, TestGroup):
                outcome = self._group(item)
            else:
                result = self.run(item)
                if result is None:
                    break
                score = settings.accept_score if result.verdict == V.AC else settings.reject_score
                outcome = Outcome(result.verdict, score)
            children.append(outcome)
            if outcome.verdict != V.AC and (settings.on_reject == "break" or self.stopped):
                break
        outcome = default_grader(children, settings.grader_flags)
        self.outcomes[group.name] = outcome
        return outcome


class _Walk2023(_Walk):
    """The 2023-07 rules: every test runs; secret's score shared by its groups and tests."""

    def judge(self, root):
        results = {}
        for case in root.cases:
            result = self.run(case)
            if result is None:
                break
            results[case.name] = result
        self.results = results
        for group in root.walk():
            verdicts = [results[c.name].verdict for c in group.cases if c.name in results]
            verdict = V.JE if V.JE in verdicts else next((v for v in verdicts if v != V.AC), V.AC)
            self.outcomes[group.name] = Outcome(verdict, 0.0)
        secret = next((g for g in root.subgroups if g.name == SECRET_GROUP), None)
        if secret is not None:
            self._score(secret, secret.settings.score if secret.settings.score is not None else
                        DEFAULT_SECRET_SCORE, secret.settings.aggregation or "sum")
        root_verdict = self.outcomes[root.name].verdict
        secret_score = self.outcomes[secret.name].score if secret is not None else 0.0
        self.outcomes[root.name] = Outcome(root_verdict, secret_score)

    def _score(self, group, maximum, aggregation):
        """Score ``group`` (worth ``maximum``) and its items; returns its score."""
        if aggregation == "pass-fail":
            score = maximum if all(self._accepted(c) for c in group.cases) else 0.0
        else:
            shares = self._shares(group, maximum, aggregation)
            scores = []
            for item, share in zip(group.items, shares):
                if isinstance(item, TestGroup):
                    scores.append(self._score(item, share, item.settings.aggregation or "pass-fail"))
                else:
                    scores.append(share if self._accepted(item) else 0.0)
            score = (sum(scores) if aggregation == "sum" else min(scores)) if scores else 0.0
        self.outcomes[group.name] = Outcome(self.outcomes[group.name].verdict, score)
        return score

    @staticmethod
    def _shares(group, maximum, aggregation):
        """Each item's maximum: its own score, else M for min, else (M - S) / (A + T) for sum."""
        own = [item.settings.score if isinstance(item, TestGroup) else None for item in group.items]
        if aggregation == "min":
            return [maximum if score is None else score for score in own]
        unset = sum(score is None for score in own)
        rest = maximum - sum(score for score in own if score is not None)
        return [(rest / unset if unset else 0.0) if score is None else score for score in own]

    def _accepted(self, case):
        result = self.results.get(case.name)
        return result is not None and result.verdict == V.AC
