"""One broken fixture per kind of editor mistake, each pinning its exact message and place."""
from __future__ import annotations

import shutil

import pytest

from site_builder.data.catalog import load_catalog
from tests.conftest import FIXTURES, TODAY

TARGET = "regelingen/landelijk/test-regeling.yaml"

CASES = {
    "yaml-syntax": [
        f"{TARGET}:4:12: de YAML-opmaak klopt hier niet: een aanhalingsteken of haakje dat hier "
        "begint, wordt nergens gesloten. Kijk naar inspringing, dubbele punten en "
        "aanhalingstekens op deze regel of de regel erboven."],
    "duplicate-key": [
        f"{TARGET}:5:1: aanbieder: de sleutel 'aanbieder' staat twee keer in dit blok (eerst op "
        "regel 4). Haal een van de twee weg of geef een andere naam."],
    "unknown-field": [
        f"{TARGET}:6:1: samenvating: onbekend veld 'samenvating' in een regeling. Bedoelt u "
        "'samenvatting'?"],
    "wrong-type": [
        f"{TARGET}:5:9: themas: verwacht een lijst, maar hier staat tekst."],
    "missing-required": [
        f"{TARGET}:1:1: voor_wie: het verplichte veld 'voor_wie' ontbreekt. Voeg het toe: Voor "
        "wie de regeling is."],
    "dangling-loket": [
        f"{TARGET}:14:12: loketten[0]: het loket 'test-loke' bestaat niet. Bedoelt u "
        "'test-loket'?"],
    "impossible-date": [
        f"{TARGET}:17:19: gecontroleerd_op: '2026-02-30' is geen bestaande datum. Schrijf een "
        "echte datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01."],
    "parameter-without-source": [
        f"{TARGET}:24:9: parameters.bedrag.waarden[0].bron: dit bedrag heeft geen bron. Voeg "
        "'bron:' toe met het webadres waar dit bedrag staat; zonder bron geen bedrag."],
    "three-mistakes": [
        f"{TARGET}:3:8: soort: verwacht een van 'toeslag', 'uitkering', 'gemeentelijke-regeling',"
        " 'schuldhulp', 'fonds', 'loket'; hier staat 'toelsag'. Bedoelt u 'toeslag'?",
        f"{TARGET}:13:16: aanvraag_link: 'www.example.org/aanvragen' is geen volledig webadres "
        "dat begint met https://. Kopieer het adres uit de adresbalk van de browser.",
        f"{TARGET}:31:10: regels[0].min: 'achttien' is geen getal en geen bestaande parameter. "
        "Gebruik een getal of de naam van een bedrag onder 'parameters'."],
}


def messages(root):
    """The errors (not the warnings), sorted by place, as the command line prints them."""
    catalog, problems = load_catalog(root, TODAY)
    return [p.format() for p in problems.sorted() if p.severity == "fout"]


def test_minimal_fixture_is_valid(minimal):
    assert messages(minimal) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_fixture_gives_exact_located_message(minimal, case):
    shutil.copy(FIXTURES / "broken" / f"{case}.yaml", minimal / TARGET)
    assert messages(minimal) == CASES[case]


def test_duplicate_id_names_both_files(minimal):
    (minimal / "regelingen" / "den-haag").mkdir()
    shutil.copy(minimal / TARGET, minimal / "regelingen/den-haag/test-regeling.yaml")
    assert messages(minimal) == [
        f"{TARGET}:1:5: id: de id 'test-regeling' bestaat al "
        "(regelingen/den-haag/test-regeling.yaml). Elke regeling heeft een eigen id; kies een "
        "andere naam."]


def test_id_must_match_file_name(minimal):
    (minimal / TARGET).rename(minimal / "regelingen/landelijk/andere-naam.yaml")
    assert messages(minimal) == [
        "regelingen/landelijk/andere-naam.yaml:1:5: id: de id 'test-regeling' moet gelijk zijn "
        "aan de bestandsnaam 'andere-naam'. Noem het bestand 'test-regeling.yaml' of verander de "
        "id in 'andere-naam'."]


