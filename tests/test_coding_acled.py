"""Issue 4: ACLED sub-event types from ACLED's codebook definitions. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code


def _acled(text: str) -> str | None:
    """The sub-event type of the most confident event ACLED codes (as the scorer reads it)."""
    evs = [e for e in _code(text) if e.acled is not None and e.factuality in ("asserted", "reported")]
    if not evs:
        return None
    return max(evs, key=lambda e: e.confidence).acled.sub_event_type  # type: ignore[union-attr]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # an arrest at a demonstration is an intervention; one for organising it, later, an arrest
    ("Police arrested 20 protesters outside parliament on Monday.", "Protest with intervention"),
    ("Authorities arrested an activist on charges of organising an illegal protest.", "Arrests"),
    ("Police arrested two suspects in March.", "Arrests"),
    # an accusation's weapon is the accused act's, not the clash's
    ("The army clashed with rebels in Upper Nile state, a rebel spokesman said, accusing the army of bombing "
     "civilian areas with barrel bombs.", "Armed clash"),
    # drones that sink a warship strike from the air; a sinking is no shipwreck then
    ("Ukraine said its drones sank a Russian warship in the Black Sea.", "Air/drone strike"),
    # a school's principal is a civilian
    ("Gunmen killed the principal of the school on Monday.", "Attack"),
    # arrests "made" during a demonstration are the demonstration's
    ("Dozens of arrests have been made during a demonstration in the city after bottles were thrown at police.",
     "Violent demonstration"),
    # a gunfight is a clash
    ("Nigerian troops rescued the girls after a gunfight with the kidnappers.", "Armed clash"),
    # a human chain is a demonstration, whoever reports it
    ("Activists said police attacked the peaceful human chain without any reason.", "Protest with intervention"),
    # activists as the source of a report are no demonstration
    ("Artillery shelled a displacement camp outside the city on Saturday, killing at least 14 civilians, local "
     "activists said.", "Shelling/artillery/missile attack"),

    # sexual violence stays sexual violence when it happens during a dispersal
    ("Soldiers raped women as they dispersed protesters near the barracks.", "Sexual violence"),
    # the chemical agent decides, whatever delivered it, also from the next sentence
    ("Militants fired mortar rounds containing poisonous gases on the army positions.", "Chemical weapon"),
    ("Rebels fired shells into two districts. Doctors said the shells contained chlorine.", "Chemical weapon"),
    # the weapon that hit decides, not what it hit; "anti-aircraft" names no aircraft
    ("A fighter jet was hit by a missile over the valley.", "Shelling/artillery/missile attack"),
    ("Militants attacked the garrison with anti-aircraft guns and mortars.", "Shelling/artillery/missile attack"),
    # water cannon is no artillery; lethal force on a crowd is excessive force
    ("Dozens of people were injured as security forces fired rubber bullets and water cannon into the crowd.",
     "Excessive force against protesters"),
    ("Officers brutally attacked and injured a peaceful student demonstration.", "Excessive force against protesters"),
    # demonstrators' own violence: a violent demonstration, not property destruction
    ("Rioters set fire to a police station in the old town.", "Violent demonstration"),
    ("Hundreds of protesters staged a non-violent march through the capital.", "Peaceful protest"),
    # violence named as what a protest is about is not the protesters' own
    ("Hundreds of women marched through the city to condemn sexual violence on Sunday.", "Peaceful protest"),
    ("Thousands of students rallied against gun violence on Saturday.", "Peaceful protest"),
    # what a protest came after is no force used on it; the protesters' own nights of violence are
    ("Residents protested on the road after coalition forces killed eight civilians in a raid.", "Peaceful protest"),
    ("Protesters rallied in the capital after several nights of street violence.", "Violent demonstration"),
    # prisoner exchanges are agreements; so is one left or renounced
    ("The government and the rebels carried out an exchange of prisoners on Sunday.", "Agreement"),
    ("The junta formally withdrew from the defence pact with Mali on Thursday.", "Agreement"),
    # a country's neighbour is no sign of a domestic crime
    ("The junta formally withdrew from the defence pact with its neighbour on Thursday.", "Agreement"),
    # a disarmed device is disrupted weapons use
    ("Special forces destroyed a roadside bomb near the checkpoint.", "Disrupted weapons use"),
    # a gunman's attack on a café is an attack on civilians
    ("Gunmen opened fire on a teahouse in the old quarter.", "Attack"),
    # territory taken after the other side withdrew changed hands without fighting
    ("Militants seized the border crossing following the withdrawal of government troops.",
     "Non-violent transfer of territory"),
    # attacks on property with no one hurt
    ("The attacks on shops and businesses in the city centre continued overnight.", "Looting/property destruction"),
    # demonstrators closing roads or offices protest (ACLED's "road-blocking using burning tires"
    # is a violent demonstration); a navy's blockade is a strategic development
    ("Anti-government protesters shut down roads and government offices in the capital on Sunday.",
     "Peaceful protest"),
    ("Protesters blocked the main road with burning tyres.", "Violent demonstration"),
    ("The navy blockaded the port on Sunday.", "Other"),
    # a mass grave found: ACLED's "Other"
    ("The mass grave held the bodies of villagers massacred by the militia.", "Other"),
    # a state that takes ground is a government, whatever group the sentence also names
    ("Hezbollah said it would keep its weapons while Israel continued to occupy five hilltops in the south.",
     "Government regains territory"),
    # merchant shipping is no armed party: an attack on it is violence against civilians
    ("The rebels have attacked more than 100 merchant ships since November.", "Attack"),
])
def test_acled_sub_event(text: str, sub: str) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    ("Rebels attacked a police station with drones. Troops killed a rebel commander in an operation on Friday.",
     "Armed clash"),
    ("Gunmen fired on a police helicopter. The UN said 5,600 people were killed in gang violence last year.",
     "Attack"),
    # a suicide is no suicide bombing
    ("Officials said the young men were killed in shootouts or committed suicide.", "Armed clash"),
    # "in the attack" points back to the one told before
    ("Warplanes struck the market on Monday. Twelve people were killed in the attack.", "Air/drone strike"),
])
def test_a_toll_told_in_an_act_of_its_own_keeps_its_means(text: str, sub: str) -> None:
    """A toll told "in an operation" or "in gang violence" names the act that took it, so the
    drones or aircraft of the neighbouring sentence are not its means."""
    killed = next(e for e in _code(text) if e.trigger.text == "killed")
    assert killed.acled is not None and killed.acled.sub_event_type == sub


@pytest.mark.slow
def test_a_killing_over_a_neighbours_quarrel_is_no_acled_event() -> None:
    assert _acled("A man killed his neighbour with a machete after a quarrel over land.") is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a cyber attack and a diplomatic "strike back" are no political violence
    "Hackers launched cyber-attacks on two state banks on Monday.",
    "Russia strikes back at the US, expels diplomats and shuts a consulate.",
])
def test_no_acled_event_for_cyber_or_figurative_strikes(text: str) -> None:
    assert _acled(text) is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # a rocket-propelled grenade is launched like a rocket; a grenade is thrown
    ("Gunmen fired rocket-propelled grenades at a police patrol, killing two officers.",
     "Shelling/artillery/missile attack"),
    ("Insurgents attacked the convoy with RPGs near the bridge, killing three soldiers.",
     "Shelling/artillery/missile attack"),
    ("A man threw a grenade at a police patrol, killing two officers.", "Grenade"),
])
def test_a_launched_grenade_is_no_hand_grenade(text: str, sub: str) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
def test_casualties_of_a_battle_in_the_sentence_are_an_armed_clash() -> None:
    """The neighbouring sentence's jets do not make the camp battle's dead an air strike."""
    text = ("Israeli jets struck the area on Friday. Two Palestinians were killed and three were wounded on "
            "Saturday as fighters from rival families battled in the refugee camp.")
    killed = next(e for e in _code(text) if e.trigger.text == "killed")
    assert killed.acled is not None and killed.acled.sub_event_type == "Armed clash"
    alone = next(e for e in _code("Israeli jets struck the area on Friday. Two Palestinians were killed on Saturday.")
                 if e.trigger.text == "killed")
    assert alone.acled is not None and alone.acled.sub_event_type == "Air/drone strike"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen stormed a village in the north on Saturday, killing 40 civilians and wounding 20. "
     "The army said its aircraft struck the gunmen's positions in response.", "Attack"),
    ("Jihadists ambushed an army convoy near the border, killing dozens of soldiers. "
     "A drone crashed across the border on Monday.", "Armed clash"),
])
def test_the_toll_of_a_ground_assault_borrows_no_aircraft(text: str, sub: str) -> None:
    """ "stormed a village, KILLING 40": the storming did the killing; the aircraft or the drone
    of the next sentence is another event's means."""
    killed = [e for e in _code(text) if e.trigger.text in ("killing", "wounding")]
    assert killed and all(e.acled is not None and e.acled.sub_event_type == sub for e in killed)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "sub"), [
    ("A roadside bomb exploded near a patrol, setting a vehicle ablaze.", "setting", "Remote explosive/landmine/IED"),
    ("A car bomb destroyed the police station.", "destroyed", "Remote explosive/landmine/IED"),
    ("Two roadside bombs exploded near the border. The explosions also destroyed two armoured vehicles.",
     "destroyed", "Remote explosive/landmine/IED"),
    # the weapon of the attack the damage hangs from
    ("The rebels fired a ballistic missile at a tanker on Monday, setting it ablaze.", "setting",
     "Shelling/artillery/missile attack"),
    ("Soldiers detonated a tunnel bomb under the stronghold, destroying a command centre.", "destroying",
     "Remote explosive/landmine/IED"),
    ("Rioters set fire to a police station.", "set", "Violent demonstration"),
    ("Militants burned three schools in the district.", "burned", "Looting/property destruction"),
])
def test_damage_done_by_a_weapon_is_that_weapons_attack(text: str, trigger: str, sub: str) -> None:
    """What a bomb burns or destroys is the bomb attack (ACLED codes the event by its means);
    property set on fire by people is property destruction, or the rioters' demonstration."""
    e = next(e for e in _code(text) if e.trigger.text.startswith(trigger))
    assert e.acled is not None and e.acled.sub_event_type == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    ("Guerrillas attacked the site of a planned oil refinery, killing nine people.", "Attack"),
    ("Mortar attacks killed 12 people near the refinery.", "Shelling/artillery/missile attack"),
])
def test_guerrillas_and_mortars_make_a_refinery_attack_political(text: str, sub: str) -> None:
    """A refinery is a disaster word (refinery fires), but guerrillas and mortars are armed."""
    assert _acled(text) == sub


