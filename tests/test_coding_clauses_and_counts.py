"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-seventh round): what a clause asks for or is measured from, running counts, a source's
terms, acts named again, fire traded and materiel captured. Sentences written for these tests;
the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


# ---- dates

@pytest.mark.slow
def test_the_day_of_what_was_called_for_dates_neither_the_call_nor_the_accusation() -> None:
    events = _code("The opposition leader accused the government of using excessive force and called for the "
                   "protests to continue on Thursday.")
    assert _by_word(events, "accused").date == "2025-06-10"
    assert _by_word(events, "called").date == "2025-06-10"
    coming = next(e for e in events if e.type == "PROTEST")
    assert coming.factuality == "future" and coming.date == "2025-06-12"


@pytest.mark.slow
def test_a_clause_days_after_the_act_is_dated_that_far_before_it() -> None:
    events = _code("Army drones destroyed a rebel hideout on Wednesday, two days after militants attacked a "
                   "military camp in the area.")
    assert _by_word(events, "destroyed").date == "2025-06-04"
    attacked = _by_word(events, "attacked")
    assert attacked.date == "2025-06-02"
    # (and the drones of the main clause are not the militants' means)
    assert attacked.acled is not None and attacked.acled.sub_event_type != "Air/drone strike"


@pytest.mark.slow
def test_a_day_after_names_the_day_before() -> None:
    events = _code("Police detained an opposition leader on Sunday, a day after thousands of people rallied "
                   "outside parliament.")
    assert _by_word(events, "detained").date == "2025-06-08"
    assert _by_word(events, "rallied").date == "2025-06-07"


@pytest.mark.slow
def test_an_aircraft_s_attack_in_such_a_clause_keeps_its_means() -> None:
    ev = next(e for e in _code("The army shot down the aircraft after it launched an attack on their positions "
                               "near the town.") if e.trigger.text.startswith("launched"))
    assert ev.acled is not None and ev.acled.sub_event_type == "Air/drone strike"


@pytest.mark.slow
def test_an_act_joined_to_a_reaction_is_of_the_reaction_s_time() -> None:
    text = ("The navy struck a boat in the Caribbean on Monday, killing three people.\n\n"
            "The president condemned the strike and ordered the mobilisation of troops along the coast.")
    ev = next(e for e in _pipeline(text) if e.type == "MOBILIZE")
    assert ev.date == "2025-06-10" and "date_from_story" not in ev.flags


# ---- words that name no event

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Residents fled the town, said a local official who asked not to be named for fear of reprisals.",
    "A resident who asked that his name not be used said the soldiers had left.",
    "The source asked for anonymity because he was not authorised to speak to the media.",
])
def test_a_source_asking_not_to_be_named_makes_no_request(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo.startswith("02")]


@pytest.mark.slow
def test_a_request_of_a_party_is_still_a_request() -> None:
    ev = _by_word(_code("Residents asked the army not to shell the village."), "asked")
    assert ev.cameo.startswith("02") and ev.actor2 is not None and ev.actor2.text == "the army"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen shot dead two farmers on Monday, bringing to 40 the number of people killed in the district.",
    "The latest deaths brought the total number of civilians killed this week to 52.",
])
def test_a_running_count_is_no_new_act(text: str) -> None:
    assert "killed" not in [e.trigger.text for e in _code(text)]


@pytest.mark.slow
def test_the_count_of_an_act_told_once_keeps_the_act() -> None:
    events = _code("The total number of people evacuated from the city by the army is 10,500.")
    assert "evacuated" in [e.trigger.text for e in events]


@pytest.mark.slow
def test_such_acts_recalled_are_no_act() -> None:
    assert "raids" not in [e.trigger.text for e in _code("Civilians have often been killed in such raids.")]


@pytest.mark.slow
def test_an_act_called_a_violation_is_the_one_told_and_its_doer_the_target() -> None:
    text = ("Troops raided a village near the border on Saturday. The foreign ministry called the raid a "
            "flagrant violation of the country's sovereignty.")
    events = _pipeline(text)
    assert [e.trigger.text for e in events if e.type == "COERCE"] == ["raided"]
    called = _by_word(events, "called")
    assert called.cameo == "111" and called.actor2 is not None and called.actor2.text == "Troops"


# ---- fire traded and materiel captured

@pytest.mark.slow
def test_fire_traded_is_a_fight_of_both_sides() -> None:
    ev = _by_word(_code("KHARTOUM (Reuters) - Sudan's army and the Rapid Support Forces traded fire near the "
                        "airport on Friday, residents said."), "traded")
    assert ev.type == "ASSAULT" and ev.cameo.startswith("19")
    assert ev.actor1 is not None and ev.actor1.text == "Sudan's army"
    assert ev.actor2 is not None and ev.actor2.text == "the Rapid Support Forces"


@pytest.mark.slow
def test_barbs_traded_are_still_words() -> None:
    assert _by_word(_code("The two leaders traded barbs on Monday."), "traded").type == "ACCUSE"


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The rebels said they had captured 12 army vehicles and a tank.", "1711"),
    ("The rebels captured the town after two days of fighting.", "192"),
])
def test_materiel_captured_is_seized_not_ground_taken(text: str, cameo: str) -> None:
    assert _by_word(_code(text), "captured").cameo == cameo


