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
from ..data.rules import is_published, rules_for


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


def local_twins(catalog: Catalog) -> dict:
    """national id -> {gemeente: local id}: a gemeente's own version of a national regeling
    (the two name each other under 'zie_ook' and are of the same soort)."""
    twins: dict = {}
    for local in catalog.regelingen.values():
        if local.gebied == "landelijk" or not is_published(local):
            continue
        for other in local.zie_ook:
            national = catalog.regelingen.get(other)
            if national and national.gebied == "landelijk" and local.id in national.zie_ook \
                    and national.soort == local.soort:
                twins.setdefault(national.id, {})[local.gebied] = local.id
    return twins


def rules(catalog: Catalog, translator: Translator | None = None) -> dict:
    """The engine's input: every published regeling that takes part, with its themes,
    loketten and local twins; every loket's gebied; and all parameters."""
    out = []
    twins = local_twins(catalog)
    for regeling in sorted(catalog.regelingen.values(), key=lambda r: r.id):
        regels = rules_for(regeling)
        if not regels:
            continue
        for rule in regels:
            if translator is not None and isinstance(rule.get("uitleg"), str):
                rule["uitleg"] = translator.content(f"regeling:{regeling.id}", rule["uitleg"])
        entry = {"id": regeling.id, "gebied": regeling.gebied, "regels": regels,
                 "themas": list(regeling.themas), "loketten": list(regeling.loketten)}
        if regeling.berekening:
            entry["berekening"] = regeling.berekening
        if regeling.id in twins:
            entry["lokaal"] = twins[regeling.id]
        out.append(entry)
    gebieden = {loket.id: loket.gebied for loket in catalog.loketten.values()}
    return {"parameters": parameters(catalog), "regelingen": out, "loketten": gebieden}


def bundle(catalog: Catalog, translator: Translator, variant: Variant) -> dict:
    """Everything the checker page needs for one language variant."""
    return {"rules": rules(catalog, translator), "texts": texts(translator),
            "format": number_format(variant.babel)}