@pytest.mark.slow
def test_an_aircraft_shot_down_is_no_air_strike() -> None:
    """The aircraft was what was hit: its downing is a clash, not an air strike."""
    assert _acled("Rebels shot down a military helicopter near the airport.") == "Armed clash"
    assert _acled("Government warplanes struck rebel positions near the airport.") == "Air/drone strike"


@pytest.mark.slow
def test_a_routine_patrol_is_no_acled_event() -> None:
    events = _code("US Air Force jets have been patrolling the skies above New York since last week.")
    assert [e.cameo for e in events] == ["150"] and events[0].acled is None


@pytest.mark.slow
def test_anarchists_in_the_street_are_demonstrators() -> None:
    assert _acled("Police clashed with about 100 anarchists on the square, arresting some.") == "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "sub"), [
    ("Government troops captured five suspected militants near the border.", "173", "Arrests"),
    ("Police captured the suspect after a brief chase.", "173", "Arrests"),
    ("Rebels captured eight soldiers near the border.", "181", "Abduction/forced disappearance"),
    ("The pilot was captured by Islamic State militants.", "181", "Abduction/forced disappearance"),
    ("The army captured the town of Goma.", "192", "Government regains territory"),
    ("Troops captured dozens of militants in the raid.", "173", "Arrests"),
    ("Shalit was captured by Hamas-linked militants in June 2006.", "181", "Abduction/forced disappearance"),
    ("Gunmen seized two foreign workers in the Niger Delta.", "181", "Abduction/forced disappearance"),
    ("Militants took three soldiers hostage near the border.", "181", "Abduction/forced disappearance"),
    ("The army took 40 prisoners in the battle.", "173", "Arrests"),
    ("He was captured in Pakistan in March 2003.", "173", "Arrests"),  # (the month is no march)
    ("Two observers were captured near the town.", "173", "Arrests"),
    # attackers are people, and only the living are taken alive
    ("Two attackers were captured after the siege.", "173", "Arrests"),
    ("Police said three gunmen were killed and two were captured alive.", "173", "Arrests"),
    ("Four militants were killed and 12 captured, the army said.", "173", "Arrests"),  # a count, its "were" left out
    # the capture of a city is a change of hands, whatever weapons the sentence names
    ("Iraqi troops shelled the positions around Irbil and captured the city.", "192", "Government regains territory"),
    ("Rebels captured the town after shelling it for a week.", "192", "Non-state actor overtakes territory"),
    # a named town seized is territory taken, whatever the small model's entity type ("Goma" a person)
    ("Rebels seized Goma on Monday.", "192", "Non-state actor overtakes territory"),
    # a relative pronoun stands for what it refers to
    ("The army freed the man, who was seized in May.", "173", "Arrests"),
    ("Hundreds died in the western town of Man, which was seized by rebels.", "192",
     "Non-state actor overtakes territory"),
    # a name stormed as well as captured is a place, whatever the tagger calls it
    ("The Syrian forces stormed and captured Surjah Kabira and Surjah Saghira.", "192", "Government regains territory"),
    # pupils are people, bandits take them as an armed group does, whichever verb of theirs names them
    ("Bandits stormed a Catholic school and seized more than 300 pupils and 12 teachers.", "181",
     "Abduction/forced disappearance"),
    ("Police raided the house and captured five suspects.", "173", "Arrests"),
])
def test_people_captured_are_detained_not_territory(text: str, cameo: str, sub: str) -> None:
    """Capturing people is a detention (an abduction by an armed group); capturing a town is
    taking territory."""
    e = next(e for e in _code(text) if e.trigger.text in ("captured", "seized", "took"))
    assert e.cameo == cameo and e.acled is not None and e.acled.sub_event_type == sub


