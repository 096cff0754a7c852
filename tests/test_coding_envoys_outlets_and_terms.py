"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-second round): a state's protest, an envoy's post, an outlet silenced, custody and terms served,
aid blocked, rights stripped, people barred from doing something, whom a relative clause accuses,
who answers with an act, what follows an act or sees it, anyone held, a dictionary's state forces
detaining, a dateline made the subject, homes demolished, mourners and stabbings, a weapons cache
destroyed, a kind of act or others counted, parts of a capital, where an actor is based, a name
torn from its kind or owned by a known place, a region named as one, borders beside a place's
phrase or along a region, "days after" and a weekday closing a charge. Sentences written for these
tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _sub
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


# ---- what states and authorities do

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("HANOI (Reuters) - Vietnam protested on Tuesday after Chinese coast guard vessels rammed a fishing boat.",
     "protested"),
    ("The foreign ministry protested strongly against the deployment.", "protested"),
])
def test_a_state_that_protests_complains(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert (ev.type, ev.cameo) == ("ACCUSE", "114")
    assert ev.actor2 is None or "HANOI" not in ev.actor2.text  # (the dateline is no one protested to)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Thousands protested in Hanoi on Tuesday.", "Students protested against the law."])
def test_people_who_protest_demonstrate(text: str) -> None:
    assert _by_word(_code(text), "protested").type == "PROTEST"


@pytest.mark.slow
def test_an_envoys_post_is_whom_the_recall_is_aimed_at() -> None:
    ev = _by_word(_pipeline("Algeria recalled its ambassador to Mali on Friday."), "recalled")
    assert _text(ev.actor2) == "Mali" and ev.actor2.country == "MLI"
    assert ev.location is None or ev.location.country != "MLI"  # (decided at home, not in Mali)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Niger's military rulers suspended the activities of the BBC for three months on Monday.",
    "Mali suspended the activities of Al Jazeera on Monday.",
])
def test_an_outlet_suspended_is_censored(text: str) -> None:
    ev = _by_word(_code(text), "suspended")
    assert (ev.type, ev.cameo, ev.mode) == ("COERCE", "172", "censor")


@pytest.mark.slow
def test_aid_to_an_outlet_suspended_is_still_aid() -> None:
    assert _by_word(_code("The government suspended aid to the BBC."), "suspended").cameo == "162"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Zimbabwe released 15 opposition activists on bail on Monday after six months in detention.",
    "He spent two years in prison before his trial.",
])
def test_a_term_served_is_no_new_arrest(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo == "173"]


@pytest.mark.slow
def test_one_still_held_is_held() -> None:
    assert _by_word(_code("Lissu remains in detention."), "remains in detention").cameo == "173"


@pytest.mark.slow
def test_people_taken_into_custody_are_arrested() -> None:
    ev = _by_word(_code("Police took 40 people into custody on Monday."), "took")
    assert (ev.type, ev.cameo, _text(ev.actor2)) == ("COERCE", "173", "40 people")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A man was taken into emergency mental health custody on Friday after a standoff.",
    "The children were taken into protective custody.",
])
def test_custody_for_care_is_no_arrest(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo == "173"]


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("The United States accused two Sudanese generals of blocking humanitarian aid to Darfur.", "blocking"),
    ("Israel blocked aid deliveries to Gaza on Sunday.", "blocked"),
])
def test_aid_blocked_by_a_party_is_aid_stopped(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert (ev.type, ev.cameo) == ("SANCTION", "1623")
    assert _sub(ev) is None  # (no demonstration)


@pytest.mark.slow
def test_protesters_blocking_aid_trucks_obstruct() -> None:
    ev = _by_word(_code("Israeli protesters blocked aid trucks heading to Gaza on Monday."), "blocked")
    assert (ev.type, ev.cameo) == ("PROTEST", "144")


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("Nicaragua stripped 94 critics of the government of their citizenship on Wednesday.",
     "94 critics of the government"),
    ("Nicaragua stripped 94 critics of their citizenship on Wednesday.", "94 critics"),
    ("Parliament stripped the opposition leader of his immunity.", "the opposition leader"),
])
def test_stripped_of_a_right_is_a_sanction_on_whom_it_was_taken_from(text: str, target: str) -> None:
    ev = _by_word(_code(text), "stripped")
    assert (ev.type, ev.cameo) == ("COERCE", "172")
    assert _text(ev.actor2) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, accused, act", [
    ("The United States imposed sanctions on two Sudanese generals it accused of blocking humanitarian aid "
     "to Darfur.", "two Sudanese generals", "blocking"),
    ("Washington sanctioned two generals whom it accuses of killing protesters.", "two generals", "killing"),
])
def test_whom_a_relative_clause_accuses_did_the_act(text: str, accused: str, act: str) -> None:
    events = _code(text)
    assert _text(_by_word(events, next(w for w in ("accused", "accuses") if w in text)).actor2) == accused
    assert _text(_by_word(events, act).actor1) == accused


