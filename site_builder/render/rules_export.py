"""The model -> the engine's JSON: rules, parameters and the sentences per language.

The browser never sees YAML: the build writes ``rules.json`` per language variant, and the
command line uses the same function, so tests, CLI and browser judge with one truth.
"""
from __future__ import annotations

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from ..engine.texts_nl import TEXTS_NL
from ..language.i18n import Translator, Variant
from ..data.model import Catalog, Parameter


def _parameter(param: Parameter) -> dict:
    return param.as_dict()


def parameters(catalog: Catalog) -> dict:
    """Every parameter under one global name: ``regeling/key`` or ``norm.key``."""
    out = {}
    for norm in catalog.normen.values():
        for key, param in norm.parameters.items():
            out[f"{norm.id}.{key}"] = _parameter(param)
    for regeling in catalog.regelingen.values():
        for key, param in regeling.parameters.items():
            out[f"{regeling.id}/{key}"] = _parameter(param)
    return out


def number_format(locale: str) -> dict:
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
    euro = pattern.replace("¤", "€").replace("#,##0.00", "{n}").replace("#,##0", "{n}")
    return {"euro": euro.replace("\xa0", " ").strip() if "{n}" in euro else "€ {n}",
            "group": get_group_symbol(locale), "decimal": get_decimal_symbol(locale)}


def texts(translator: Translator) -> dict:
    return {key: translator.content(f"check:{key}", text) for key, text in TEXTS_NL.items()}


def rules(catalog: Catalog, translator: Translator | None = None) -> dict:
    """The engine's input: every regeling with judgeable rules (and its ``berekening``, the
    amount calculation, when it has one), and all parameters."""
    out = []
    for regeling in sorted(catalog.regelingen.values(), key=lambda r: r.id):
        if not regeling.regels or regeling.status == "gesloten":
            continue
        regels = []
        for rule in regeling.regels:
            rule = dict(rule)
            if translator is not None and isinstance(rule.get("uitleg"), str):
                rule["uitleg"] = translator.content(f"regeling:{regeling.id}", rule["uitleg"])
            regels.append(rule)
        item = {"id": regeling.id, "gebied": regeling.gebied, "regels": regels}
        if regeling.berekening:
            item["berekening"] = regeling.berekening
        out.append(item)
    return {"parameters": parameters(catalog), "regelingen": out}


def bundle(catalog: Catalog, translator: Translator, variant: Variant) -> dict:
    """Everything the checker page needs for one language variant."""
    return {"rules": rules(catalog, translator), "texts": texts(translator),
            "format": number_format(variant.babel)}