@pytest.mark.slow
def test_captured_on_camera_is_no_event() -> None:
    assert not [e for e in _code("The officer was captured by surveillance cameras at a school.")
                if e.trigger.text == "captured"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kindi Hospital was seized by the jihadist rebels.",
    "Deputies seized a mobile meth lab near the town.",
])
def test_a_place_or_a_thing_seized_is_no_captive(text: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text == "seized")
    assert e.cameo not in ("173", "181")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "sub"), [
    # a gold or coal mine is no landmine
    ("Gunmen killed two guards near a gold mine north of Bunia.", "killed", "Armed clash"),
    ("Rebels attacked the coal mines, killing five workers.", "killing", "Attack"),
    ("A mine exploded under the truck, killing five soldiers.", "killing", "Remote explosive/landmine/IED"),
    # a base established is named in the trigger's own clause; a patrol establishes none
    ("The army issued an alert after rebels attacked the base.", "issued", "Change to group/activity"),
    ("The army set up a new base near the border.", "set", "Headquarters or base established"),
    ("Operating from the Incirlik base, the fighter planes have been patrolling northern Iraq since 1991.",
     "patrolling", None),
])
def test_the_sub_event_the_trigger_names(text: str, trigger: str, sub: str | None) -> None:
    e = next(e for e in _code(text) if trigger in e.trigger.text)
    assert (e.acled.sub_event_type if e.acled is not None else None) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "sub"), [
    # a weapon named in a clause accusing someone of another act is not this act's weapon
    ("The coalition launched airstrikes on groups it accused of a chlorine attack.", "airstrikes", "Air/drone strike"),
    ("Government warplanes bombed the town, which activists accused of harbouring militants who used sarin.",
     "bombed", "Air/drone strike"),
    ("Jets bombed the suburb in March, where the opposition blamed the army for a sarin attack last year.",
     "bombed", "Air/drone strike"),
    ("Troops attacked the camp of a militia the UN accused of mass rape.", "attacked", "Armed clash"),
    # ... while an act inside the accusation, or one with the weapon of its own, keeps it
    ("Activists accused the army of a chlorine attack on Douma that killed 40 people.", "killed", "Chemical weapon"),
    ("Warplanes bombed the village with chlorine barrels, the opposition alleged.", "bombed", "Chemical weapon"),
])
def test_an_accusation_clause_lends_no_weapon(text: str, trigger: str, sub: str) -> None:
    evs = [e for e in _code(text) if trigger in e.trigger.text and e.acled is not None]
    assert evs and evs[0].acled.sub_event_type == sub  # type: ignore[union-attr]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "sub"), [
    # backing is an agreement when what is backed is one
    ("The council backed the ceasefire deal between the army and the rebels.", "backed", "Agreement"),
    ("Qatar welcomed Sudan's decision on the cease-fire in Blue Nile.", "welcomed", "Agreement"),
    # not beside an agreement word elsewhere in the sentence
    ("Rebels backed by Rwanda seized the town on Wednesday despite calls for a ceasefire.", "backed", None),
    ("Iran declared support for the deal while supporting the forces of the Syrian regime.", "supporting", None),
])
def test_backing_is_an_agreement_only_of_an_agreement(text: str, trigger: str, sub: str | None) -> None:
    e = next(e for e in _code(text) if e.trigger.text == trigger)
    assert (e.acled.sub_event_type if e.acled else None) == sub


