"""The checker page's data file (``check/data.json``) for one language variant.

It holds the translated questions, the interface texts, what the results need to show
(names, links, who decides; every loket once under ``loketten``, keyed by id, with its
``gebied``) and the engine bundle (rules, parameters, sentences, number format). Which
loketten a result shows comes from the engine: its ``loketten`` list holds the ids of the
resident's own gemeente and the national ones.
"""
from __future__ import annotations

from ..engine.answers import ANSWER_KEYS
from ..language.i18n import N_
from .rules_export import bundle
from . import amounts

UI = {
    "ja": N_("Ja"), "nee": N_("Nee"), "volgende": N_("Volgende"),
    "weet_niet": N_("Ik weet het niet"), "terug": N_("Terug"),
    "vraag_nummer": N_("Vraag {n}"),
    "geen_kinderen": N_("Geen kinderen"),
    "leeftijden_label": N_("Leeftijden van de kinderen"),
    "fout_getal": N_("Vul een getal in, of kies 'Ik weet het niet'."),
    "fout_leeftijden": N_("Vul leeftijden in als getallen met een komma ertussen, "
                          "bijvoorbeeld 4, 9."),
    "wachten": N_("Nog even geduld"),
    "wachten_uitleg": N_("De check wordt op uw apparaat klaargezet. Dat kan bij een trage "
                         "verbinding even duren."),
    "fout_motor": N_("De check werkt nu niet"),
    "fout_motor_uitleg": N_("Dat ligt niet aan u. Bekijk de regelingen per situatie, of vraag "
                            "het loket om hulp."),
    "uitkomst": N_("Dit kan bij u passen"),
    "uitkomst_uitleg": N_("Op grond van uw antwoorden en de regels op {datum}. Het loket "
                          "beslist altijd; u kunt altijd een aanvraag doen."),
    "groep_ja": N_("Waarschijnlijk wel"), "groep_misschien": N_("Misschien"),
    "groep_nee": N_("Waarschijnlijk niet"),
    "uitkomst_voldaan": N_("Klopt:"), "uitkomst_onbekend": N_("Nog niet bekend:"),
    "uitkomst_niet-voldaan": N_("Klopt niet:"),
    "aanvragen": N_("Aanvragen of meer lezen"), "bel": N_("bel"),
    "printen": N_("Printen of bewaren als pdf"), "wissen": N_("Wis mijn antwoorden"),
    "gewist": N_("Uw antwoorden zijn gewist."),
    "privacy": N_("Uw antwoorden blijven op dit apparaat. Ze worden niet verstuurd en niet "
                  "bewaard. Sluit u deze pagina, dan zijn ze weg."),
}


def checker_data(ctx, prefix: str) -> dict:
    catalog, tr = ctx.catalog, ctx.tr
    data = bundle(catalog, tr, ctx.variant)
    questions = []
    for q in catalog.vragen:
        context = f"vraag:{q.id}"
        questions.append({
            "id": q.id, "soort": q.soort, "vraag": tr.content(context, q.vraag),
            "uitleg": tr.content(context, q.uitleg) if q.uitleg else "",
            "eenheid": tr.content(context, q.eenheid) if q.eenheid else "",
            "opties": [{"waarde": v, "tekst": tr.content(context, text)} for v, text in q.opties],
            "alleen_als": q.alleen_als,
        })
    regelingen, loketten = {}, {}
    judged = {r["id"] for r in data["rules"]["regelingen"]}
    for regeling in catalog.regelingen.values():
        if regeling.id not in judged:
            continue
        for loket_id in regeling.loketten:
            loket = catalog.loketten.get(loket_id)
            if loket and loket_id not in loketten:
                loketten[loket_id] = {"id": loket.id, "naam": ctx.t(loket, "naam"),
                                      "gebied": loket.gebied, "telefoon": loket.telefoon,
                                      "openingstijden": ctx.opening_summary(loket),
                                      "url": f"{prefix}loketten/{loket.id}/"}
        regelingen[regeling.id] = {
            "naam": ctx.t(regeling, "naam"),
            "samenvatting": amounts.fill(ctx.t(regeling, "samenvatting"), regeling, catalog,
                                         ctx.peildatum, ctx.locale, ctx._, plain=True),
            "url": f"{prefix}regelingen/{regeling.id}/", "aanbieder": regeling.aanbieder,
            "gebied": regeling.gebied, "aanvraag_link": regeling.aanvraag_link,
            # every loket of the regeling; a result's own "loketten" (from the engine) lists
            # only those of the resident's gemeente and the national ones
            "loketten": [loketten[k] for k in regeling.loketten if k in loketten]}
    maxima = {key: spec[1][1] for key, spec in ANSWER_KEYS.items()
              if spec[0] in ("getal", "geheel")}
    return {"peildatum": ctx.peildatum.isoformat(), "peildatum_tekst": ctx.date(ctx.peildatum),
            "questions": questions, "ui": {k: ctx._(v) for k, v in UI.items()},
            "regelingen": regelingen, "loketten": loketten, "maxima": maxima, **data}
