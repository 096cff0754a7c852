"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-first round): coups, impeachments, outlets and sites silenced, sieges laid, hangings,
candidates barred, warning shots the parser splits, live-fire drills, armed men marching, fire
traded, cases filed at a court, the city rival sides fought in, and borders named by their
parties ("along their border") or hung on the object ("deployed units near the Algerian
border"). Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _sub
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


# ---- coups

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Soldiers in Niger seized power on Sunday and detained the president in his palace.", "seized"),
    ("Army officers said on state television on Wednesday that they had taken power.", "taken"),
    ("A group of army officers removed President Patrice Talon from power on Sunday.", "removed"),
    ("The army overthrew the elected government on Monday.", "overthrew"),
    ("Soldiers overthrew the military government on Monday.", "overthrew"),  # (a counter-coup)
    ("Sudan's army chief dissolved the cabinet on Monday, in a coup condemned by the United Nations.", "coup"),
])
def test_power_taken_by_force_is_a_coup(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert (ev.type, ev.cameo, ev.mode) == ("COERCE", "170", None)
    assert _sub(ev) == "Other"  # a strategic development, no property seized


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The party took power after winning the election in 2014.",
    "A coalition force ousted Iraqi troops from Kuwait in 1991.",
    "The alliance toppled the government in a vote in parliament on Tuesday.",
    "The court sent ten men to custody on coup plotting charges on Friday.",
])
def test_a_change_of_ruler_without_force_is_no_coup(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo == "170"]


@pytest.mark.slow
def test_an_impeachment_is_a_formal_charge() -> None:
    ev = _by_word(_code("South Korea's parliament voted on Saturday to impeach President Yoon Suk Yeol."), "impeach")
    assert (ev.type, ev.cameo) == ("ACCUSE", "115")
    assert _text(ev.actor2) == "President Yoon Suk Yeol"


# ---- outlets and sites silenced, candidates barred

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Burkina Faso's junta suspended the broadcasts of the French radio station RFI on Sunday.", "suspended"),
    ("Mali's military government ordered the closure of a Russian-funded news agency on Monday.",
     "ordered the closure"),
    ("Turkish authorities blocked access to X on Monday after the protests.", "blocked"),
    ("A Pakistani court blocked three news websites on Monday.", "blocked"),
])
def test_outlets_and_sites_silenced_are_censorship(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "censor", "172")


@pytest.mark.slow
def test_a_news_agency_closed_is_the_media() -> None:
    ev = _by_word(_code("Mali's military government ordered the closure of a Russian-funded news agency on Monday."),
                  "ordered the closure")
    assert ev.actor2 is not None and ev.actor2.sector == "MED"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, cameo", [
    ("Authorities partially closed the Houston Ship Channel after a wall collapsed on Friday.", "closed", None),
    ("Jordan announced the closure of its border with Syria on Tuesday.", "announced the closure", "191"),
    ("Protesters blocked the main road to the airport on Monday.", "blocked", "144"),
])
def test_a_waterway_a_border_or_a_road_is_no_outlet(text: str, word: str, cameo: str | None) -> None:
    got = [e for e in _code(text) if e.trigger.text == word]
    assert [e.cameo for e in got] == ([cameo] if cameo else [])


@pytest.mark.slow
def test_candidates_barred_are_banned() -> None:
    ev = _by_word(_code("The electoral commission barred four opposition candidates from the election on Sunday."),
                  "barred")
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "ban", "1722")


# ---- sieges, hangings, drills, marches

@pytest.mark.slow
def test_a_siege_laid_is_an_assault() -> None:
    ev = _by_word(_code("Gunmen laid siege to a police station in the town on Monday."), "laid")
    assert (ev.type, ev.cameo) == ("ASSAULT", "191")


@pytest.mark.slow
def test_one_hanged_is_executed() -> None:
    ev = _by_word(_code("Iran hanged a man convicted of spying for Israel on Tuesday, the judiciary said."), "hanged")
    assert (ev.type, ev.mode, ev.cameo) == ("ASSAULT", "execute", "1823")
    assert _text(ev.actor1) == "Iran"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The prisoner hanged himself in his cell on Monday.",
    "Flags hung from every balcony in the capital on Monday.",
])
def test_a_suicide_or_a_flag_is_no_execution(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo == "1823"]