@pytest.mark.slow
def test_a_separate_incident_lends_no_weapon() -> None:
    # the toll names no weapon; the air strike told after "In a separate incident" is another event's
    text = ("Gunmen stormed a hotel in the capital late on Friday. Police said three attackers were killed. "
            "In a separate incident, a US drone strike hit a camp in the south on Tuesday.")
    killed = next(e for e in _code(text) if e.trigger.text == "killed")
    assert killed.acled is not None and killed.acled.sub_event_type != "Air/drone strike"


def test_the_same_incident_ends_where_another_one_opens() -> None:
    from watchfloor.coding.acled import _same_incident

    s = "Police said three attackers were killed."
    before = "Gunmen stormed a hotel. "
    assert _same_incident(before + s + " In separate incidents, drones struck two camps.", s) == before + s
    assert _same_incident(before + s + " Elsewhere, an air strike hit a market.", s) == before + s
    # what follows in the same story stays ("In attacks on Monday" opens no other incident)
    kept = before + s + " In attacks on Monday, the gunmen also fired rockets."
    assert _same_incident(kept, s) == kept
    # a sentence that opens another incident itself borrows nothing from before it
    other = "In a separate incident, two soldiers were killed."
    assert _same_incident(before + other, other) == other


@pytest.mark.slow
@pytest.mark.parametrize(("text", "coded"), [
    # a state blocking a decision vetoes it: no street protest
    ("Hungary has blocked the use of frozen Russian assets to fund Ukraine.", False),
    ("The government blocked the use of frozen Russian assets.", False),
    # protesters blocking a road still protest
    ("Kenyan protesters blocked roads in Nairobi.", True),
    # a state's protest is a diplomatic note (now the summons alone: test_coding_retold_acts_and_measured_clauses)
    ("Opposition supporters protested in Maputo.", True),
    # a crackdown with no crowd about is no crowd control
    ("Ethiopian authorities arrested 12 journalists as the government cracked down on reporting.", False),
    ("Security forces cracked down on demonstrators in the capital.", True),
    # water cannon fired at a ship is no crowd control
    ("Chinese coast guard vessels fired water cannon at a Philippine government ship near Scarborough Shoal.", False),
    ("Police fired water cannon at protesters in Tbilisi.", True),
    # ... and a diplomatic protest lodged after it names no crowd
    ("Chinese coast guard vessels fired water cannon at a Philippine ship on Tuesday. The foreign ministry said it "
     "would lodge a diplomatic protest with Beijing.", False),
])
def test_no_street_protest_without_a_crowd(text: str, coded: bool) -> None:
    event = next(e for e in _code(text) if e.trigger.text in ("blocked", "protest", "protested", "fired", "cracked"))
    assert (event.acled is not None) == coded


