"""The editors' guide (docs/redactie/): generated parts stay current, every error the
validator can print is explained, and the written steps work on a copy of the repository."""
from __future__ import annotations

import ast
import re

from site_builder.editors.error_catalog import CATALOG, GROUPS
from site_builder.editors.guide import GUIDE, pages
from tests.conftest import ROOT
from tests.editing import guide_commands, run

GUIDE_DIR = ROOT / GUIDE


def codes_in_source() -> set[str]:
    """Every problem code that site_builder can raise (the ``code=`` of each add/warn)."""
    found = set()
    for path in (ROOT / "site_builder").rglob("*.py"):
        if path.name == "errors.py":          # defines add/warn; passes the code through
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # a field kind that reports one problem declares its code as a class attribute
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.Assign) and \
                            [getattr(t, "id", "") for t in item.targets] == ["code"] and \
                            isinstance(item.value, ast.Constant) and item.value.value:
                        found.add(item.value.value)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("add", "warn"):
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        if isinstance(keyword.value, ast.Name) and keyword.value.id == "code" \
                                or isinstance(keyword.value, ast.Attribute) and \
                                keyword.value.attr == "code":
                            continue          # a caller's code, or a kind's own, passed on
                        assert isinstance(keyword.value, ast.Constant), \
                            f"{path}:{node.lineno}: code must be a literal"
                        found.add(keyword.value.value)
    return found


def test_every_error_the_validator_can_print_is_in_the_catalogue_and_vice_versa():
    used = codes_in_source()
    assert len(used) > 50
    assert used - set(CATALOG) == set(), "codes without an explanation in the guide"
    assert set(CATALOG) - used == set(), "explanations for codes the program never prints"
    grouped = [code for _title, codes in GROUPS for code in codes]
    assert sorted(grouped) == sorted(CATALOG)            # each code in exactly one group


def test_generated_guide_pages_are_current():
    for name, text in pages().items():
        committed = (GUIDE_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"docs/redactie/{name} is verouderd: 'routekaart handleiding'"


def test_errors_page_explains_every_code_with_an_example():
    text = (GUIDE_DIR / "foutmeldingen.md").read_text(encoding="utf-8")
    for code, kind in CATALOG.items():
        assert f"code `{code}`" in text
        assert kind.voorbeeld in text and kind.betekenis and kind.oplossing


def test_guide_links_point_to_existing_pages():
    for page in GUIDE_DIR.glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+\.md)\)", page.read_text(encoding="utf-8")):
            assert (GUIDE_DIR / target).exists(), (page.name, target)


def test_following_the_jaarovergang_guide_on_a_copy_gives_a_2027_preview(turned_over):
    """The conftest fixture ``turned_over`` runs the guide's commands on a copy; here: the
    guide names the right steps, shows exactly what the tool writes, and its result is a
    preview with the figure it filled in."""
    assert [s[0] for s in turned_over["steps"]] == ["jaarovergang", "jaarovergang",
                                                     "validate", "build"]
    assert turned_over["steps"][1][-1] == "--schrijf"
    assert "--peildatum" in turned_over["steps"][3]
    assert turned_over["empty"] in turned_over["written"]      # the guide shows the real output
    page = (turned_over["site"] / "regelingen" / "zorgtoeslag" / "index.html") \
        .read_text(encoding="utf-8").replace("\xa0", " ")
    assert "Voorbeeld: zo leest deze site op 1 januari 2027" in page
    assert "€ 41.500" in page
    changes = (turned_over["site"] / "veranderingen" / "2027" / "index.html").read_text()
    assert "41.500" in changes and "40.857" in changes


def test_following_the_nieuwe_regeling_guide_gives_a_valid_concept(repo):
    (args,) = [s for s in guide_commands("nieuwe-regeling.md") if s[0] == "nieuw"]
    assert run(args, repo).returncode == 0
    path = repo / "regelingen" / args[2] / f"{args[3]}.yaml"
    assert path.exists()
    validated = run(["validate"], repo)
    assert validated.returncode == 0, validated.stdout
    assert "deze regeling is een concept en komt nog niet op de site" in validated.stdout


def test_every_condition_type_has_its_guide_entry_with_a_valid_example():
    """A new condition type without a guide entry (explanation, fields, example) fails here."""
    import yaml

    from site_builder.data.rules import check_rule
    from site_builder.editors.guide import RULES_PAGE
    from site_builder.engine.condition_types import CONDITIONS

    text = (GUIDE_DIR / RULES_PAGE).read_text(encoding="utf-8")
    assert len(CONDITIONS) >= 10
    for name, kind in CONDITIONS.items():
        assert len(kind.guide) > 40, name
        assert f"## `{name}`" in text, name
        (rule,) = yaml.safe_load(kind.example)
        assert rule["type"] == name
        assert check_rule(rule, lambda ref: True) == [], name
        for key in kind.args:
            assert f"| `{key}` |" in text.split(f"## `{name}`")[1].split("\n## ")[0], (name, key)