# ---- parties

@pytest.mark.slow
def test_him_after_an_arrest_is_the_person_arrested() -> None:
    ev = _by_word(_code("Police detained an opposition leader on Sunday and charged him with organising "
                        "unrest."), "charged")
    assert ev.actor2 is not None and ev.actor2.text == "an opposition leader"


@pytest.mark.slow
def test_him_is_no_weapon_taken_before() -> None:
    ev = _by_word(_code("A man overpowered the guard, snatched his revolver and shot him dead."), "shot")
    assert ev.actor2 is None or "revolver" not in ev.actor2.text


# ---- second batch: acts supposed, refusals asked for, charges restated, shows of force

@pytest.mark.slow
def test_an_attack_a_modal_verb_supposes_is_speculative() -> None:
    events = _code("The minister said a Chinese attack on the island could trigger a military response.")
    assert _by_word(events, "attack").factuality == "speculative"
    assert _by_word(_code("The attack could deepen tensions between the two countries."),
                    "attack").factuality == "asserted"


@pytest.mark.slow
def test_a_charge_restated_after_a_comma_leaves_the_accusation_made(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopia accused Eritrea on Friday of preparing for war, charges Asmara rejected as baseless."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "accused").dep_ == "ROOT"
    events = _code(text)
    assert _by_word(events, "accused").factuality == "asserted"
    rejected = _by_word(events, "rejected")
    assert rejected.actor1 is not None and rejected.actor1.text == "Asmara"


@pytest.mark.slow
def test_a_refusal_asked_for_is_none_made() -> None:
    events = _code("The envoy urged countries not to recognise the results.")
    assert not [e for e in events if e.cameo.startswith("12") and e.factuality == "asserted"]
    refused = _by_word(_code("The rebels said they will not release the hostages."), "release")
    assert refused.cameo.startswith("12") and refused.factuality == "asserted"


def test_the_past_week_is_the_seven_days_to_the_report() -> None:
    from watchfloor.coding.dates import resolve_date

    d, end, prec = resolve_date("bombing villages that killed 18 civilians over the past week", "2025-06-10")
    assert (d.isoformat(), end.isoformat(), prec) == ("2025-06-03", "2025-06-10", "range")  # type: ignore[union-attr]
    assert resolve_date("the strike last week", "2025-06-10")[2] == "week"


@pytest.mark.slow
def test_an_envoy_summoned_to_protest_is_one_protest_of_words() -> None:
    events = _code("Beijing summoned Japan's ambassador on Monday to protest the remarks.")
    assert [e.cameo for e in events] == ["114"]
    assert any(e.type == "PROTEST" for e in _code("Students gathered outside the embassy on Monday to protest "
                                                  "the remarks."))


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("China sent 30 military aircraft and seven navy ships around the island on Sunday.", "154"),
    ("The UAE sent two aircraft carrying medical supplies to the city.", "070"),
])
def test_armed_craft_sent_are_forces_other_craft_aid(text: str, cameo: str) -> None:
    assert _by_word(_code(text), "sent").cameo == cameo


@pytest.mark.slow
def test_the_strike_people_were_killed_in_is_no_part_of_them() -> None:
    ev = _by_word(_code("Police killed at least 10 gang members in a drone strike on Wednesday."), "killed")
    assert ev.actor2 is not None and ev.actor2.text == "at least 10 gang members"


@pytest.mark.slow
def test_a_toll_hung_on_the_place_bombed_is_the_bomber_s() -> None:
    ev = _by_word(_code("The military has stepped up air strikes, bombing villages in the region that killed 18 "
                        "civilians."), "killed")
    assert ev.actor1 is not None and ev.actor1.text == "The military"


@pytest.mark.slow
def test_a_ceasefire_in_force_is_no_ceasefire_made() -> None:
    assert [e.trigger.text for e in _code("Three soldiers were killed despite the ceasefire.")] == ["killed"]
    assert "attack" in [e.trigger.text for e in _code("The talks went ahead despite an attack on the convoy.")]


# ---- third batch: what a clause is for or waits on, force met, a name given that condemns

@pytest.mark.slow
def test_a_road_blocked_to_protest_is_one_protest() -> None:
    events = _code("Thousands blocked a highway near the city to protest against conscription.")
    assert [e.cameo[:2] for e in events] == ["14"] and events[0].trigger.text == "blocked"


@pytest.mark.slow
def test_what_a_refusal_waits_on_is_still_to_come() -> None:
    events = _code("The bank suspended its operations and said it would not resume work until he was freed.")
    assert _by_word(events, "freed").factuality == "future"
    # (a past act a fight lasted until took place)
    assert _by_word(_code("Troops fought until the rebels withdrew."), "withdrew").factuality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The spokesman said any incursion into its territory would be met with force.", "138"),
    ("The protesters were met with tear gas and rubber bullets.", "175"),
    ("The offensive was met with fierce resistance.", None),
])
def test_force_met_is_a_threat_or_its_use_not_a_meeting(text: str, cameo: str | None) -> None:
    met = [e.cameo for e in _code(text) if e.trigger.text == "met"]
    assert met == ([cameo] if cameo else [])