def test_unknown_gebied_folder(minimal):
    (minimal / "regelingen" / "denhaag").mkdir()
    shutil.move(str(minimal / TARGET), minimal / "regelingen/denhaag/test-regeling.yaml")
    assert messages(minimal) == [
        "regelingen/denhaag/test-regeling.yaml: de map 'denhaag' is geen gebied; gebruik "
        "'landelijk', 'den-haag', 'zoetermeer'. Bedoelt u 'den-haag'?"]


def test_unknown_placeholder_and_bad_opening_hours(minimal):
    text = (minimal / TARGET).read_text().replace("{bedrag}", "{bedrg}")
    (minimal / TARGET).write_text(text)
    loket = minimal / "loketten/landelijk/test-loket.yaml"
    loket.write_text(loket.read_text().replace("Mo-Fr 09:00-17:00", "Ma-Vr 9-17"))
    assert messages(minimal) == [
        "loketten/landelijk/test-loket.yaml:6:17: openingstijden: de openingstijden kloppen "
        "niet: onbekende dag in 'Ma-Vr' (gebruik Mo Tu We Th Fr Sa Su PH). Schrijf bijvoorbeeld "
        "'Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off'.",
        f"{TARGET}:9:15: wat_krijgt_u: de plaatshouder {{bedrg}} verwijst naar een bedrag dat "
        "niet bestaat. Bedoelt u 'bedrag'?"]


def test_stale_check_date_is_a_warning(minimal):
    text = (minimal / TARGET).read_text().replace("2026-11-01", "2025-06-01", 1)
    (minimal / TARGET).write_text(text)
    catalog, problems = load_catalog(minimal, TODAY)
    assert not problems.errors
    assert [p.format() for p in problems.warnings] == [
        f"{TARGET}:17:19: gecontroleerd_op: waarschuwing: voor het laatst gecontroleerd op "
        "2025-06-01, langer dan twaalf maanden geleden. Kijk de gegevens na en zet de datum van "
        "vandaag."]


def test_real_repository_validates():
    from tests.conftest import ROOT

    catalog, problems = load_catalog(ROOT, TODAY)
    assert [p.format() for p in problems.errors] == []
    assert {"zorgtoeslag", "huurtoeslag", "dh-ooievaarspas", "dh-bijzondere-bijstand",
            "dh-helpdesk-geldzaken"} <= set(catalog.regelingen)


def test_typed_amount_in_text_is_refused(minimal):
    text = (minimal / TARGET).read_text().replace("U krijgt {bedrag} per maand.",
                                                  "U krijgt € 100 per maand.")
    (minimal / TARGET).write_text(text)
    assert messages(minimal) == [
        f"{TARGET}:9:15: wat_krijgt_u: er staat een bedrag in de tekst. Zet bedragen onder "
        "'parameters' (met datum en bron) en gebruik hier {naam}, dan klopt het in alle talen "
        "en elk jaar."]


def test_consistency_checks(minimal):
    other = minimal / "regelingen/landelijk/andere-regeling.yaml"
    other.write_text((minimal / TARGET).read_text()
                     .replace("id: test-regeling", "id: andere-regeling")
                     .replace("loketten: [test-loket]", "loketten: [test-loket]\nzie_ook: [test-regeling]"))
    loket = minimal / "loketten/landelijk/ongebruikt.yaml"
    loket.write_text((minimal / "loketten/landelijk/test-loket.yaml").read_text()
                     .replace("id: test-loket", "id: ongebruikt"))
    catalog, problems = load_catalog(minimal, TODAY)
    found = [p.format() for p in problems.sorted()]
    assert found == [
        "loketten/landelijk/ongebruikt.yaml:1:5: id: waarschuwing: het loket 'ongebruikt' wordt "
        "door geen enkele regeling genoemd. Noem het bij een regeling onder 'loketten', of haal "
        "het weg.",
        "regelingen/landelijk/andere-regeling.yaml:15:10: zie_ook: 'test-regeling' noemt "
        "'andere-regeling' niet terug onder zie_ook. Voeg 'andere-regeling' toe aan zie_ook in "
        "regelingen/landelijk/test-regeling.yaml.",
        "regelingen/landelijk/test-regeling.yaml:2:7: naam: de naam 'Testregeling' wordt in "
        "landelijk al gebruikt door regelingen/landelijk/andere-regeling.yaml. Maak de naam "
        "duidelijk anders."]