@pytest.mark.slow
@pytest.mark.parametrize("text, word, doer", [
    ("Israel responded with artillery fire on southern Lebanon on Friday.", "fire", "Israel"),
    ("Israel retaliated with air strikes on Gaza.", "strikes", "Israel"),
    ("The army hit back with shelling of rebel positions.", "shelling", "The army"),
])
def test_who_answers_with_an_act_does_it(text: str, word: str, doer: str) -> None:
    assert _text(_by_word(_code(text), word).actor1) == doer


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Police arrested 12 Palestinians on Friday during raids that followed a stabbing attack.", "attack"),
    ("The town saw heavy fighting on Monday.", "fighting"),
])
def test_what_comes_after_an_act_or_sees_it_did_not_do_it(text: str, word: str) -> None:
    assert _by_word(_code(text), word).actor1 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("A Moscow court jailed a theatre director for six years on Saturday.", "a theatre director"),
    ("Police arrested a film director.", "a film director"),
])
def test_anyone_held_is_a_party_whatever_their_trade(text: str, target: str) -> None:
    assert _text(_code(text)[0].actor2) == target


@pytest.mark.slow
def test_the_dictionarys_state_forces_arrest_rather_than_abduct() -> None:
    ev = _code("Haftar's forces arrested a prominent activist in Benghazi on Wednesday.")[0]
    assert (ev.type, ev.cameo, _sub(ev)) == ("COERCE", "173", "Arrests")


@pytest.mark.slow
def test_armed_groups_that_detain_still_abduct() -> None:
    ev = _code("RSF fighters detained two doctors in El Fasher on Monday.")[0]
    assert (ev.type, ev.cameo) == ("ASSAULT", "181")


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("The Taliban barred women from working for non-governmental organisations on Tuesday.", "women"),
    ("Authorities barred journalists from entering the region.", "journalists"),
])
def test_people_barred_from_doing_something_are_banned(text: str, target: str) -> None:
    ev = _by_word(_code(text), "barred")
    assert (ev.type, ev.cameo, _text(ev.actor2)) == ("COERCE", "172", target)


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("Germany banned a neo-Nazi group on Thursday.", "a neo-Nazi group"),
    ("Russia banned the organisation as extremist.", "the organisation"),
])
def test_a_body_banned_is_whom_the_ban_is_laid_on(text: str, target: str) -> None:
    ev = _by_word(_code(text), "banned")
    assert (ev.cameo, _text(ev.actor2)) == ("172", target)


@pytest.mark.slow
def test_a_thing_banned_is_no_party() -> None:
    assert _by_word(_code("The court banned the import of the drug."), "banned").actor2 is None


@pytest.mark.slow
def test_a_player_barred_from_a_match_is_no_ban() -> None:
    assert not _code("The striker was barred from the final after a red card.")


@pytest.mark.slow
def test_a_kind_of_act_counted_is_no_new_act() -> None:
    events = _code("Suspected militants shot dead a police officer in Srinagar on Tuesday, the third such killing "
                   "this month.")
    assert [e.trigger.text for e in events] == ["shot"]


@pytest.mark.slow
def test_others_counted_are_the_people_wounded() -> None:
    ev = _by_word(_code("Abu Sayyaf gunmen killed six soldiers and wounded four others in an ambush."), "wounded")
    assert _text(ev.actor2) == "four others"


@pytest.mark.slow
def test_a_weapons_cache_destroyed_is_weapons_disrupted() -> None:
    ev = _by_word(_code("The army said it had destroyed a cache of weapons and ammunition belonging to a terrorist "
                        "group."), "destroyed")
    assert (ev.cameo, _sub(ev)) == ("1711", "Disrupted weapons use")