@pytest.mark.slow
def test_a_trial_called_a_political_attack_is_criticism() -> None:
    assert _by_word(_code("The former president called the trial a political attack by the government."),
                    "called").cameo == "111"


@pytest.mark.slow
def test_thousands_killed_are_the_victims_and_recent_years_their_time() -> None:
    ev = _by_word(_code("Violence between farmers and herders has killed thousands in the region in recent "
                        "years."), "killed")
    assert ev.actor2 is not None and ev.actor2.text.startswith("thousands")
    assert ev.date_precision == "range" and ev.date == "2022-06-11" and ev.date_end == "2025-06-10"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iran vowed to retaliate against Israel.",
    "Hezbollah vowed revenge for the killing of its commander.",
    "The North has vowed to respond with overwhelming force.",
])
def test_a_vow_of_force_in_return_is_a_threat(text: str) -> None:
    ev = _by_word(_code(text), "vowed")
    assert ev.cameo == "138" and (ev.actor2 is None or "force" not in ev.actor2.text)


@pytest.mark.slow
def test_a_vow_to_respond_to_a_crisis_is_no_threat() -> None:
    assert _by_word(_code("The government vowed to respond to the crisis."), "vowed").cameo == "030"


@pytest.mark.slow
def test_a_conjunct_sharing_the_saying_s_auxiliary_is_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has said the drills are a rehearsal for invasion and has vowed to respond with force."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "vowed").head.text == "said"
    ev = _by_word(_code(text), "vowed")
    assert ev.actor1 is not None and ev.actor1.text == "North Korea"
    # (a conjunct of the clause said, with its own auxiliary, stays there)
    doc = nlp("The army has said the rebels have withdrawn and have handed over their weapons.")
    assert next(t for t in doc if t.text == "handed").head.text == "withdrawn"


# ---- fourth batch: vows of force, verbs the parser joined to the wrong clause, charges restated

@pytest.mark.slow
def test_a_vow_to_fight_on_is_one_threat_of_the_vow_s_day() -> None:
    events = _code("The army's commander vowed last week to fight on until the rebels were defeated.")
    assert [e.cameo for e in events] == ["1384"]
    assert events[0].date_precision == "week" and events[0].trigger.text.startswith("vowed")
    # (a pledge of troops stays a pledge and the sending still to come)
    assert sorted(e.cameo for e in _code("France pledged to send troops to Estonia.")) == ["030", "154"]


@pytest.mark.slow
def test_a_past_verb_joined_to_a_charged_gerund_is_the_accuser_s() -> None:
    ev = _by_word(_code("Hamas accused Israel of violating the truce and called on mediators to intervene."),
                  "called")
    assert ev.actor1 is not None and ev.actor1.text == "Hamas" and ev.factuality == "asserted"


@pytest.mark.slow
def test_bare_charges_the_tagger_read_as_a_verb_are_what_the_denier_rejects() -> None:
    events = _code("The rebels accuse aid workers of spying for foreign powers, charges the U.N. rejects.")
    assert not [e for e in events if e.trigger.text == "charges"]
    rejects = _by_word(events, "rejects")
    assert rejects.actor1 is not None and rejects.actor1.text == "the U.N."
    assert _by_word(events, "accuse").factuality == "asserted"


# ---- fifth batch: what a seizure took, what was not done to someone

@pytest.mark.slow
@pytest.mark.parametrize("text, sub", [
    ("The junta said it had nationalised a uranium mine run by a French firm and would sell its stockpile.", None),
    ("Police seized a weapons cache in the village.", "Disrupted weapons use"),
])
def test_a_seizure_disrupts_weapons_only_when_it_took_them(text: str, sub: str | None) -> None:
    ev = next(e for e in _code(text) if e.cameo == "1711")
    assert (ev.acled.sub_event_type if ev.acled else None) == sub


@pytest.mark.slow
def test_what_was_not_done_to_someone_is_no_refusal_of_theirs() -> None:
    ev = _by_word(_code("Kurdish-led forces said they had not been consulted."), "consulted")
    assert not ev.cameo.startswith("12") and ev.factuality == "negated"
    refused = _by_word(_code("The hostages will not be released until the ransom is paid."), "released")
    assert refused.cameo.startswith("12")


# ---- sixth batch: a threat told in the passive

@pytest.mark.slow
def test_a_threat_told_in_the_passive_is_the_speaker_s_and_made() -> None:
    events = _code("Hezbollah said any attack would be met with a crushing response.")
    met = _by_word(events, "met")
    assert met.cameo == "138" and met.factuality == "asserted"
    assert met.actor1 is not None and met.actor1.text == "Hezbollah"
    assert _by_word(events, "attack").factuality == "speculative"  # (the attack supposed, none told)