@pytest.mark.slow
def test_live_fire_drills_are_a_show_of_force_and_a_fire_drill_is_not() -> None:
    ev = _by_word(_code("China conducted live-fire drills near the Taiwan Strait on Friday."),
                  "conducted live-fire drills")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "152")
    assert not _code("The school held a fire drill on Monday.")


@pytest.mark.slow
def test_armed_men_marching_move_forces_and_students_protest() -> None:
    ev = _by_word(_code("Wagner mercenaries seized the city of Rostov on Monday and began marching towards Moscow."),
                  "marching")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "154")
    ev = _by_word(_code("Thousands of students marched towards parliament on Monday."), "marched")
    assert ev.type == "PROTEST"
    # soldiers entering a town move forces, cheered or not (an earlier round's "no event" for it was
    # a parade's reading; one down an avenue stays none: tests/test_coding_everyday_senses.py)
    ev = _by_word(_code("The soldiers marched into the town as locals cheered."), "marched")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "154")


@pytest.mark.slow
def test_warning_shots_the_parser_splits_are_a_show_of_force() -> None:
    events = _code("North Korea blew up sections of roads on Monday, the South's military said, "
                   "firing warning shots in response.")
    ev = _by_word(events, "firing")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "150")
    assert not [e for e in events if e.trigger.text == "warning"]  # no threat of the word "warning"


# ---- parties and sides

@pytest.mark.slow
def test_fire_traded_is_an_armed_clash() -> None:
    events = _code("Afghan Taliban forces and Pakistani border guards traded fire at the Torkham crossing on Friday, "
                   "killing two people.")
    assert _sub(_by_word(events, "traded")) == "Armed clash"
    assert _sub(_by_word(events, "killing")) == "Armed clash"


@pytest.mark.slow
def test_a_case_filed_at_a_court_is_not_against_the_court() -> None:
    ev = _by_word(_code("South Africa filed a case at the International Court of Justice on Saturday."), "filed")
    assert (ev.type, ev.cameo) == ("ACCUSE", "115") and ev.actor2 is None
    assert not [e for e in _code("The court depends on whatever cases are filed.") if e.cameo == "115"]


@pytest.mark.slow
def test_the_city_rival_sides_fought_in_is_no_party() -> None:
    ev = _by_word(_code("Armed groups loyal to rival factions clashed with heavy weapons in the capital overnight."),
                  "clashed")
    assert ev.actor2 is None


# ---- borders

@pytest.mark.slow
def test_their_border_is_the_parties_shared_border() -> None:
    events = _pipeline("Thai and Cambodian troops exchanged gunfire along their disputed border on Thursday, "
                       "killing one soldier.")
    for word in ("exchanged", "killing"):  # the toll is where the fight was
        loc = _by_word(events, word).location
        assert loc is not None and loc.feature == "border" and loc.name == "Cambodia–Thailand border"
        assert loc.text == "their disputed border" and loc.border_km == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Forces loyal to Khalifa Haftar deployed units near the Algerian border in south-western Libya on Friday.",
     "Algeria–Libya border", "LBY"),
    ("BEIRUT (Reuters) - Lebanon's army deployed troops along the southern border with Israel on Saturday as part "
     "of the ceasefire deal, the army said.", "Israel–Lebanon border", "LBN"),
])
def test_a_border_hung_on_the_object_places_the_deployment(text: str, name: str, country: str) -> None:
    loc = _by_word(_pipeline(text), "deployed").location
    assert loc is not None and loc.feature == "border" and (loc.name, loc.country) == (name, country)


@pytest.mark.slow
def test_a_border_with_one_party_alone_is_no_guess() -> None:
    loc = _by_word(_pipeline("Indian troops deployed along the border on Monday, officials said."), "deployed").location
    assert loc is None or loc.feature != "border"


@pytest.mark.slow
def test_a_deployment_near_its_border_is_on_the_border_and_words_about_it_are_not() -> None:
    """ "its" is the state of the clause the deployment is the object of."""
    events = _pipeline("ALGIERS (Reuters) - Algeria has not condemned the deployment of Libyan National Army units "
                       "near its southern border, but officials in Algiers said its intelligence services were "
                       "monitoring the situation closely.")
    loc = _by_word(events, "deployment").location
    assert loc is not None and loc.name == "Algeria–Libya border" and loc.country == "LBY"
    loc = _by_word(events, "condemned").location
    assert loc is None or loc.feature != "border"