@pytest.mark.slow
@pytest.mark.parametrize("text, word, sub", [
    # what went off decides, not an air force base or a drone in the sentence's other clause
    ("A truck bomb exploded near an air force base on Thursday, killing six civilians and wounding 60, hours after "
     "a police helicopter was downed by a drone.", "exploded", "Remote explosive/landmine/IED"),
    ("A truck bomb exploded near an air force base on Thursday, killing six civilians and wounding 60, hours after "
     "a police helicopter was downed by a drone.", "wounding", "Remote explosive/landmine/IED"),
    ("Three missiles exploded in open ground near the air base.", "exploded", "Shelling/artillery/missile attack"),
    # an act alleged has only the charge's words, not the air strikes the sentence tells
    ("Israeli air strikes killed 104 people overnight, after Israel accused Hamas of violating the ceasefire by "
     "killing a soldier in Rafah.", "killing", "Armed clash"),
    # military aircraft shot down are a fight with the force that flies them, whoever else the sentence names
    ("Pakistan said the strikes had killed 26 civilians and that its forces had shot down five Indian fighter jets.",
     "shot", "Armed clash"),
    # casualties of an attack repelled are the fight's, not the neighbouring drone strike's
    ("A drone strike hit a funeral gathering in El Obeid, killing at least 40 people.\n\nThe army said it had "
     "repelled an RSF attack on the town of Bara and killed dozens of fighters.", "killed", "Armed clash"),
    # a toll participle takes its act's own means, not the next sentence's drones
    ("Russian forces pounded the city of Zaporizhzhia overnight, killing five people, the governor said. Ukraine's "
     "air force said it had shot down 84 of 100 drones.", "killing", "Shelling/artillery/missile attack"),
    ("Myanmar's military has bombed a Buddhist festival in central Sagaing region, killing at least 24 people.",
     "killing", "Air/drone strike"),
    # a group with no aircraft that bombs plants bombs, and its toll is theirs
    ("Two shopping malls in Zamboanga were bombed by Abu Sayyaf rebels, killing six and wounding 150 others.",
     "bombed", "Remote explosive/landmine/IED"),
    ("Two shopping malls in Zamboanga were bombed by Abu Sayyaf rebels, killing six and wounding 150 others.",
     "killing", "Remote explosive/landmine/IED"),
    # a toll in a later paragraph's neighbourhood keeps its own paragraph's means (none: a ship's crew, whom
    # the dictionary codes civilians, attacked)
    ("Four crew members of the ship were killed, the mission said.\n\nIsrael carried out air strikes on three ports "
     "on Monday.", "killed", "Attack"),
    # a toll of shots fired is theirs, not the landmine the sentence before names
    ("A landmine wounded two Thai soldiers patrolling the border. Cambodia said Thai troops had fired into a border "
     "village on Wednesday, killing one civilian.", "killing", "Attack"),
])
def test_what_went_off_names_the_means(text: str, word: str, sub: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text == word)
    assert e.acled is not None and e.acled.sub_event_type == sub


