"""The Dutch (B1) source sentences of the engine's reasons.

They are data, not logic: the site builder extracts them into the translation
catalogs and hands the engine the sentences for the reader's language.
"""

from ..vocabulary import GEBIEDEN, GEMEENTEN

FORMAT_NL = {"euro": "€ {n}", "group": ".", "decimal": ","}

_ASK = "Vraag het na bij het loket; neem uw papieren mee."

TEXTS_NL = {
    "grens.ontbreekt": "Het bedrag voor {jaar} is nog niet bekend. Daarom kunnen we dit nog "
                       "niet zeggen. " + _ASK,
    "grens.geen": "In {jaar} is hier geen grens.",
    "grens.onbevestigd": "Dit bedrag is nog niet bevestigd. Vraag na of het klopt.",
    "grens.dichtbij": "U zit dicht bij de grens. Doe de officiële proefberekening of laat het "
                      "loket rekenen.",
    "partner.onbekend": "We weten niet of u een partner hebt. De grens hangt daarvan af.",
    "huishouden.onbekend": "We weten uw leeftijd of uw huishouden niet precies. De grens hangt "
                           "daarvan af.",
    **{f"gemeente.{code}": f"Deze regeling is alleen voor inwoners van {GEBIEDEN[code]}."
       for code in GEMEENTEN},
    "leeftijd.onbekend": "We weten uw leeftijd niet. Neem uw identiteitsbewijs mee.",
    "leeftijd.min.voldaan": "U bent {waarde} jaar. U moet minstens {grens} jaar zijn: dat klopt.",
    "leeftijd.min.niet-voldaan": "U bent {waarde} jaar. U moet minstens {grens} jaar zijn.",
    "leeftijd.min.onbekend": "We weten uw leeftijd niet. U moet minstens {grens} jaar zijn.",
    "leeftijd.max.voldaan": "U bent {waarde} jaar. De regeling is tot en met {grens} jaar: dat "
                            "klopt.",
    "leeftijd.max.niet-voldaan": "U bent {waarde} jaar. De regeling is tot en met {grens} jaar.",
    "leeftijd.max.onbekend": "We weten uw leeftijd niet. De regeling is tot en met {grens} jaar.",
    "leeftijd.onder.voldaan": "U bent {waarde} jaar. De regeling is tot en met {grens} jaar: "
                              "dat klopt.",
    "leeftijd.onder.niet-voldaan": "U bent {waarde} jaar. De regeling is tot en met {grens} "
                                   "jaar.",
    "leeftijd.onder.onbekend": "We weten uw leeftijd niet. De regeling is tot en met {grens} "
                               "jaar.",
    "toetsingsinkomen_max.voldaan": "Uw inkomen is {waarde} per jaar. Dat is niet meer dan de "
                                    "grens van {grens} ({jaar}).",
    "toetsingsinkomen_max.niet-voldaan": "Uw inkomen is {waarde} per jaar. Dat is meer dan de "
                                         "grens van {grens} ({jaar}).",
    "toetsingsinkomen_max.onbekend": "We weten uw bruto jaarinkomen niet. De grens is {grens} "
                                     "({jaar}). U vindt uw inkomen op uw jaaropgaaf.",
    "toetsingsinkomen_max.geschat.voldaan": "We weten uw bruto jaarinkomen niet. Uit uw netto "
                                            "inkomen schatten we het op hoogstens {waarde} per "
                                            "jaar. Dat is niet meer dan de grens van {grens} "
                                            "({jaar}).",
    "vermogen_max.voldaan": "Uw spaargeld en bezit is {waarde}. Dat is niet meer dan de grens "
                            "van {grens} ({jaar}).",
    "vermogen_max.niet-voldaan": "Uw spaargeld en bezit is {waarde}. Dat is meer dan de grens "
                                 "van {grens} ({jaar}).",
    "vermogen_max.onbekend": "We weten niet hoeveel spaargeld en bezit u hebt. De grens is "
                             "{grens} ({jaar}). Neem uw bankafschriften van 1 januari mee.",
    "inkomen_norm_max.voldaan": "Uw netto inkomen is {waarde} per maand. Dat is niet meer dan "
                                "{percentage}% van de bijstandsnorm: {grens} ({jaar}).",
    "inkomen_norm_max.niet-voldaan": "Uw netto inkomen is {waarde} per maand. Dat is meer dan "
                                     "{percentage}% van de bijstandsnorm: {grens} ({jaar}).",
    "inkomen_norm_max.onbekend": "We weten uw netto inkomen per maand niet. De grens is "
                                 "{grens} ({jaar}). Neem uw loonstroken of uitkeringsbrief mee.",
    "kinderen.voldaan": "U hebt een kind van {min} tot en met {max} jaar.",
    "kinderen.niet-voldaan": "U hebt geen kind van {min} tot en met {max} jaar thuis.",
    "kinderen.onbekend": "We weten niet of u kinderen van {min} tot en met {max} jaar hebt.",
    "getal.kale_huur.max.voldaan": "Uw kale huur is {waarde} per maand. Dat is niet meer dan "
                                   "{grens} ({jaar}).",
    "getal.kale_huur.max.niet-voldaan": "Uw kale huur is {waarde} per maand. Dat is meer dan "
                                        "{grens} ({jaar}).",
    "getal.kale_huur.max.geen": "In {jaar} is er voor deze regeling geen hoogste huur.",
    "getal.kale_huur.max.onbekend": "We weten uw kale huur niet. De grens is {grens} ({jaar}). "
                                    "Kijk in uw huurcontract.",
    "getal.zorgpremie_achterstand_maanden.min.voldaan": "U hebt {waarde} maanden zorgpremie "
                                                        "niet betaald.",
    "getal.zorgpremie_achterstand_maanden.min.niet-voldaan": "U hebt {waarde} maanden "
                                                             "zorgpremie niet betaald. Dit geldt "
                                                             "vanaf {grens} maanden.",
    "getal.zorgpremie_achterstand_maanden.min.onbekend": "We weten niet hoeveel maanden "
                                                         "zorgpremie u niet betaald hebt.",
    "getal.jaren_laag_inkomen.min.voldaan": "U hebt al {waarde} jaar een laag inkomen. Dat is "
                                            "minstens {grens} jaar.",
    "getal.jaren_laag_inkomen.min.niet-voldaan": "U hebt {waarde} jaar een laag inkomen. Dat "
                                                 "moet minstens {grens} jaar zijn.",
    "getal.jaren_laag_inkomen.min.onbekend": "We weten niet hoe lang u al een laag inkomen hebt. "
                                             "Dat moet minstens {grens} jaar zijn.",
    "getal.*.voldaan": "Uw antwoord ({waarde}) past bij de grens van {grens}.",
    "getal.*.niet-voldaan": "Uw antwoord ({waarde}) past niet bij de grens van {grens}.",
    "getal.*.onbekend": "Dit weten we nog niet. De grens is {grens}.",
    "antwoord.gemeente.voldaan": "U woont in {antwoord}.",
    "antwoord.gemeente.niet-voldaan": "U woont in {antwoord}. Deze regeling is voor een andere "
                                      "gemeente.",
    "antwoord.gemeente.onbekend": "We weten niet in welke gemeente u woont.",
    "antwoord.partner.voldaan": "Partner: {antwoord}. Dat past bij deze regeling.",
    "antwoord.partner.niet-voldaan": "Partner: {antwoord}. Deze regeling is voor een andere "
                                     "situatie.",
    "antwoord.partner.onbekend": "We weten niet of u een partner hebt.",
    "antwoord.woonsituatie.voldaan": "U woont: {antwoord}. Dat past bij deze regeling.",
    "antwoord.woonsituatie.niet-voldaan": "U woont: {antwoord}. Deze regeling is voor een "
                                          "andere woonsituatie.",
    "antwoord.woonsituatie.onbekend": "We weten niet of u huurt of een koopwoning hebt.",
    "antwoord.inkomensbron.voldaan": "Uw inkomen komt uit: {antwoord}. Dat past bij deze "
                                     "regeling.",
    "antwoord.inkomensbron.niet-voldaan": "Uw inkomen komt uit: {antwoord}. Deze regeling is "
                                          "voor mensen met een ander soort inkomen.",
    "antwoord.inkomensbron.onbekend": "We weten niet waar uw inkomen vandaan komt.",
    "antwoord.uitkering.voldaan": "U hebt deze uitkering: {antwoord}. Dat past bij deze "
                                  "regeling.",
    "antwoord.uitkering.niet-voldaan": "U hebt deze uitkering: {antwoord}. Deze regeling is "
                                       "voor een andere uitkering.",
    "antwoord.uitkering.onbekend": "We weten niet welke uitkering u hebt. Neem uw "
                                   "uitkeringsbrief mee.",
    "antwoord.aow_volledig.voldaan": "Volledige AOW: {antwoord}. Dat past bij deze regeling.",
    "antwoord.aow_volledig.niet-voldaan": "Volledige AOW: {antwoord}. Deze regeling is voor "
                                          "mensen met een onvolledige AOW.",
    "antwoord.aow_volledig.onbekend": "We weten niet of u een volledige AOW krijgt. Dat staat "
                                      "in uw brief van de SVB.",
    "antwoord.schulden.voldaan": "U hebt schulden die u niet kunt betalen. Deze hulp is daarvoor.",
    "antwoord.schulden.niet-voldaan": "U hebt geen schulden die u niet kunt betalen. Deze hulp "
                                      "is voor mensen met schulden.",
    "antwoord.schulden.onbekend": "We weten niet of u schulden hebt.",
    "antwoord.beschermingsbewind.voldaan": "Beschermingsbewind: {antwoord}. Dat past bij deze "
                                           "regeling.",
    "antwoord.beschermingsbewind.niet-voldaan": "Beschermingsbewind: {antwoord}. Deze regeling "
                                                "is voor een andere situatie.",
    "antwoord.beschermingsbewind.onbekend": "We weten niet of u beschermingsbewind hebt.",
    "antwoord_bevat.achterstanden.voldaan": "U hebt een achterstand: {antwoord}.",
    "antwoord_bevat.achterstanden.niet-voldaan": "U hebt geen achterstand waar deze regeling "
                                                 "voor is.",
    "antwoord_bevat.achterstanden.onbekend": "We weten niet of u achterstanden hebt.",
    **{f"waarde.gemeente.{code}": GEBIEDEN[code] for code in GEMEENTEN},
    "waarde.gemeente.anders": "een andere gemeente",
    "waarde.partner.ja": "ja",
    "waarde.partner.nee": "nee",
    "waarde.woonsituatie.huur": "in een huurwoning",
    "waarde.woonsituatie.koop": "in een koopwoning",
    "waarde.woonsituatie.inwonend": "bij iemand in huis",
    "waarde.woonsituatie.geen-vaste-woonplek": "zonder vaste woonplek",
    "waarde.inkomensbron.loondienst": "werk in loondienst",
    "waarde.inkomensbron.zzp": "werk als zzp'er of ondernemer",
    "waarde.inkomensbron.uitkering": "een uitkering",
    "waarde.inkomensbron.aow": "AOW",
    "waarde.inkomensbron.studiefinanciering": "studiefinanciering",
    "waarde.inkomensbron.geen": "geen inkomen",
    "waarde.uitkering.bijstand": "bijstand",
    "waarde.uitkering.ww": "WW",
    "waarde.uitkering.wia": "WIA",
    "waarde.uitkering.wajong": "Wajong",
    "waarde.uitkering.ziektewet": "Ziektewet",
    "waarde.uitkering.anders": "een andere uitkering",
    "waarde.aow_volledig.ja": "ja",
    "waarde.aow_volledig.nee": "nee",
    "waarde.beschermingsbewind.ja": "ja",
    "waarde.beschermingsbewind.nee": "nee",
    "waarde.achterstanden.huur": "huur",
    "waarde.achterstanden.energie": "energie",
    "waarde.achterstanden.water": "water",
    "waarde.achterstanden.zorgverzekering": "zorgverzekering",
    "waarde.achterstanden.belasting": "belasting",
    "waarde.achterstanden.overig": "iets anders",
    "waarde.studie.mbo": "op het mbo",
    "waarde.studie.hbo-wo": "op een hogeschool of universiteit",
    "nvt.uitkering": "U hebt geen uitkering.",
    "nvt.kale_huur": "U huurt geen woning.",
    "nvt.partner_leeftijd": "U hebt geen partner.",
    "nvt.studie": "U krijgt geen studiefinanciering.",
    "nvt.zorgpremie_achterstand_maanden": "U hebt geen achterstand bij uw zorgverzekering. "
                                          "Deze regeling is voor mensen met zo'n achterstand.",
    "student.onbekend": "We weten niet of u studiefinanciering krijgt.",
    "student.voldaan": "U krijgt geen studiefinanciering.",
    "student.niet-voldaan": "U krijgt studiefinanciering. Wie studiefinanciering kan krijgen, "
                            "krijgt deze regeling niet.",
    "student.studie.onbekend": "We weten niet waar u studeert. Dat maakt hier verschil.",
    "student.studie.voldaan": "U studeert {antwoord}. Dan kunt u deze regeling krijgen.",
    "student.studie.niet-voldaan": "U studeert {antwoord}, met geld van DUO. Deze regeling is "
                                   "niet voor deze studenten.",
    "situatie.voldaan": "Deze hulp past bij uw situatie: {situaties}.",
    "situatie.beslist": "Wie beslist: {beslist}.",
    "situatie.onbekend": "We weten nog niet of deze hulp bij uw situatie past.",
    "situatie.niet-voldaan": "Deze hulp is voor mensen in een andere situatie.",
    "situatie.naam.kinderen": "kinderen thuis",
    "situatie.naam.kinderen-school": "kinderen thuis",
    "situatie.naam.jongeren": "jong (tot en met 27 jaar)",
    "situatie.naam.zzp": "werk als zzp'er",
    "situatie.naam.geen-inkomen": "geen inkomen",
    "situatie.naam.student": "studie",
    "situatie.naam.pensioen": "AOW-leeftijd of AOW",
    "situatie.naam.zorgpremie-achterstand": "achterstand bij de zorgverzekering",
    "situatie.naam.huurachterstand": "huurachterstand",
    "situatie.naam.schulden": "schulden of achterstanden",
    "situatie.naam.beslag": "schulden of achterstanden",
    "situatie.naam.ziek-beperking": "ziekte of een beperking",
    "situatie.naam.toeslagenaffaire": "gedupeerd bij de toeslagen",
    "situatie.naam.noodhulp": "nu dringend hulp nodig",
    "lokaal.ja": "In {gemeente} doet de gemeente dit met eigen regels. Volgens die regels "
                 "past het waarschijnlijk wel bij u. Kijk bij de regeling van uw gemeente.",
    "lokaal.misschien": "In {gemeente} doet de gemeente dit met eigen regels. Volgens die "
                        "regels past het misschien bij u. Kijk bij de regeling van uw gemeente.",
    "lokaal.nee": "In {gemeente} doet de gemeente dit met eigen regels. Volgens die regels "
                  "past het waarschijnlijk niet bij u. Kijk bij de regeling van uw gemeente.",
    "eerst.nood": "U hebt nu hulp nodig. Begin hier.",
    "eerst.geld": "Dit geld kunt u waarschijnlijk krijgen. Veel mensen vragen het niet aan. "
                  "Doe dat wel.",
    "eerst.loket": "Ga naar dit loket. Daar helpen ze u met {aantal} van deze regelingen.",
    "plausibel.kind": "U bent {ouder} jaar en u hebt een kind van {kind} jaar. Dat kan "
                      "bijna niet. Kijk uw antwoorden na; daarom zeggen we nu 'misschien'.",
    "plausibel.inkomen": "Uw netto inkomen per maand ({per_maand}) past niet bij uw bruto "
                         "inkomen per jaar ({per_jaar}). Kijk uw antwoorden na; daarom zeggen "
                         "we nu 'misschien'.",
}

