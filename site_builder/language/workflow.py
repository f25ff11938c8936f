"""``routekaart i18n extract | update | compile | status``: the translators' workflow.

* extract: interface strings (templates and marked Python strings) into
  ``translations/messages.pot``; content strings (every translatable YAML text and
  the checker's sentences) into ``translations/content.pot``.
* update: create or update ``translations/<variant>/LC_MESSAGES/*.po``; a changed Dutch
  source makes exactly its translations fuzzy.
* compile: write ``.mo`` files (for tools that want them; the build reads ``.po``).
* status: coverage per variant.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from .i18n import (DOMAINS, DRAFT, FUZZY, MISSING, TRANSLATED, VARIANTS, content_messages,
                   fix_plural_forms, load_po, po_path, pot_path, state_of)
from ..data.model import Catalog

PACKAGE = Path(__file__).resolve().parent.parent
PROJECT = "Routekaart geldzorgen"


def _new_catalog(locale: str | None = None) -> PoCatalog:
    return PoCatalog(locale=locale, project=PROJECT, version="1",
                     msgid_bugs_address="redactie@routekaart.invalid",
                     copyright_holder="Routekaart", charset="utf-8")


def interface_template() -> PoCatalog:
    catalog = _new_catalog()
    method_map = [("**/templates/**.j2", "jinja2"), ("**.py", "python")]
    options = {"**/templates/**.j2": {"extensions": "", "trimmed": "false"}}
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE), method_map, options_map=options,
            keywords={"_": None, "N_": None, "ui": None}):
        if isinstance(message, str) and message:
            catalog.add(message, locations=[(f"site_builder/{filename}", lineno)],
                        auto_comments=comments, context=context)
    return catalog


def content_template(catalog: Catalog) -> PoCatalog:
    from ..engine.texts_nl import TEXTS_NL

    pot = _new_catalog()
    for context, text, path, key in content_messages(catalog):
        pot.add(text, context=context, locations=[(path, 0)], auto_comments=[key])
    for key, text in TEXTS_NL.items():
        pot.add(text, context=f"check:{key}", locations=[("site_builder/engine/texts_nl.py", 0)])
    return pot


def _write(path: Path, catalog: PoCatalog, locale: str | None = None) -> None:
    if locale:
        fix_plural_forms(catalog, locale)
    buffer = io.BytesIO()
    for message in catalog:
        # babel reads back its own "#| msgid" lines as user comments; never keep those
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False,
             include_previous=False)
    text = buffer.getvalue().decode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or _stable(path.read_text(encoding="utf-8")) != _stable(text):
        path.write_text(text, encoding="utf-8")


def _stable(text: str) -> str:
    """The file without its timestamps, so that running a command twice changes nothing."""
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:')))


def extract(root: Path, catalog: Catalog) -> dict:
    templates = {"messages": interface_template(), "content": content_template(catalog)}
    for domain, pot in templates.items():
        _write(pot_path(root, domain), pot)
    return {d: len(t) for d, t in templates.items()}


def _read_pot(root: Path, domain: str) -> PoCatalog:
    with pot_path(root, domain).open("rb") as handle:
        return read_po(handle)


def update(root: Path) -> list[str]:
    """Bring every variant's catalogs in line with the templates; returns changed files."""
    changed = []
    for variant in VARIANTS:
        if variant.is_source:
            continue
        for domain in DOMAINS:
            template = _read_pot(root, domain)
            path = po_path(root, variant.code, domain)
            before = path.read_text(encoding="utf-8") if path.exists() else None
            po = load_po(path, locale=variant.babel)
            if po is None:
                po = _new_catalog(variant.babel)
                po.update(template)
            else:
                po.update(template, no_fuzzy_matching=False, update_header_comment=False,
                          keep_user_comments=True)
                po.obsolete.clear()
            _write(path, po, variant.babel)
            if path.read_text(encoding="utf-8") != before:
                changed.append(str(path.relative_to(root)))
    return changed


def compile_all(root: Path) -> int:
    count = 0
    for variant in VARIANTS:
        for domain in DOMAINS:
            po = load_po(po_path(root, variant.code, domain), locale=variant.babel)
            if po is None:
                continue
            with po_path(root, variant.code, domain).with_suffix(".mo").open("wb") as handle:
                write_mo(handle, po, use_fuzzy=False)
            count += 1
    return count


@dataclass
class Coverage:
    variant: str
    total: int = 0
    translated: int = 0
    fuzzy: int = 0
    missing: int = 0
    unreviewed: int = 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.fuzzy == 0 and self.missing == 0

    @property
    def percent(self) -> float:
        done = self.translated + self.unreviewed
        return 100.0 * done / self.total if self.total else 0.0


def status(root: Path) -> list[Coverage]:
    """Coverage per variant, measured against the current templates."""
    out = []
    templates = {d: _read_pot(root, d) for d in DOMAINS}
    for variant in VARIANTS:
        if variant.is_source:
            continue
        cov = Coverage(variant.code)
        for domain in DOMAINS:
            po = load_po(po_path(root, variant.code, domain), locale=variant.babel)
            for message in templates[domain]:
                if not message.id:
                    continue
                cov.total += 1
                found = po.get(message.id, context=message.context) if po else None
                state = state_of(found)
                if state == TRANSLATED:
                    cov.translated += 1
                elif state == FUZZY:
                    cov.fuzzy += 1
                elif state == DRAFT:
                    cov.unreviewed += 1
                elif state == MISSING:
                    cov.missing += 1
        out.append(cov)
    return out
