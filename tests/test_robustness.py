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


# --- the loader's limits and the check's input ------------------------------------------------

_YAML_PIECES = st.sampled_from(["a: ", "- ", "&x ", "*x ", "[", "]", "{", "}", "\n", "  ", '"',
                                "'", ": ", "b", "1.650", "<<: *x", "\t", "#", "é", "!!python/x "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_YAML_PIECES, max_size=200))
def test_yaml_built_from_hostile_pieces_is_read_or_refused_with_a_location(pieces):
    from site_builder.data.yamlio import MAX_DEPTH

    problems = Problems()
    doc = load_text("".join(pieces), "x.yaml", problems)
    for problem in problems.items:
        assert problem.location.path == "x.yaml" and problem.message
    if doc is not None:
        assert doc.values and max(len(path) for path in doc.values) <= MAX_DEPTH


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 9), st.integers(2, 12))
def test_any_alias_expansion_is_refused_at_once(width, levels):
    lines = ['l0: &l0 ["lol"]']
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]"
              for i in range(1, levels)]
    problems = Problems()
    assert load_text("\n".join(lines), "x.yaml", problems) is None
    assert [p.code for p in problems.items] == ["yaml-alias"]


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) |
                    st.dictionaries(st.sampled_from(sorted(ANSWER_KEYS) + ["x"]), inner,
                                    max_size=5), max_leaves=30))
def test_any_json_answers_give_results_or_dutch_problems(value):
    import json

    from site_builder.engine.core import evaluate_json

    try:
        text = json.dumps(value)
    except ValueError:
        return
    out = json.loads(evaluate_json(json.dumps(RULES), text, "2026-06-01"))
    if "fouten" in out:
        assert out["fouten"] and all(isinstance(f, str) and len(f) < 400 for f in out["fouten"])
    else:
        assert {r["status"] for r in out["resultaten"]} <= {"ja", "misschien", "nee"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_typed_numbers_are_read_or_refused_in_dutch(text):
    from site_builder.engine.answers import parse_number

    number, problem = parse_number(text)
    assert (number is None) == bool(problem)
    if number is not None:
        assert number >= 0


def test_tolerant_reading_of_amounts_and_ages():
    from site_builder.engine.answers import parse_answer, parse_number

    for text, number in [("1.650,-", 1650), ("€ 1.650", 1650), ("1650 euro", 1650),
                         ("1.650,50", 1650.5), ("١٦٥٠", 1650), ("۱۶۵۰", 1650),
                         ("34 jaar", 34), ("1650.50", 1650.5)]:
        assert parse_number(text) == (number, ""), text
    assert parse_answer("leeftijd", "34 jaar") == (34, "")
    assert parse_answer("kinderen", "4, 9 en 12") == ([4, 9, 12], "")
    assert parse_number("1,650")[1] == ("'1,650' kan twee dingen betekenen. Schrijf het zonder "
                                        "komma, bijvoorbeeld 1650.")
    assert parse_number("veel")[1] == ("'veel' kunnen we niet als getal lezen. Schrijf alleen "
                                       "cijfers, bijvoorbeeld 1650 of 1650,50.")


def test_unlikely_answers_together_say_misschien_never_ja():
    base = {"gemeente": "den-haag", "leeftijd": 70, "partner": False, "kinderen": [],
            "netto_inkomen_maand": 1200, "toetsingsinkomen_jaar": 18000, "vermogen": 0}
    plain = evaluate(RULES, base, "2026-06-01")
    assert "waarschuwingen" not in plain and any(r["status"] == "ja"
                                                 for r in plain["resultaten"])
    for odd in ({"leeftijd": 120, "kinderen": [0]}, {"leeftijd": 30, "kinderen": [25]},
                {"netto_inkomen_maand": 100_000, "toetsingsinkomen_jaar": 1}):
        result = evaluate(RULES, {**base, **odd}, "2026-06-01")
        assert len(result["waarschuwingen"]) == 1, odd
        assert all(r["status"] != "ja" for r in result["resultaten"]), odd
