"""Property-based tests: random and mutated input never crashes the loader or the engine."""
from __future__ import annotations

import datetime as dt
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_builder.data.catalog import load_catalog
from site_builder.engine.answers import ANSWER_KEYS, check_answers
from site_builder.engine.core import evaluate
from site_builder.data.errors import Problems
from site_builder.render.rules_export import rules
from site_builder.data.yamlio import load_text
from tests.conftest import FIXTURES, ROOT, TODAY

BASE = (FIXTURES / "minimal/regelingen/landelijk/test-regeling.yaml").read_text()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_the_yaml_loader(text):
    problems = Problems()
    doc = load_text(text, "x.yaml", problems)
    assert doc is not None or problems.errors


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(BASE) - 1), st.integers(0, 40), st.text(max_size=12))
def test_mutated_regeling_gives_located_problems_or_a_model(tmp_path_factory, start, length,
                                                            insert):
    root = tmp_path_factory.mktemp("mut")
    shutil.copytree(FIXTURES / "minimal", root, dirs_exist_ok=True)
    mutated = BASE[:start] + insert + BASE[start + length:]
    (root / "regelingen/landelijk/test-regeling.yaml").write_text(mutated, encoding="utf-8")
    catalog, problems = load_catalog(root, TODAY)
    for problem in problems.errors:
        assert problem.location.path.endswith(".yaml")
        assert problem.message
    if not problems.errors:
        assert catalog.regelingen or catalog.loketten


def _answer_strategy():
    values = {}
    for key, (kind, spec) in ANSWER_KEYS.items():
        if kind == "keuze":
            values[key] = st.sampled_from(spec)
        elif kind == "janee":
            values[key] = st.booleans()
        elif kind == "geheel":
            values[key] = st.integers(spec[0], spec[1])
        elif kind == "getal":
            values[key] = st.floats(spec[0], spec[1], allow_nan=False)
        elif kind == "leeftijden":
            values[key] = st.lists(st.integers(0, 30), max_size=6)
        else:
            values[key] = st.lists(st.sampled_from(spec), max_size=4, unique=True)
    return st.fixed_dictionaries({}, optional=values)


RULES = rules(load_catalog(ROOT, TODAY)[0])


@settings(max_examples=300, deadline=None)
@given(_answer_strategy(), st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31)),
       st.randoms())
def test_engine_gives_valid_results_independent_of_answer_order(answers, day, rnd):
    assert check_answers(answers) == []
    result = evaluate(RULES, answers, day.isoformat())
    for item in result["resultaten"]:
        assert item["status"] in ("ja", "misschien", "nee")
        assert all(r["uitkomst"] in ("voldaan", "niet-voldaan", "onbekend") and r["tekst"]
                   for r in item["redenen"])
    keys = list(answers)
    rnd.shuffle(keys)
    assert evaluate(RULES, {k: answers[k] for k in keys}, day.isoformat()) == result