@pytest.mark.slow
def test_an_operation_called_anti_terrorist_is_no_condemnation() -> None:
    events = _code("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on Wednesday.")
    assert not [e for e in events if e.type == "ACCUSE"]
    ev = _by_word(_code("The minister called the bombing a terrorist attack on Monday."), "called")
    assert ev.type == "ACCUSE"  # (a judgement of wrong stays one)


@pytest.mark.slow
def test_a_territory_named_as_a_side_is_the_parties_border() -> None:
    loc = _by_word(_pipeline("CAIRO (Reuters) - Egypt reinforced its troops along the border with Gaza on Tuesday."),
                   "reinforced").location
    assert loc is not None and loc.feature == "border" and loc.text == "border with Gaza"
    assert (loc.name, loc.country) == ("Egypt–Palestinian Territory border", "EGY")


@pytest.mark.slow
def test_a_country_named_from_the_capital_of_a_neighbour_is_the_country() -> None:
    """ "Niger" in a story from Abuja is the state Niger, not Nigeria's Niger State - unless so called."""
    events = _pipeline("ABUJA (Reuters) - ECOWAS leaders threatened on Wednesday to use force to restore "
                       "constitutional order in Niger if the junta did not reinstate the president. Gunmen killed "
                       "20 villagers in Niger State, police said.")
    loc = _by_word(events, "threatened").location
    assert loc is not None and loc.country == "NER"
    loc = _by_word(events, "killed").location
    assert loc is not None and loc.country == "NGA"


@pytest.mark.slow
def test_people_a_gerund_follows_are_the_target() -> None:
    ev = _by_word(_code("Israeli troops opened fire on Palestinians waiting for aid near a distribution site on "
                        "Thursday."), "opened")
    assert _text(ev.actor2) == "Palestinians"
    # (not the scene an absolute "with" sets)
    ev = _by_word(_code("Teachers have been protesting in Tehran, with some 10,000 people turning out on Tuesday."),
                  "protesting")
    assert ev.actor2 is None


@pytest.mark.slow
def test_refugees_pushed_back_are_expelled_and_fighters_are_fought() -> None:
    ev = _by_word(_code("Bangladeshi border guards pushed back 200 Rohingya refugees trying to cross from Myanmar."),
                  "pushed")
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "deport", "174")
    ev = _by_word(_code("Kurdish fighters pushed back Islamic State militants on Monday."), "pushed")
    assert ev.type == "ASSAULT"


@pytest.mark.slow
def test_protesters_detained_on_a_highway_are_a_protest_with_intervention() -> None:
    """ "highway" is a road accident's word too; arrests of demonstrators stay political."""
    ev = _by_word(_code("Serbian police detained dozens of students blocking a highway outside Belgrade on Friday, as "
                        "anti-government protests entered their fourth month."), "detained")
    assert _sub(ev) == "Protest with intervention"



@pytest.mark.slow
def test_members_counted_are_the_people_killed() -> None:
    ev = _by_word(_code("Gunmen killed 15 members of the Alawite minority in a village near Homs on Saturday."),
                  "killed")
    assert _text(ev.actor2) is not None and _text(ev.actor2).startswith("15 members of the Alawite minority")


@pytest.mark.slow
def test_a_border_hung_on_what_the_object_is_of() -> None:
    loc = _by_word(_pipeline("ALGIERS (Reuters) - Algerian troops killed three members of a smuggling gang near the "
                             "border with Niger on Sunday, the defence ministry said."), "killed").location
    assert loc is not None and loc.name == "Algeria–Niger border" and loc.country == "DZA"


@pytest.mark.slow
def test_a_toll_with_no_place_of_its_own_is_where_its_act_was() -> None:
    events = _pipeline("TRIPOLI (Reuters) - Clashes broke out on Sunday between two armed groups in the town of "
                       "Zawiya west of Tripoli, killing at least four people, a local official said.")
    assert _by_word(events, "killing").location.name == _by_word(events, "Clashes broke").location.name == "Zawiya"
    # (one that names its own place keeps it)
    events = _pipeline("Israeli forces shelled the Zahrani basin and Iglim Al-Toffah on Monday, wounding five "
                       "Lebanese villagers in Kfar Tibnit.")
    assert _by_word(events, "wounding").location.text == "Kfar Tibnit"