TEXTS_NL.update({
    "huur_jongeren_max.nvt": "De huurgrens voor jongeren onder de {leeftijd} jaar zonder "
                             "kinderen geldt niet voor u.",
    "huur_jongeren_max.geen": "In {jaar} is er geen aparte huurgrens voor jongeren.",
    "huur_jongeren_max.voldaan": "Uw kale huur is {waarde} per maand. Dat is niet meer dan "
                                 "{grens} ({jaar}), de grens voor jongeren onder de {leeftijd} "
                                 "jaar.",
    "huur_jongeren_max.niet-voldaan": "Uw kale huur is {waarde} per maand. Voor jongeren onder "
                                      "de {leeftijd} jaar zonder kinderen is de grens {grens} "
                                      "({jaar}).",
    "huur_jongeren_max.onbekend": "We weten uw kale huur niet. Bent u jonger dan {leeftijd} "
                                  "jaar? Dan is de grens {grens} ({jaar}).",
})

# The working of an amount estimate (engine/calculations.py): one sentence per step.
TEXTS_NL.update({
    "bedrag.ontbreekt": "We kunnen het bedrag nog niet uitrekenen: het cijfer '{naam}' voor "
                        "{jaar} is nog niet bekend.",
    "bedrag.onbevestigd": "We kunnen het bedrag nog niet uitrekenen: het cijfer '{naam}' "
                          "({jaar}) is nog niet bevestigd.",
    "bedrag.nodig.partner": "Vul in of u een partner hebt. Dan rekenen we uit hoeveel u "
                            "ongeveer krijgt.",
    "bedrag.nodig.kinderen": "Vul de leeftijden van uw kinderen in. Dan rekenen we uit hoeveel "
                             "u ongeveer krijgt.",
    "bedrag.nodig.leeftijd": "Vul uw leeftijd in. Dan rekenen we uit hoeveel u ongeveer "
                             "krijgt.",
    "bedrag.nodig.kale_huur": "Vul uw kale huur in. Dan rekenen we uit hoeveel u ongeveer "
                              "krijgt.",
    "bedrag.nodig.netto_inkomen_maand": "Vul uw netto inkomen per maand in. Dan rekenen we uit "
                                        "hoeveel u ongeveer krijgt.",
    "bedrag.nodig.toetsingsinkomen_jaar": "Vul uw bruto jaarinkomen of uw netto inkomen per "
                                          "maand in. Dan rekenen we uit hoeveel u ongeveer "
                                          "krijgt.",
    "bedrag.nodig.huishouden": "Vul uw leeftijd en die van uw partner in. Dan rekenen we uit "
                               "hoeveel u ongeveer krijgt.",
    "bedrag.inkomen.geschat": "We weten uw bruto jaarinkomen niet. We schatten het op basis van "
                              "uw netto inkomen: ongeveer {inkomen} per jaar.",
    "bedrag.bereik": "Omdat uw inkomen geschat is, ligt het bedrag ergens tussen {min} en {max} "
                     "per maand.",
    "bedrag.uitkomst": "Samen is dat ongeveer {maandbedrag} per maand ({jaarbedrag} per jaar).",
    "bedrag.al_ontvangen": "U krijgt deze uitkering al. Uw netto inkomen is dus al deze "
                           "uitkering, en er komt niets bij. Denkt u dat uw uitkering niet "
                           "klopt? Vraag het na bij het loket.",
    "bedrag.uitbetaling.kwartaal": "U krijgt het geld elk kwartaal, dus vier keer per jaar: "
                                   "ongeveer {bedrag} per keer.",
    "bedrag.uitbetaling.jaar": "U krijgt het geld één keer per jaar: ongeveer {bedrag}.",
    "bedrag.afbouw": "Uw inkomen is {inkomen} per jaar. Van het deel boven {drempel} gaat "
                     "{percentage}% af: {korting} per maand minder.",
    "bedrag.toeslag_afbouw.premie": "De overheid rekent met een zorgpremie van {premie} per jaar "
                                    "({jaar}).",
    "bedrag.toeslag_afbouw.normpremie": "Met een inkomen van {inkomen} per jaar betaalt u daarvan "
                                        "zelf {normpremie} per jaar.",
    "bedrag.toeslag_afbouw.uitkomst": "De rest is uw zorgtoeslag: {jaarbedrag} per jaar, dat is "
                                      "{maandbedrag} per maand.",
    "bedrag.bedrag_per_kind.kind": "Voor een kind van {leeftijd} jaar: {bedrag} per maand.",
    "bedrag.bedrag_per_kind.alleenstaande_ouder": "U hebt geen partner. Daarom komt er "
                                                  "{bedrag} per maand bij.",
    "bedrag.aanvulling_tot_norm.norm": "De norm voor uw huishouden is {norm} per maand "
                                       "({jaar}).",
    "bedrag.aanvulling_tot_norm.inkomen": "Uw netto inkomen is {inkomen} per maand.",
    "bedrag.aanvulling_tot_norm.uitkomst": "Het verschil wordt aangevuld: ongeveer "
                                           "{maandbedrag} per maand.",
    "bedrag.aanvulling_tot_norm.geen": "Uw inkomen is niet lager dan de norm. Dan is er geen "
                                       "aanvulling.",
    "bedrag.vast_bedrag.uitkomst": "Voor uw huishouden is het bedrag {bedrag} ({jaar}). Dat is "
                                   "ongeveer {maandbedrag} per maand.",
    "bedrag.huurtoeslag.rekenhuur": "Dienst Toeslagen rekent met een huur van {huur} per maand "
                                    "({jaar}).",
    "bedrag.huurtoeslag.basishuur": "Een deel van de huur betaalt u altijd zelf: {basishuur} "
                                    "per maand.",
    "bedrag.huurtoeslag.delen": "De huur daarboven tot {grens} krijgt u helemaal: {vol}. Voor "
                                "de huur boven {grens} krijgt u een deel: {rest}.",
})
