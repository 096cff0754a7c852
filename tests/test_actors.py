"""Actor dictionary, phrase coder and role finder (``watchfloor.coding.actors``).

Sentences here are written for these tests. Tests that parse with the real spaCy model are
marked slow.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.coding.actors import ActorCode, code_phrase, find_actors, lexicon

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "libya-algeria-border.txt"


# ------------------------------------------------------------------ dictionary and code_phrase

@pytest.mark.parametrize("phrase, country, sector, code", [
    ("Libyan military forces", "LBY", "MIL", "LBYMIL"),
    ("the Algerian military regime", "DZA", "MIL", "DZAMIL"),
    ("Algiers", "DZA", "GOV", "DZAGOV"),
    ("Tripoli", "LBY", "GOV", "LBYGOV"),
    ("Kiev", "UKR", "GOV", "UKRGOV"),
    ("Kyiv", "UKR", "GOV", "UKRGOV"),
    ("Beijing", "CHN", "GOV", "CHNGOV"),
    ("Libyans", "LBY", "CVL", "LBYCVL"),
    ("a Swiss court", "CHE", "JUD", "CHEJUD"),
    ("the Croatian government", "HRV", "GOV", "HRVGOV"),
    ("Serbian army and special police troops", "SRB", "MIL", "SRBMIL"),
    ("Algerian intelligence services", "DZA", "SPY", "DZASPY"),
    ("Kenyan police officers", "KEN", "COP", "KENCOP"),
    ("Afghan warlords", "AFG", "UAF", "AFGUAF"),
    # an officer is whose officer the phrase says (alone, a police officer)
    ("Syrian army officers", "SYR", "MIL", "SYRMIL"),
    ("American intelligence officers", "USA", "SPY", "USASPY"),
    ("Kenyan officers", "KEN", "COP", "KENCOP"),
    ("the Salafist Group for Preaching and Combat", "DZA", "INS", "DZAINS"),
    ("Algeria's Armed Islamic Group", "DZA", "INS", "DZAINS"),
    ("Jund Al-Aqsa fighters", "SYR", "INS", "SYRINS"),
    ("Mai-Mai militiamen", "COD", "UAF", "CODUAF"),
    ("the Ta'ang National Liberation Army", "MMR", "REB", "MMRREB"),
    # a foreign office and a chargé d'affaires are the government's
    ("Pakistan's foreign office", "PAK", "GOV", "PAKGOV"),
    ("the Afghan charge d'affaires", "AFG", "GOV", "AFGGOV"),
    # "Congolese" alone is the DR Congo's, as "Congo" alone is
    ("Congolese troops", "COD", "MIL", "CODMIL"),
    # one head noun for two nationality adjectives: the first nation's armed forces
    ("Indian and Pakistani troops", "IND", "MIL", "INDMIL"),
    ("U.S. and Iraqi forces", "USA", "MIL", "USAMIL"),
    # armed men loyal to a government are its militia, not the government
    ("Armed groups loyal to the Government of National Unity", "LBY", "MIL", "LBYMIL"),
    ("fighters loyal to the Syrian government", "SYR", "MIL", "SYRMIL"),
    # ... not to any leader
    ("a brutal armed group loyal to traditional leader Kamwina Nsapu in southern Congo", "COD", "REB", "CODREB"),
    # armed groups the dictionary knows by name; ethnic armies are rebels
    ("Volunteers for the Defence of the Homeland (VDP), a civilian militia", "BFA", "UAF", "BFAUAF"),
    ("Wazalendo militias", "COD", "UAF", "CODUAF"),
    # air defences are armed forces; foreign or Western powers are governments
    ("Russian air defences", "RUS", "MIL", "RUSMIL"),
    # an aircraft is its owner's: the police's, the army's
    ("A Venezuelan police helicopter", "VEN", "COP", "VENCOP"),
    ("a Russian helicopter", "RUS", "MIL", "RUSMIL"),
    # broadcasters are their countries' media
    ("the BBC", "GBR", "MED", "GBRMED"),
    ("French outlets RFI and France 24", "FRA", "MED", "FRAMED"),
])
def test_code_phrase_demonym_and_sector(phrase: str, country: str, sector: str, code: str) -> None:
    coded = code_phrase(phrase)
    assert coded is not None
    assert (coded.country, coded.sector, coded.code) == (country, sector, code)


@pytest.mark.parametrize("phrase, code", [
    ("the Pan-American Highway", None),  # no one nation's
    ("Russia and Ukrainian troops", "RUS"),  # a country's name shares no head noun
    ("the ethnic armies", "REB"),
    ("foreign powers", "GOV"),
    ("seized power", None),  # power alone is no government
    ("Jabal al-Turkmen", None),  # a mountain's name, not Turkmenistan
    ("Jabal al - Turkmen", None),
    ("Turkmen fighters", "TKMREB"),  # the demonym still codes people
    ("the Wadi Barada area of rural Damascus", "SYR"),  # a capital named inside still codes its country (an area
    # of it is no government)
    # a state's or a capital's name inside another place's
    ("an attack on Mocimboa da Praia", None),  # a Mozambican town, not Cape Verde's capital
    ("San Jose del Guaviare", None),  # Colombian, not Costa Rica's capital
    ("Niger Delta militants", "INS"),  # the delta is Nigeria's
    ("the Lake Chad region", None),
    ("students of a school in Niger state", "CVL"),  # a Nigerian state, not Niger
    ("Washington State police", "COP"),
    ("Iran state media", "IRNMED"),  # what a state runs is still that state's
    ("the Niger state", "NERGOV"),
    ("Authorities in the central Mexico state of Hidalgo", "MEXGOV"),  # one of Mexico's states
    # a government's forces are its armed forces
    ("Government forces", "MIL"),
    ("Syrian government forces", "SYRMIL"),
    # artificial intelligence is no spy service; military intelligence is
    ("agreements on energy and artificial intelligence", None),
    ("military intelligence officers", "SPY"),
    # who leads or backs a body is no sector of it
    ("The army-led government", "GOV"),
    ("the army-aligned government in Port Sudan", "SDNGOV"),
    ("a U.S.-led force", "USAMIL"),
    ("forces led by Haftar", "LBYMIL"),
    ("New Mexico", None),
    ("Port Sudan", "SDNGOV"),  # a name the dictionary holds whole
    ("Papua New Guinea police", "PNGCOP"),
    ("Mexico City police", "MEXCOP"),
    # a region's name holds no sector noun
    ("the occupied West Bank city of Jenin", None),
    ("West Bank settlers", "CVL"),
    ("a bank in Kabul", "AFGBUS"),
    # what someone is charged with says nothing of who they are
    ("a man convicted of spying for Israel", "CVL"),
    ("20 people suspected of links to Israeli intelligence", "CVL"),
    ("Iraqi militias accused of attacks", "IRQUAF"),
    # a federal state after a head says where the head is, not whose
    ("a village in Borno state", None),
    ("a village in Nigeria's central Benue state", "NGA"),
    # the Republic of Congo is Congo-Brazzaville
    ("Republic of Congo", "COG"),
    ("the Democratic Republic of Congo", "COD"),
])
def test_a_place_name_codes_no_country_by_its_words(phrase: str, code: str | None) -> None:
    c = code_phrase(phrase)
    assert (c.code if c is not None else None) == code


@pytest.mark.parametrize("phrase, code", [
    ("a bus in Jerusalem", "ISR"),  # where the bus was, not the Israeli government's bus
    ("a crowded market near Nairobi", "KEN"),
    ("Nairobi", "KENGOV"),  # the capital alone still stands for the government
    ("officials in Nairobi", "KENGOV"),  # a head that codes keeps its sector
    ("people in Nairobi", "KENCVL"),
    ("a hotel in the capital of Mali", "MLI"),  # nor is the word "capital" after it
    ("officials in the capital of Mali", "MLIGOV"),
    # a patrol is whose its modifier says
    ("a military patrol", "MIL"),
    ("a police patrol", "COP"),
])
def test_a_capital_after_an_uncoded_head_locates_it(phrase: str, code: str) -> None:
    c = code_phrase(phrase)
    assert c is not None and c.code == code


def test_code_phrase_named_actors() -> None:
    assert code_phrase("Abdelmadjid Tebboune") == ActorCode("Abdelmadjid Tebboune", "DZA", "GOV", "DZAGOV")
    units = code_phrase("Units of the army led by Field Marshal Khalifa Haftar")
    assert units == ActorCode("Libyan National Army", "LBY", "MIL", "LBYMIL")
    assert code_phrase("the LNA").name == "Libyan National Army"  # type: ignore[union-attr]
    assert code_phrase("ISWAP").country == "NGA"  # type: ignore[union-attr]
    assert code_phrase("al - Shabaab").name == "Al-Shabaab"  # type: ignore[union-attr]
    assert code_phrase("Daesh").name == "Islamic State"  # type: ignore[union-attr]
    assert code_phrase("Ansar Allah").name == "Houthis"  # type: ignore[union-attr]
    assert code_phrase("President Putin").country == "RUS"  # type: ignore[union-attr]


@pytest.mark.parametrize("phrase, name, code", [
    # state forces and armed groups known by their initials or their own names
    ("SAA artillery units", "Syrian Arab Army", "SYRMIL"),
    ("the CRPF", "Central Reserve Police Force", "INDCOP"),
    ("Harakat Ahrar Al-Sham", "Ahrar al-Sham", "SYRREB"),
    ("the Sinaloa cartel", "Sinaloa Cartel", "MEXCRM"),
    ("the Tamil Tigers", "LTTE", "LKAREB"),
    ("Hay’at Tahrir Al-Sham", "Hayat Tahrir al-Sham", "SYRREB"),
    # the U.S. military's regional commands, spelt with the dots
    ("U.S. Africa Command", "Pentagon", "USAMIL"),
    ("Southern Command", "Pentagon", "USAMIL"),
])
def test_code_phrase_forces_and_armed_groups(phrase: str, name: str, code: str) -> None:
    coded = code_phrase(phrase)
    assert coded is not None and (coded.name, coded.code) == (name, code)


def test_code_phrase_igo_and_ngo() -> None:
    assert code_phrase("the UN").code == "IGOUNO"  # type: ignore[union-attr]
    assert code_phrase("the United Nations Security Council").code == "IGOUNOSEC"  # type: ignore[union-attr]
    assert code_phrase("ECOWAS").country == "IGO"  # type: ignore[union-attr]
    assert code_phrase("Doctors Without Borders").country == "NGO"  # type: ignore[union-attr]


def test_code_phrase_generic_agents() -> None:
    assert code_phrase("gunmen").sector == "CRM"  # type: ignore[union-attr]
    assert code_phrase("hundreds of refugees").sector == "REF"  # type: ignore[union-attr]
    assert code_phrase("students").sector == "CVL"  # type: ignore[union-attr]
    assert code_phrase("insurgents").sector == "INS"  # type: ignore[union-attr]
    assert code_phrase("rebels").sector == "REB"  # type: ignore[union-attr]
    assert code_phrase("a judge").sector == "JUD"  # type: ignore[union-attr]
    assert code_phrase("the weather") is None
    assert code_phrase("a vice principal").sector == "EDU"  # type: ignore[union-attr]
    assert code_phrase("a search party in the district").sector == "COP"  # type: ignore[union-attr]  # no party
    # a coalition of gangs is a gang's, not an intergovernmental body
    assert code_phrase("the Viv Ansanm gang coalition").sector == "CRM"  # type: ignore[union-attr]
    # a spiritual leader leads a faith, not a government
    assert code_phrase("the Druze spiritual leader").sector == "REL"  # type: ignore[union-attr]


def test_spaced_initials_and_more_agent_nouns() -> None:
    # some corpora tokenise initials with spaces: "the U . K", "E . U ."
    assert code_phrase("the U . K").country == "GBR"  # type: ignore[union-attr]
    assert code_phrase("E . U .").code == "IGOEUR"  # type: ignore[union-attr]
    assert code_phrase("I am . A test") is None
    assert code_phrase("weapons inspectors").sector == "GOV"  # type: ignore[union-attr]
    assert code_phrase("election observers").sector == "NGO"  # type: ignore[union-attr]
    assert code_phrase("defence lawyers").sector == "JUD"  # type: ignore[union-attr]


def test_what_an_organisation_is_for_does_not_set_its_sector() -> None:
    # "for the Defence of ..." says what a body works for, not that it is an army
    assert code_phrase("the Association for the Defence of Human Rights").sector == "NGO"  # type: ignore[union-attr]
    coded = code_phrase("the League for the Defence of Human Rights")
    assert coded is None or coded.sector != "MIL"
    assert code_phrase("the Institute for the Study of War").sector == "EDU"  # type: ignore[union-attr]
    # words after other stops still name the actor
    assert code_phrase("Syrian army and allied fighters").sector == "MIL"  # type: ignore[union-attr]


def test_sides_of_a_war_are_not_political_parties() -> None:
    assert code_phrase("the ruling party").sector == "PTY"  # type: ignore[union-attr]
    assert code_phrase("the warring parties") is None
    coded = code_phrase("all parties to the conflict in Sudan")
    assert coded is not None and coded.sector is None and coded.country == "SDN"


def test_short_caps_aliases_are_case_sensitive() -> None:
    # "us" the pronoun is not the United States; "US" is.
    assert code_phrase("US") is not None and code_phrase("US").country == "USA"  # type: ignore[union-attr]
    assert code_phrase("us") is None
    assert code_phrase("who") is None


def test_lexicon_is_compiled_once() -> None:
    assert lexicon() is lexicon()


# ------------------------------------------------------------------ find_actors with the real model

def _roles(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a1, a2 = find_actors(tok, doc=doc)
    for a in (a1, a2):
        if a is not None:
            assert doc.text[a.start:a.end] == a.text
    return a1, a2


@pytest.mark.slow
def test_active_subject_and_object(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "Kenyan police officers arrested three opposition activists in Nairobi on Friday.",
                    "arrested")
    assert a1 is not None and a1.text == "Kenyan police officers" and a1.code == "KENCOP"
    # (where they were arrested names them, whichever word the parser hangs "in Nairobi" on)
    assert a2 is not None and a2.text == "three opposition activists in Nairobi"


@pytest.mark.slow
def test_passive_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "The border post was shelled by Serbian army and special police troops overnight.",
                    "shelled")
    assert a1 is not None and a1.text == "Serbian army and special police troops"
    assert a1.country == "SRB" and a1.sector == "MIL"
    assert a2 is not None and a2.text == "The border post"


@pytest.mark.slow
def test_led_by_and_units_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Units of the army led by Field Marshal Khalifa Haftar have been deployed near the border."
    a1, a2 = _roles(nlp, text, "deployed")
    assert a1 is not None and a1.text == "Units of the army led by Field Marshal Khalifa Haftar"
    assert (a1.name, a1.country, a1.sector, a1.code) == ("Libyan National Army", "LBY", "MIL", "LBYMIL")


@pytest.mark.slow
def test_igo_source_and_prepositional_target(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "The United Nations Security Council imposed sanctions on the Houthis.", "imposed")
    assert a1 is not None and a1.text == "The United Nations Security Council" and a1.country == "IGO"
    assert a2 is not None and a2.text == "the Houthis" and a2.country == "YEM"


@pytest.mark.slow
def test_capital_as_metonym(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "Moscow accused Kyiv of shelling the power station.", "accused")
    assert a1 is not None and (a1.text, a1.code) == ("Moscow", "RUSGOV")
    assert a2 is not None and (a2.text, a2.code) == ("Kyiv", "UKRGOV")


@pytest.mark.slow
def test_coordinated_names_are_split_common_nouns_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = _roles(nlp, "Ethiopian soldiers and local militiamen attacked the camp.", "attacked")
    assert a1 is not None and a1.text == "Ethiopian soldiers and local militiamen"
    _, a2 = _roles(nlp, "The African Union suspended Mali and Guinea after the coups.", "suspended")
    assert a2 is not None and a2.text == "Mali"


@pytest.mark.slow
def test_nominal_event_possessor_and_by(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "The bombing of the market by Boko Haram fighters shocked the region.", "bombing")
    assert a1 is not None and a1.text == "Boko Haram fighters" and a1.country == "NGA"
    assert a2 is not None and a2.text == "the market"


@pytest.mark.slow
def test_reported_speech_pronoun_resolves_to_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "The Nigerian army says it has killed dozens of ISWAP fighters near Lake Chad.",
                    "killed")
    assert a1 is not None and a1.text == "The Nigerian army" and a1.code == "NGAMIL"
    assert a2 is not None and a2.text == "dozens of ISWAP fighters"


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="seed article not in this checkout")
def test_seed_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    deployed = next(t for t in doc if t.text == "deployed")
    a1, _ = find_actors(deployed, doc=doc)
    assert a1 is not None and a1.text == "Units of the army led by Field Marshal Khalifa Haftar"
    assert (a1.name, a1.country, a1.sector) == ("Libyan National Army", "LBY", "MIL")
    assert text[a1.start:a1.end] == a1.text

    accuses = next(t for t in doc if t.text == "accuses")
    a1, a2 = find_actors(accuses, doc=doc)
    assert a1 is not None and a1.country == "LBY"
    assert a2 is not None and a2.country == "DZA"


@pytest.mark.parametrize("phrase, code", [
    ("Syrian army and allied fighters", "SYRMIL"),  # the first conjunct codes a coordination
    ("police and soldiers", "COP"),
    ("Trinidad and Tobago forces", "TTOMIL"),  # not cut inside a name
    ("Bosnia and Herzegovina police", "BIHCOP"),
])
def test_a_coordination_is_coded_by_its_first_conjunct(phrase: str, code: str) -> None:
    c = code_phrase(phrase)
    assert c is not None and c.code == code


@pytest.mark.parametrize("phrase, sector", [
    ("local officials", "GOV"),  # people in general do not outrank an office
    ("local authorities", "GOV"),
    ("community leaders", "CVL"),  # leaders of people are those people's
    ("local residents", "CVL"),
    ("health officials", "HLH"),  # a sector that is one still does
    ("police officials", "COP"),
])
def test_an_office_keeps_its_sector_under_a_word_for_people(phrase: str, sector: str) -> None:
    c = code_phrase(phrase)
    assert c is not None and c.sector == sector


@pytest.mark.parametrize("phrase, sector", [
    # everyday people the news names as victims, doers or demanders
    ("striking lecturers", "EDU"), ("Fulani herdsmen", "CVL"), ("mourners", "CVL"), ("Muslim worshipers", "CVL"),
    ("Israeli settlers", "CVL"), ("eight travellers", "CVL"), ("tenants", "CVL"), ("voters", "CVL"),
    ("schoolchildren", "CVL"), ("paramedics", "HLH"), ("two nuns", "REL"),
])
def test_everyday_people_have_a_sector(phrase: str, sector: str) -> None:
    c = code_phrase(phrase)
    assert c is not None and c.sector == sector


@pytest.mark.slow
def test_people_the_lexicon_names_are_targets() -> None:
    from parsing import code_text

    evs = code_text("Police arrested lecturers outside the campus on Monday.")
    assert any(e.actor2 is not None and e.actor2.text == "lecturers" for e in evs)


@pytest.mark.slow
def test_territory_taken_by_a_group_the_dictionary_knows_is_non_state() -> None:
    from parsing import code_text

    e = next(e for e in code_text("The Rapid Support Forces seized control of the garrison town after a siege.")
             if e.trigger.text == "seized")
    assert e.actor1 is not None and e.actor1.sector == "REB"
    assert e.acled is not None and e.acled.sub_event_type == "Non-state actor overtakes territory"