@pytest.mark.slow
@pytest.mark.parametrize("text, word, sub", [
    # attackers leaving after their own raid hand no ground over; troops pulling out of a town do
    ("The militants overran the base and stormed several security posts before withdrawing.", "withdrawing", None),
    ("Gunmen attacked the village and then withdrew.", "withdrew", None),
    ("Government troops withdrew from the town without a fight.", "withdrew", "Non-violent transfer of territory"),
    # gangs that storm towns and burn police stations are political violence, as ACLED codes Haiti's
    ("Gangs attacked the town of Mirebalais on Monday, freeing 500 inmates. The gangs burned a police station and "
     "the town hall.", "burned", "Looting/property destruction"),
    # a parliament blocking a decree is no street protest, whatever crowds gathered outside
    ("The president lifted martial law hours after declaring it, as parliament voted unanimously to block the "
     "decree and thousands of protesters gathered outside the National Assembly.", "block", None),
    # an act that set the protests off is coded as itself, and the protests it sparked as theirs
    ("The killing of the mayor of Uruapan earlier this month prompted protests across Michoacan.", "killing",
     "Attack"),
    ("The killing of the mayor of Uruapan earlier this month prompted protests across Michoacan.", "protests",
     "Peaceful protest"),
    ("Police shot dead a student on Monday, sparking protests across the city.", "shot", "Attack"),
    ("Police shot dead a student on Monday, sparking protests across the city.", "protests", "Peaceful protest"),
    ("Protesters rallied after police shot dead a student.", "shot", "Attack"),
    ("Police shot dead two protesters on Monday.", "shot", "Excessive force against protesters"),
    # weapons seized name no later act's means
    ("Troops seized 15 rifles, a grenade launcher and an armoured pickup truck.\n\nThe killing of the mayor of "
     "Uruapan earlier this month prompted protests across Michoacan.", "killing", "Attack"),
    # civilians a clause ties to armed men are still civilians; a place a clause says was fought over is a fight
    ("Rights groups have accused the army of executing civilians suspected of collaborating with the militants.",
     "executing", "Attack"),
    ("ISIS launched another assault on the village, which ended after their frontlines were fractured by the Syrian "
     "Armed Forces.", "launched another assault", "Armed clash"),
    # people an armed group captures are abducted, whatever word names the group
    ("The militiamen also captured several police officers, the official said.", "captured",
     "Abduction/forced disappearance"),
    # a village raided by militants is attacked; a raid by police is a search
    ("The militants raided the village on Tuesday night, burning homes.", "raided", "Attack"),
    ("Police raided the offices of the newspaper.", "raided", None),
    # shots name their own means, whatever explosives the sentence or the next one names
    ("A boy was killed by Israeli fire in the village. The military said its forces had returned fire after "
     "militants threw explosives at them.", "killed", "Attack"),
    ("A boy was killed by Israeli fire in the village. The military said its forces had returned fire after "
     "militants threw explosives at them.", "returned", "Armed clash"),
    # air strikes of what others did before or after are no means of the storming
    ("Al Shabaab fighters stormed a military base on Tuesday, killing at least 10 soldiers before government forces "
     "backed by foreign air strikes drove them back.", "stormed", "Armed clash"),
    # forces pulling back from villages hand ground over; inmates rioting do not demonstrate
    ("Ukrainian forces pulled back from two villages in the eastern Donetsk region.", "pulled",
     "Non-violent transfer of territory"),
    ("At least 31 inmates were killed in a riot at a prison in the city of Machala on Sunday.", "riot", "Mob violence"),
    # escaped inmates recaptured are detained, not ground retaken
    ("Fourteen inmates escaped and eight were recaptured.", "recaptured", "Arrests"),
    # the toll of a crackdown on protests is the state's force
    ("A court sentenced the former prime minister to death for ordering a deadly crackdown on student-led protests "
     "last year that killed hundreds of people.", "killed", "Excessive force against protesters"),
    # people militants detain or round up are abducted; forces with a state's name for them arrest
    ("The militants rounded up the farmers as they worked in their fields and shot them.", "rounded",
     "Abduction/forced disappearance"),
    ("Militants detained two aid workers on Monday.", "detained", "Abduction/forced disappearance"),
    ("Forces loyal to Khalifa Haftar arrested a journalist in Benghazi.", "arrested", "Arrests"),
])
def test_who_does_it_decides_the_acled_kind(text: str, word: str, sub: str | None) -> None:
    e = next(e for e in _code(text) if e.trigger.text == word)
    assert (e.acled.sub_event_type if e.acled else None) == sub


