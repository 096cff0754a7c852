"""Issue 4: ACLED sub-event types decided by the codebook's definitions of who did what: agreements
(treaties, peace talks, surrenders), arrests at demonstrations, and changes to a group's activity.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from test_coding_acled import _acled


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # leaving a treaty is about the agreement; leaving a town hands over ground
    ("The country formally withdrew from the arms control treaty on Friday.", "Agreement"),
    ("Troops withdrew from the town on Friday.", "Non-violent transfer of territory"),
    # ACLED lists peace talks and surrenders among its agreements; talks on trade are diplomacy
    ("The rebel movement opened peace talks with the government on Monday.", "Agreement"),
    ("The foreign ministers held talks on trade in Paris.", None),
    ("A unit of rebel fighters surrendered to the army near the river.", "Agreement"),
    # demonstrators detained at their demonstration: an intervention; activists or organisers
    # detained with no demonstration under way: arrests
    ("Police detained hundreds of demonstrators in the main square on Saturday.", "Protest with intervention"),
    ("Police detained several students while they were trying to hold a rally outside the ministry.",
     "Protest with intervention"),
    ("The authorities violently crushed the rally, detaining dozens of students.",
     "Excessive force against protesters"),
    ("Officials said 300 activists have been arrested in the province since May.", "Arrests"),
    ("The security service keeps arresting people who organise the weekly marches.", "Arrests"),
])
def test_acled_codebook(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # ACLED's change to group/activity: a new armed unit, military aircraft entering another
    # state's air defence zone or airspace; a coalition government or a human chain is no unit
    ("The army has formed a new drone brigade in the eastern region.", "Change to group/activity"),
    ("The rebels formed a new battalion at their base in the hills.", "Change to group/activity"),
    ("New reserve units have been formed in three northern districts.", "Change to group/activity"),
    ("Six military aircraft entered the country's air defence identification zone on Tuesday.",
     "Change to group/activity"),
    ("Two fighter jets violated the country's airspace near the border on Sunday.", "Change to group/activity"),
    ("The opposition parties formed a coalition government on Monday.", None),
    ("The students formed a human chain around the school.", None),
])
def test_acled_change_to_group(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # police chasing or dragging demonstrators intervene in the demonstration
    ("Riot police chased students during a march against the new tax in the capital.",
     "Protest with intervention"),
    # demonstrators breaking into a building: a violent demonstration, whatever the police did
    ("Police used tear gas to disperse farmers who broke into the regional governor's office.",
     "Violent demonstration"),
    # attacks in which property was looted and no one was hurt: looting/property destruction
    ("Nobody was held after the attacks in the township, in which about thirty shops were looted on Friday.",
     "Looting/property destruction"),
    # a mob is no demonstration; a campaign of burning by the army and vigilantes is no mob's
    ("A mob set fire to the mayor's house on Friday.", "Mob violence"),
    ("Witnesses say soldiers and local vigilantes have waged a campaign of burning aimed at driving villagers out.",
     "Looting/property destruction"),
])
def test_acled_protest_and_property(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # arrests that are how a demonstration was put down take the demonstration's sub-event type
    ("The regime brutally crushed the peaceful march, detaining and beating hundreds of people.",
     "Excessive force against protesters"),
    # demonstrators killed during clashes, by no one named: a violent demonstration; shot by the
    # police at a peaceful sit-in, or peaceful demonstrators killed: excessive force
    ("Three demonstrators were killed during clashes with the police in the capital on Sunday.",
     "Violent demonstration"),
    ("Three demonstrators were shot dead by police during a peaceful sit-in on Sunday.",
     "Excessive force against protesters"),
    ("Three peaceful demonstrators were killed in the capital on Sunday.", "Excessive force against protesters"),
    # fire fighters are no armed fighters: an accident stays an accident
    ("Several gas cylinders exploded in a garage fire on Monday, and fire fighters rescued two dogs.", None),
])
def test_acled_force_and_accidents(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # militants' attack on villages is an attack, whoever reported it; a mob's is mob violence,
    # also on men accused of a crime (ACLED codes mob justice)
    ("Militants attacked two villages in the north, killing 12 people, according to local vigilantes.", "Attack"),
    ("A mob attacked two men accused of theft in the market.", "Mob violence"),
    # what fired the missile decides: an aircraft's is an air strike
    ("Warplanes fired missiles at a group of young men near the border town.", "Air/drone strike"),
    # an attack carried out by abducting people is an abduction
    ("Unidentified gunmen attacked a staff housing estate near the college, abducting two women.",
     "Abduction/forced disappearance"),
    # bases set up ("bases", which the small model reads as "basis"); a basis for talks is no base
    ("Turkish ground forces have set up two military bases in the district.", "Headquarters or base established"),
    ("The two sides established a basis for further talks.", None),
])
def test_acled_attackers_and_means(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # ground taken with no fight, however the sentence words it, changed hands non-violently
    ("Government troops took control of three villages in the valley without getting involved in any armed clashes.",
     "Non-violent transfer of territory"),
    ("Rebels seized the town, meeting no resistance from the police.", "Non-violent transfer of territory"),
    # "no" that is not about the fighting leaves a capture a capture
    ("Rebels captured the town after days of heavy fighting with no sign of a ceasefire.",
     "Non-state actor overtakes territory"),
])
def test_acled_territory_without_fighting(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # demonstrations named by their form: sit-ins, die-ins, pickets, taking to the streets
    ("Activists staged a sit-in outside the ministry on Monday.", "Peaceful protest"),
    ("Students participated in a die-in outside the city hall on Friday.", "Peaceful protest"),
    ("Nurses picketed the hospital over unpaid wages on Tuesday.", "Peaceful protest"),
    ("Hundreds of people took to the streets of the capital on Sunday to denounce the new law.", "Peaceful protest"),
    ("The president took a walk in the streets.", None),
    # sit-ins broken up ("broke-up", "dispersal"): the authorities intervened
    ("Soldiers broke-up sit-ins in front of the provincial offices in three towns on Monday.",
     "Protest with intervention"),
])
def test_acled_protest_forms(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # accidents and ordinary crime are no ACLED events
    ("A gas explosion at a restaurant killed five people in the city centre on Saturday.", None),
    ("Police arrested three men suspected of robbing a bank in the capital.", None),
    ("Police arrested two attackers who robbed a bank in the capital.", None),
    # old or unexploded ordnance going off: a remote explosive, not shelling
    ("An old mortar shell exploded while children were playing with it, killing two.",
     "Remote explosive/landmine/IED"),
    ("Two shepherds were killed when unexploded ordnance went off in a field near the village.",
     "Remote explosive/landmine/IED"),
    ("Rebels fired mortar shells at the army base on Monday.", "Shelling/artillery/missile attack"),
])
def test_acled_accidents_crime_and_ordnance(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # those detained in the next sentence are the marchers; elsewhere "them" are no demonstrators
    ("Hundreds of students marched to parliament on Tuesday. Police detained 15 of them.",
     "Protest with intervention"),
    ("Police raided the offices of the newspaper on Tuesday. They detained two of them.", "Arrests"),
    # demonstrators blocking a road intervene in nothing (with burning tyres it is their own
    # violence, as ACLED's codebook counts road-blocking with burning tires); police blocking a march do
    ("Protesters blocked the main highway with burning tyres on Thursday.", "Violent demonstration"),
    ("Protesters blocked the main highway on Thursday.", "Peaceful protest"),
    ("Protesters marched to the ministry on Monday. Police blocked the march at the bridge.",
     "Protest with intervention"),
    # rival crowds with sticks and stones are a mob; militiamen and soldiers an armed clash
    ("Supporters of two rival parties clashed with sticks and stones in the town centre.", "Mob violence"),
    ("Militiamen clashed with soldiers using machetes and rifles near the village.", "Armed clash"),
])
def test_acled_who_intervened(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # armed men looting: political violence though a warehouse (an accident word) burned
    ("Armed men looted shops and burned a warehouse in the market town.", "Looting/property destruction"),
    # an armed group halting its operations changes its activity; a charity's operations are no
    # armed group's
    ("The armed group announced it was suspending all military operations.", "Change to group/activity"),
    ("The rebels halted their offensive on the northern city.", "Change to group/activity"),
    ("The government suspended the operations of two foreign charities.", None),
])
def test_acled_looting_and_halts(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # reinforcing a campaign moves no troops; reinforcing positions does
    ("The boycott was aimed at reinforcing their campaign against the new law.", None),
    ("Troops reinforced their positions around the airport.", "Change to group/activity"),
    # police dragging demonstrators away intervene
    ("Protesters sat in the road and chanted slogans as police struggled to drag them away.",
     "Protest with intervention"),
])
def test_acled_reinforce_and_drag(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # talks planned or failed are no agreement; a truce agreed and prisoners released under a
    # deal are
    ("Peace talks between the government and the rebels collapsed on Friday.", None),
    ("The two sides will hold peace talks in Geneva next month.", None),
    ("The warring parties agreed to a 72-hour truce starting on Sunday.", "Agreement"),
    ("The government released 200 prisoners as part of the peace deal.", "Agreement"),
    # fighters surrendering to the other side agree; weapons handed in are a disarmament
    ("The rebels surrendered their weapons to the peacekeepers on Saturday.", "Change to group/activity"),
    # a headquarters moved is a change in the group's activity
    ("The army moved its regional headquarters to the northern city.", "Change to group/activity"),
])
def test_acled_agreements_made_or_not(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # arrests made while dispersing the march of the sentence before are an intervention
    ("Thousands marched through the capital on Friday. Police fired tear gas and arrested 40 people.",
     "Protest with intervention"),
    # what the demonstrators did themselves is no intervention
    ("Farmers blocked roads in a peaceful protest against fuel prices.", "Peaceful protest"),
])
def test_acled_intervention_is_the_states(text: str, sub: str | None) -> None:
    assert _acled(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub"), [
    # armed forces taking a place, with or without a fight; a job or a bus is no place taken
    ("Rebels took the town on Sunday after a week of fighting.", "Non-state actor overtakes territory"),
    ("The army took over the abandoned rebel base without a fight.", "Non-violent transfer of territory"),
    ("She took a position at the bank last year.", None),
    ("Tourists took the bus to the city.", None),
])
def test_acled_places_taken(text: str, sub: str | None) -> None:
    assert _acled(text) == sub