@pytest.mark.slow
def test_a_dateline_the_parser_made_the_subject_is_no_part_of_the_party() -> None:
    ev = _code("JUBA (Reuters) - South Sudan's first vice president Riek Machar was placed under house arrest on "
               "Sunday, his party said.")[0]
    assert _text(ev.actor2) == "South Sudan's first vice president Riek Machar"


@pytest.mark.slow
def test_candidates_excluded_are_banned() -> None:
    ev = _code("The electoral commission excluded four opposition candidates from next month's election.")[0]
    assert (ev.type, ev.cameo, _text(ev.actor2)) == ("COERCE", "1722", "four opposition candidates")


@pytest.mark.slow
def test_a_summons_to_protest_an_arrest_abroad_is_not_made_abroad() -> None:
    ev = _by_word(_pipeline("ALGIERS (Reuters) - Algeria summoned the French ambassador on Sunday to protest against "
                            "the arrest of an Algerian consular official in Paris, the foreign ministry said."),
                  "summoned")
    assert ev.location is None or ev.location.country != "FRA"


@pytest.mark.slow
def test_a_quarrel_between_two_is_between_them_not_over_its_cause() -> None:
    ev = _by_word(_code("Morocco and Algeria traded accusations on Friday over a drone strike that killed three "
                        "truck drivers in the disputed Western Sahara."), "traded")
    assert (_text(ev.actor1), _text(ev.actor2)) == ("Morocco", "Algeria")


# ---- property and places

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Israeli troops demolished the homes of two Palestinian attackers in the occupied West Bank on Wednesday.",
     "demolished"),
    ("Bulldozers escorted by soldiers demolished 30 shops in the market on Friday.", "demolished"),
])
def test_homes_demolished_are_property_destroyed(text: str, word: str) -> None:
    assert _sub(_by_word(_code(text), word)) == "Looting/property destruction"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Iranian security forces opened fire on mourners in the western city of Mahabad on Friday, killing two.",
     "opened"),
    ("Raids followed a stabbing attack in Jerusalem.", "attack"),
    ("Unknown gunmen assassinated a senior official of Libya's central bank in Tripoli on Sunday.", "assassinated"),
])
def test_mourners_a_stabbing_and_an_official_shot_make_an_attack_not_a_battle(text: str, word: str) -> None:
    assert _sub(_by_word(_code(text), word)) == "Attack"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Gunmen assassinated an army general in Tripoli.", "assassinated"),
    ("Mauritania's army repelled an incursion by armed men from Mali.", "repelled"),
])
def test_armed_men_on_either_side_make_a_battle(text: str, word: str) -> None:
    assert _sub(_by_word(_code(text), word)) == "Armed clash"


@pytest.mark.parametrize("phrase, country", [
    ("parts of the capital", None),
    ("downtown Santiago", "CHL"),
    ("central Baghdad", "IRQ"),
    ("the streets of Bishkek", "KGZ"),
])
def test_a_part_of_a_capital_is_somewhere_not_its_government(phrase: str, country: str | None) -> None:
    from watchfloor.coding.actors import code_phrase

    coded = code_phrase(phrase)
    assert coded is None or (coded.country, coded.sector) == (country, None)


@pytest.mark.parametrize("phrase", ["non-governmental organisations", "a non-governmental organisation",
                                    "humanitarian organisations", "an aid organisation"])
def test_an_organisation_spelt_the_british_way_is_the_ngo_sector(phrase: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).sector == "NGO"  # (not the "governmental" in "non-governmental")


@pytest.mark.parametrize("phrase, code", [("Washington", "USAGOV"), ("the White House", "USAGOV"),
                                          ("Baghdad government", "IRQGOV")])