@pytest.mark.slow
def test_a_paragraph_s_last_sentence_borrows_no_means_from_the_next() -> None:
    """The pipeline's chunks hold whole paragraphs, so a sentence may end with its paragraph's
    line break: the next paragraph's helicopters are still another act's."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    text = ("NIAMEY, Nov 17 (Reuters) - Jihadist fighters killed at least 22 soldiers in an attack on an army post "
            "near Niger's border with Burkina Faso on Sunday, the defence ministry said, the deadliest assault on the "
            "army this year.\n\nThe ministry said the attackers, who arrived on motorcycles, also stole weapons and set "
            "fire to vehicles before fleeing towards Burkina Faso. Army helicopters pursued the assailants and killed "
            "dozens of them, it added.\n")
    events = process_batch([Article(id="t", text=text, published="2026-11-17")])[0].events
    first = min((e for e in events if e.trigger.text == "killed"), key=lambda e: e.trigger.start)
    assert first.acled is not None and first.acled.sub_event_type == "Armed clash"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # the toll of a fight, told of "people", is the fight's
    ("Armed groups exchanged heavy fire with a rival militia in Tajoura overnight, killing at least six people.",
     "Armed clash"),
    ("Rebels attacked an army base near Goma on Monday, killing at least six people.", "Armed clash"),
    # civilians named as the toll, or a village attacked, stay an attack on civilians
    ("Rebels attacked a village near Goma on Monday, killing at least six people.", "Attack"),
    # attackers killed and combat vehicles destroyed are the fight's
])
def test_a_fights_toll_is_the_fight(text: str, sub: str) -> None:
    evs = [e for e in _code(text) if e.trigger.text == "killing"]
    assert evs and evs[0].acled is not None and evs[0].acled.sub_event_type == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    ("The army said its troops had repelled an attack by RSF fighters and destroyed several combat vehicles.",
     "Armed clash"),
    # an army base or a checkpoint destroyed is still property destroyed
    ("Militants destroyed a police checkpoint.", "Looting/property destruction"),
])
def test_arms_of_war_destroyed_in_a_fight(text: str, sub: str) -> None:
    evs = [e for e in _code(text) if e.trigger.text == "destroyed"]
    assert evs and evs[0].acled is not None and evs[0].acled.sub_event_type == sub


@pytest.mark.slow
def test_attackers_killed_are_the_other_side_of_a_fight() -> None:
    evs = _code("Armed men attacked the stock exchange building on Monday, and four of the assailants were killed, "
                "police said.")
    by = {e.trigger.text: e.acled.sub_event_type for e in evs if e.acled is not None}
    assert by == {"attacked": "Attack", "killed": "Armed clash"}


@pytest.mark.slow
def test_a_standing_hold_is_no_change_of_hands() -> None:
    evs = _code("Aoun asked Washington to pressure Israel to withdraw from five hilltop positions it still occupies.")
    occupies = next(e for e in evs if e.trigger.text == "occupies")
    assert occupies.acled is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    ('The defence ministry said troops had "neutralised" 40 attackers near the border.', "Armed clash"),
    ("Engineers neutralised a bomb near the market.", None),
])
def test_neutralised_fighters_not_bombs(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), [
    ("The government revoked the operating licences of six international airlines.", "172"),
    ("A judge issued a warrant for the arrest of the former president.", "115"),
])
def test_licences_revoked_and_warrants_issued(text: str, code: str) -> None:
    assert code in [e.cameo for e in _code(text)]


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    # a toll a fight took is the fight's, whatever air strikes the sentence names
    ("Israel carried out airstrikes on government tanks near Sweida in July, when sectarian fighting killed hundreds "
     "of people.", "killed"),
    ("Airstrikes hit the town on Monday, and clashes between rival militias killed 12 people.", "killed"),
    # fighting told in a clause about the place is a clash, not the air strike of the main clause
    ("The army said its aircraft struck rebel positions in the region, where fighting has intensified in recent "
     "weeks.", "fighting"),
])
def test_a_fight_is_a_clash_beside_an_air_strike(text: str, trigger: str) -> None:
    ev = next(e for e in _code(text) if e.trigger.text.startswith(trigger))
    assert ev.acled is not None and ev.acled.sub_event_type == "Armed clash"


@pytest.mark.slow
@pytest.mark.parametrize("text, sub", [
    # a convoy escorted by soldiers is a fight with its escort; a convoy alone is hit
    ("Jihadists ambushed a convoy of fuel tankers escorted by Malian soldiers near Kati on Tuesday.", "Armed clash"),
    ("Jihadists ambushed a convoy of fuel tankers near Kati on Tuesday.", "Attack"),
])
def test_an_escort_makes_the_target_armed(text: str, sub: str) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, sub", [
    # a state's note of protest names no demonstrators
    ("A Chinese coast guard vessel fired a water cannon at a Philippine fisheries ship on Tuesday. The Philippines "
     "summoned China's ambassador to protest the incident.", "fired", None),
    # an attack on tourists is an attack on civilians, whatever fight the main clause names
    ("The two countries fought a brief conflict in May after an attack on tourists in Pahalgam killed 26 people.",
     "killed", "Attack"),
])
def test_acled_of_the_third_batch(text: str, trigger: str, sub: str | None) -> None:
    ev = next(e for e in _code(text) if e.trigger.text == trigger)
    assert (ev.acled.sub_event_type if ev.acled else None) == sub