def test_a_capital_or_its_seat_named_alone_is_the_government(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code


@pytest.mark.slow
def test_where_an_actor_is_based_is_not_where_it_acted() -> None:
    ev = _by_word(_pipeline("Forces loyal to the Tripoli-based government clashed with a rival militia near the "
                            "Libyan capital's airport on Friday."), "clashed")
    assert ev.location is not None and ev.location.name == "Tripoli" and ev.location.text == "Libyan"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Yesterday, a US-led coalition air strike targeted a Jabhat Fatah al-Sham convoy.", "targeted"),
    ("Syrian rebels froze talks until Iran-backed militias ended their attacks.", "attacks"),
])
def test_a_name_hyphened_to_a_participle_is_no_place(text: str, word: str) -> None:
    ev = next(e for e in _pipeline(text) if word in e.trigger.text)
    assert ev.location is None or ev.location.country not in ("USA", "IRN")


@pytest.mark.slow
def test_a_name_the_parser_tore_from_its_kind_still_says_where() -> None:
    ev = _by_word(_pipeline("A car bombing in the Turkish capital Ankara killed five people on Monday."), "killed")
    assert ev.location is not None and (ev.location.text, ev.location.name) == ("Ankara", "Ankara")


@pytest.mark.slow
def test_a_name_a_known_place_owns_lies_there() -> None:
    ev = _by_word(_pipeline("BAGHDAD (Reuters) - Rockets struck near the U.S. embassy in Baghdad's Green Zone on "
                            "Friday, causing no casualties, security sources said."), "struck")
    assert ev.location is not None and ev.location.text == "Green Zone" and ev.location.country == "IRQ"


@pytest.mark.slow
def test_a_region_named_as_one_is_that_region() -> None:
    ev = _by_word(_pipeline("An air strike killed three people in Iraq's Kurdistan region on Tuesday."), "killed")
    assert ev.location is not None and ev.location.country == "IRQ" and ev.location.feature == "region"


@pytest.mark.slow
def test_a_border_beside_a_places_phrase_places_the_event() -> None:
    ev = _by_word(_pipeline("Suspected jihadists killed 22 soldiers in an attack on an army post in western Niger "
                            "near the border with Mali on Friday."), "killed")
    assert ev.location is not None and ev.location.feature == "border"
    assert (ev.location.name, ev.location.country) == ("Mali–Niger border", "NER")


@pytest.mark.slow
def test_a_region_along_a_border_says_where_on_it() -> None:
    ev = _by_word(_pipeline("Indian and Chinese troops clashed along their disputed border in the Himalayas on "
                            "Tuesday."), "clashed")
    assert ev.location is not None and ev.location.feature == "border"
    assert ev.location.name == "China–India border"


# ---- "days after"

@pytest.mark.slow
@pytest.mark.parametrize("text, first, last", [
    ("Police detained an opposition leader at his home on Monday, days after he called for protests.",
     "2025-06-03", "2025-06-08"),
    ("Rebels seized the town on Monday, weeks after troops withdrew.", "2025-04-28", "2025-06-02"),
])
def test_days_after_puts_the_earlier_act_some_days_before(text: str, first: str, last: str) -> None:
    events = _code(text)
    main = events[0]
    earlier = events[1]
    assert (main.date, main.date_precision) == ("2025-06-09", "day")
    assert (earlier.date, earlier.date_end, earlier.date_precision) == (first, last, "range")


@pytest.mark.slow
def test_a_weekday_closing_a_charge_dates_the_arrest() -> None:
    ev = _code("Spanish police arrested 12 people suspected of recruiting fighters for Islamic State in Barcelona "
               "and Ceuta on Monday.")[0]
    assert (ev.trigger.text, ev.date) == ("arrested", "2025-06-09")


@pytest.mark.slow
def test_a_weekday_closing_a_participle_dates_the_main_act() -> None:
    ev = _code("Senegal's president pardoned 300 people jailed over anti-government protests on Monday.")[0]
    assert (ev.trigger.text, ev.date) == ("pardoned", "2025-06-09")


@pytest.mark.slow
def test_a_past_year_closing_a_charge_dates_the_act_charged() -> None:
    events = _code("Police arrested two men suspected of killing a journalist last year.")
    assert _by_word(events, "arrested").date == "2025-06-10"  # (no day of its own: the report's)
    assert _by_word(events, "killing").date_precision == "year"


@pytest.mark.slow
def test_a_counted_gap_stays_a_day() -> None:
    ev = _by_word(_code("Police detained an opposition leader on Monday, two days after he called for protests."),
                  "called")
    assert (ev.date, ev.date_precision) == ("2025-06-07", "day")
