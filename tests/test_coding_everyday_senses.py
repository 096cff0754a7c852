"""Everyday senses of event words in local news (issue 4): a goal met, a class attended, a report
contributed to, a car that struck a tree, a basis one can demonstrate, a burn ban. GDELT codes such
lines as meetings, aid and attacks; these tests hold that they give no event, while the political
senses of the same words still do. Sentences written for the tests, real spaCy model."""
from __future__ import annotations

import pytest
from parsing import code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("Alan, 79, strikes out in marathon.", "strikes"),
    ("Only one of 22 cabinet agencies met the 15 percent spending goal.", "met"),
    ("Harden attended fourth grade at the magnet school.", "attended"),
    ("Staff writers Sandy Hodson and Adam Folk contributed to this report.", "contributed"),
    ("The car left the road and struck several trees.", "struck"),
    ("A pickup truck struck a pedestrian on Main Street.", "struck"),
    ('"I hope they have a factual basis that they can demonstrate," the lawyer said.', "demonstrate"),
    ("The study demonstrated that the vaccine works.", "demonstrated"),
    ("The veteran swimmer is planning to give himself a birthday present.", "give"),
    ("Keenan thought about releasing to the public the investigative file on the case.", "releasing"),
    ("County lifts burn ban.", "burn"),
    ("Anybody in the county is allowed to burn.", "burn"),
    ("Local leaders told parents that the vaccines would cause AIDS.", "AIDS"),
    ("The poultry farm had more than 160,000 birds killed after they were infected.", "killed"),
    ("Durr pulled out a knife with a black handle.", "pulled"),
    ("His airbags did deploy when he lost control of his car.", "deploy"),
    ("Firefighters cut the door and the roof from his car.", "cut"),
    ("Efforts last year failed to halt the disease.", "halt"),
    ("The bill stems from a legal battle that arose in 2005.", "battle"),
    ("The two economies are locked in a trade war.", "war"),
    # games: two sports words, one only a game report uses, and nothing armed
    ("Biggers beat London goalie Trevor Cann with a backhand on a shorthanded breakaway.", "beat"),
    ("The Panthers rallied from an early ten point deficit to win the tournament.", "rallied"),
    ("The councilman died Wednesday after a long battle with lung cancer.", "battle"),
    ("The March of Dimes works to improve the health of babies.", "March"),
    ("Visitors can learn new skills during timed cooking demonstrations.", "demonstrations"),
    ("The town will host an annual biker rally in May.", "rally"),
    ("Local volunteers join flood fighting effort in Fargo.", "fighting"),
    ("He walked out the back door and headed west.", "walked"),
    ("Utility workers found debris blocking a sewer line.", "blocking"),
    ("She was fired as county manager in September.", "fired"),
    ("Facing a backlash from council members, Hume withdrew his request.", "withdrew"),
    ('"I hope they have a factual basis that they can demonstrate for their allegations," the lawyer said.',
     "demonstrate"),
    # deaths and wounds dealt by a disease, a disaster or an accident are no use of force
    ("H5N1 has killed two other Egyptian women this week.", "killed"),
    ("A cholera epidemic has killed at least 80 people since March.", "killed"),
    ("978 people have been killed by a cholera epidemic in Zimbabwe.", "killed"),
    ("At least 30 people were killed in the earthquake.", "killed"),
    ("Eleven passengers were injured in the collision.", "injured"),
    ("The flooding has now struck more than four million people.", "struck"),
    # a warning of a natural or health risk threatens no one
    ("Experts warned that a bird flu epidemic would deprive the population of protein.", "warned"),
    ("Forecasters have warned of more wild weather for Queensland.", "warned"),
    ("The United Nations has warned that 750,000 people could be hit by heavy flooding.", "warned"),
    ("The agency issued a warning of heavy floods in the north.", "issued"),
    ("Officials placed Mexico City on alert because of the flu outbreak.", "alert"),
    ("Maybe Wednesday's tornado drill will remind people to make plans.", "drill"),
    ("Such a mutation could kill millions of people around the globe.", "kill"),
    # products recalled, a memory recalled, a convict sent to jail, soldiers on parade
    ("The company is recalling shelled pistachios sold in 10-ounce bags.", "recalling"),
    ('"It went really fast," Kristina recalled.', "recalled"),
    ("He was convicted of fraud and sent to jail.", "sent"),
    ("The soldiers marched down the avenue as locals cheered.", "marched"),
    ("Williams could give Greene a real run for his money.", "give"),
    ("Peres gave Clinton a kiss on the cheek.", "gave"),
    # press releases, home invasions, receptions, pleas, prison terms, firefighting
    ("The suspect was taken into custody, police said in a press release.", "release"),
    ("The lab was found in a vehicle after the alarm went off, the release said.", "release"),
    ("Witnesses saw a sedan in the area shortly before the home invasion.", "invasion"),
    ("That statement was met with much applause from the audience.", "met"),
    ("Clark pleaded guilty to first-degree murder.", "pleaded"),
    ("Firefighters launched an initial attack on the flames through the kitchen.", "attack"),
    ("The disease has been declining in the EU since restrictions were put in place.", "declining"),
    ("Officials predicted that the number of infections will decline to around 60,000.", "decline"),
    # notices: a number to call, a website to visit; "given that" is a conjunction
    ("For more information, call 668-4539 or visit the website.", "call"),
    ("For tickets, call Gordy or Linda at (908) 782-6983.", "call"),
    ("Visit www.marchforbabies.org for more information.", "Visit"),
    ("Given that, the leader said education cuts may be moderated.", "Given"),
    ("The move gave them time to grieve.", "gave"),
    # a participle describing a noun is a state, not an event
    ("Settlers moved into the occupied West Bank.", "occupied"),
    ("The regime used internationally banned cluster munitions.", "banned"),
    ("Aid to besieged areas has been blocked for months.", "besieged"),
    # a cable severed, a blow delivered, people marched out by the police
    ("He was at home watching television when his cable was severed.", "severed"),
    ("The Russian Air Force delivered a lethal blow to the group's leadership.", "delivered"),
    ("The police would raid these places and march the clients out.", "march"),
    ("I was frog-marched out of the prosecutor's office.", "marched"),
    ("The suspects were marched to the police station.", "marched"),
    # an accident's or the waters' toll, a pesticide sprayed, a market's demand
    ("A motorcycle wreck on Rivers Avenue killed a passenger.", "killed"),
    ("Thousands of homes have been destroyed by the waters.", "destroyed"),
    ("The city hired a pesticide specialist to spray the fields twice a week.", "spray"),
    ("Due to a high demand, only advance tickets will be sold.", "demand"),
    # a disaster named by the relative pronoun of its clause
    ("China is dealing with a magnitude-7.9 earthquake which hit the country Monday and has killed almost 15,000.",
     "killed"),
    ("The recent E. coli outbreak that killed three people sickened nearly 200.", "killed"),
    ("State health officials issued an alert after an outbreak of cholera killed over 60 people.", "issued"),
    ("Four people have died from typhoid and over 526 have been stricken since August 22.", "stricken"),
    # pay frozen, a three-pointer shot, an area cordoned off by officials
    ("The university said it would freeze the pay of its president.", "freeze"),
    ("He was always ready to shoot a three-pointer.", "shoot"),
    ("Officials have blocked off an area around the site where the swan was found.", "blocked"),
    # struck by a sight or a thought is impressed
    ("I was struck by how calm the city was.", "struck"),
    ("Visitors are struck by the beauty of the old town.", "struck"),
    ('The "Adamek Bomb" ignited an eight match winning streak that saw the team build a 28-10 lead.', "Bomb"),
    # resistance met, a toll given; a hyphenated word's first half names a kind, not an event
    ("The battalions attacked a hamlet, meeting heavy resistance.", "meeting"),
    ("Warplanes destroyed rebel positions, the army said, without giving any casualty toll.", "giving"),
    ("Police found bomb-making materials in the house.", "bomb"),
    ("Aid reached the war-torn country on Monday.", "war"),
    # prices shooting up, people sent fleeing, an air crash's toll
    ("The price of Yukos shares shot up by 3.9 percent in Moscow trading.", "shot"),
    ("Clashes sent panicked residents into hiding.", "sent"),
    ("The fighting sent thousands of people fleeing.", "sent"),
    ("The airliner hit a television antenna and crashed, killing 148 people.", "killing"),
    ("The ferry capsized off the coast, killing 40 passengers.", "killing"),
    ("The pilgrims went to the site early to beat the crowds.", "beat"),
    ("Arku broke the deadlock on 33 minutes, before a brace from Amin sealed the win with a 90th minute strike.",
     "strike"),
    # information given is no aid; a disaster's verb with its subject on the verb before it
    ("This is an active investigation and we will provide more information as it becomes available.", "provide"),
    ("The flooding in Pakistan has spread and has now struck more than four million people.", "struck"),
    ("A cholera epidemic sweeping across the country has worsened the situation, killing at least 80 people.",
     "killing"),
    # "give" is aid only when what is given is: not a goodie bag, a deposition or a lead
    ("After lunch, they were given an upscale goodie bag.", "given"),
    ("Devine is the only council member to give a deposition so far.", "give"),
    ("The win gave the Royals a 15-0 team lead.", "gave"),
    # a date is no time limit: "this week" is not "gave them a week"
    ("Meredith repeated the message he gave in interviews this week.", "gave"),
    # a person fired is dismissed
    ("The mayor fired John Smith at the meeting.", "fired"),
    ("He was fired on Monday after the audit.", "fired"),
    # what one contributes to as a cause, what one meets as a goal
    ("Studies have shown that sweetened drinks contribute to obesity among adults.", "contribute"),
    ("He played an important role in helping Georgia meet its aspirations for peace.", "meet"),
    # taken to hospital, a forecast, a town's rules, a name withheld, an agency's name
    ("Almost 50 students were sent to two other hospitals.", "sent"),
    ("The forecast for the weekend calls for mostly cloudy skies.", "calls"),
    ("No permit will be issued while there are fire code violations against the property.", "violations"),
    ("Police declined to identify the suspect.", "declined"),
    ("Officers from the Florida Highway Patrol arrived at the scene.", "Patrol"),
    ("The new tower blocks the view of the harbour.", "blocks"),
    # borders, roads and rivers that meet hold no meeting
    ("The proposal calls for the two cities' borders to meet at the crossing.", "meet"),
    ("The two rivers meet near the town.", "meet"),
    # a statement in a clause of its own is no event either
    ("She said the money came from the fund, and she declined to say how much had been spent.", "declined"),
    ("A police official who declined to be named said the shooting occurred in the province.", "declined"),
    ("The parasite evolved a counter measure, effectively blocking human innate immunity.", "blocking"),
    ("The soldiers tried to block the water channels to protect the crops.", "block"),
    # a road collision, named by the vehicles or their makes; water sent cascading
    ("The Oldsmobile was unable to stop before striking the Toyota.", "striking"),
    ("She was struck by an SUV driven by a neighbor.", "struck"),
    ("The old mine overflowed, sending thousands of gallons of water cascading across the road.", "sending"),
    # a search executed, people killed by a disease
    ("Officers went to an address on Browning Street to execute a narcotics search.", "execute"),
    ("The number of people killed in the region from the disease has increased to 19.", "killed"),
    ("Malaria is found in 90 countries and has killed two million people.", "killed"),
    # carbon captured, a suicide with no attack around it
    ("The pilot plant will capture about 1,800 tons of carbon dioxide a year.", "capture"),
    # animals captured, also when the object is shared with the next verb
    ("Rangers captured a 12-foot alligator in a pond near Tampa.", "captured"),
    ("Frank Buck concentrated on capturing and preserving the world's wildlife.", "capturing"),
    ("The group has a practice of guiding people who want to kill themselves.", "kill"),
    # a fire with no one named who set it
    ("A fire destroyed the roof of a Main Street multi-family home on Tuesday.", "destroyed"),
    # samples, bottles and packages sent are no aid
    ("Samples from the swan were sent to the laboratory at Weybridge.", "sent"),
    ("A bottle of the product was sent to a customer in Birmingham.", "sent"),
])
def test_everyday_sense_is_no_event(text: str, word: str) -> None:
    assert not [e for e in code_text(text) if word in e.trigger.text]


@pytest.mark.parametrize("text, word, cameo", [
    ("The senator struck out at his critics.", "struck", "111"),
    ("North Korea demonstrated its missile capabilities.", "demonstrated", "150"),
    ("Thousands demonstrated in Khartoum against the military.", "demonstrated", "141"),
    ("Militants burned three schools in the district.", "burned", "180"),
    ("Putin met Erdogan in Sochi on Monday.", "met", "043"),
    ("Rebels struck an army base near the border.", "struck", "190"),
    ("The convoy was struck by a roadside bomb near Kandahar.", "struck", "190"),
    ("Turkey recalled its ambassador from Vienna.", "recalled", "161"),
    ("Rebels shot down a military helicopter.", "shot", "190"),
    ("The army shot down a drone near the border.", "shot", "1711"),
    ("The man was found shot down in front of his house.", "shot", "190"),
    ("The EU sent aid to the refugees.", "sent", "070"),
    ("Iran declined the offer of talks.", "declined", "120"),
    ("The general had given the Pentagon permission to use the airspace.", "given", "070"),
    ("Putin visited Ankara on Monday.", "visited", "042"),
    ("Israel occupied the West Bank in 1967.", "occupied", "192"),
    ("Morocco severed ties with Iran.", "severed", "161"),
    ("The EU froze the assets of ten officials.", "froze", "160"),
    ("Protesters blocked off the main road to the airport.", "blocked", "144"),
    ("The UN delivered food to the besieged town.", "delivered", "070"),
    ("An attacker on a motorcycle fatally shot rubber tapper Waema, 64, in Yala province.", "shot", "190"),
    ("The rebels released 20 hostages on Monday.", "released", "0841"),
    ("The minister pleaded for international aid.", "pleaded", "020"),
    ("Militants launched an attack on the army base.", "attack", "190"),
    ("The government gave the refugees food and blankets.", "gave", "070"),
    ("Germany gave 352 million euros to Ethiopia.", "gave", "070"),
    ("The army gave the rebels 48 hours to leave the town.", "gave", "139"),
    ("The rebels gave up their last positions in the valley.", "gave", "080"),
    ("He was fired upon by soldiers at the checkpoint.", "fired", "190"),
    # a bomber is a plane, a suicide bomber, or whoever set off a bomb
    ("B-52 bombers struck targets near Hanoi.", "struck", "195"),
    ("The first wave of bombers hit the airfields at Kep.", "bombers", "195"),
    ("A suicide bomber killed 12 people in Kabul.", "killed", "1831"),
    ("Two suicide bombers blew themselves up, shortly after another bomber killed four at a camp.", "killed",
     "1831"),
    ("The bomber detonated his car at the checkpoint.", "detonated", "183"),
    ("The UN aids refugees in Chad.", "aids", "070"),
    ("The drug dealer was wounded when policemen returned fire.", "returned", "190"),
    ("Fierce battles raged in the city for a week.", "battles", "190"),
    ("The US halted aid to Egypt.", "halted", "162"),
    ("Gunmen stormed the stadium during a football match.", "stormed", "190"),
    ("Thousands march in Paris against the pension reform.", "march", "141"),
    ("Workers walked out over pay on Monday.", "walked", "143"),
    ("The opposition walked out of the talks.", "walked", "164"),
    ("Protesters blocked the main road to the airport.", "blocked", "144"),
    ("The Democratic majority blocked the resolution.", "blocked", "120"),
    ("The regulator blocked imports from the packer.", "blocked", "163"),
    ("Russia withdrew its troops from the border.", "withdrew", "0874"),
    ("Three soldiers were killed in the attack on the base.", "killed", "190"),
    ("A roadside bomb killed two soldiers near Kandahar.", "killed", "1832"),
    ("The students that demonstrated on Monday were released.", "demonstrated", "141"),
    ("The Syrian army warned it will retaliate against any attack by militants.", "warned", "130"),
    ("Russia warned Ukraine against joining the alliance.", "warned", "130"),
    ("Iran issued a warning to Israel of retaliation.", "issued", "130"),
    ("Troops were placed on high alert along the border.", "alert", "152"),
    ("The army held a drill near the border.", "drill", "152"),
    ("A shoot-out with the police left two dead.", "shoot-out", "193"),
    ("The minister met resistance leaders in Lyon.", "met", "043"),
    ("Rebels launched an offensive on Monday, targeting the town.", "launched", "190"),
    ("Police sprayed water on the protesters.", "sprayed", "175"),
    ("The protesters repeated their demand for reform.", "demand", "100"),
    ("Palestinians shot in the air as the helicopters approached.", "shot", "150"),
    ("Police fired warning shots near the border.", "fired", "150"),
    ("Soldiers fired shots at the crowd.", "fired", "190"),
    ("Gunmen shot up the car outside the station.", "shot", "190"),
    ("The helicopter was hit by a rocket and crashed, killing 15 soldiers.", "killing", "190"),
    ("Two gunmen died in a shootout with the police.", "shootout", "193"),
    ("A car-bomb attack killed five soldiers.", "killed", "190"),
    ("The army sent medical teams to the hospital in Aleppo.", "sent", "070"),
    ("Violations of the truce continued overnight in Idlib.", "Violations", "196"),
    # a vehicle that hits a mine, and gunmen who strike a bus, are no collisions
    ("At least 28 people died when their vehicle hit a landmine near the town.", "hit", "183"),
    ("Gunmen struck a bus carrying pilgrims near Quetta.", "struck", "190"),
    ("Militants executed four hostages in the square.", "executed", "1823"),
    # a suicide that ends an attack is part of it
    ("The student fatally shoots 32 people in a dorm, then kills himself.", "kills", "190"),
    # people captured and executed were abducted, not territory taken
    ("ISIS terrorists captured and brutally executed four fighters of the rival group.", "captured", "181"),
    # a nation's people captured are people, not a place taken
    ("Gunmen captured two Germans in the gorge on Sunday.", "captured", "181"),
    ("Israeli troops captured two Palestinians suspected of being activists.", "captured", "173"),
    # supply lines and roads cut are a blockade, aid cut is aid stopped
    ("The army advanced by cutting the rebels' supply lines from the north.", "cutting", "191"),
    ("Government troops cut the main road to the border town.", "cut", "191"),
    ("The United States cut aid to Egypt.", "cut", "162"),
])
def test_political_sense_is_still_coded(text: str, word: str, cameo: str) -> None:
    assert [e.cameo for e in code_text(text) if word in e.trigger.text] == [cameo]


@pytest.mark.parametrize("text, acled", [
    ("The neighbours' association signed a lease with the drilling company last year.", None),
    ("The selectmen agreed to allocate $4,500 to retain an engineer.", None),
    ("The army and the rebels signed an agreement in Juba on Monday.", "Agreement"),
    ("The two sides agreed a 48-hour truce in three towns.", "Agreement"),
])
def test_acled_agreements_are_between_parties_to_a_conflict(text: str, acled: str | None) -> None:
    events = code_text(text)
    assert events
    subs = {e.acled.sub_event_type if e.acled else None for e in events}
    assert (acled in subs) if acled else subs == {None}


def test_a_causative_has_the_causer_do_it() -> None:
    """ "X had Y killed": Y was killed, X had it done (the parse makes Y the subject)."""
    e = next(e for e in code_text("The warlord had three journalists killed.") if e.trigger.text == "killed")
    assert e.actor1 is not None and e.actor1.text == "The warlord"
    assert e.actor2 is not None and e.actor2.text == "three journalists"


def test_what_someone_is_warned_of_is_not_part_of_them() -> None:
    e = next(e for e in code_text("Iran warned the United States of serious consequences.") if e.trigger.text == "warned")
    assert e.actor2 is not None and e.actor2.text == "the United States"


def test_an_order_given_is_no_aid() -> None:
    assert not [e for e in code_text("A few hours ago I gave an order to the commander.") if e.type == "AID"]


@pytest.mark.parametrize("text, target", [
    ("Police seized 40 kilos of cocaine in Bogota.", None),
    ("Authorities confiscated 300 kg of heroin in Kabul on Monday.", None),
    ("Rebels seized weapons from the army in Goma.", "the army in Goma"),
    ("Police seized the assets of the cartel in Cali.", "the cartel in Cali"),
])
def test_where_goods_are_seized_is_no_target(text: str, target: str | None) -> None:
    """Goods seized belong to someone; the city they were seized in is where, not whom."""
    e = next(e for e in code_text(text) if e.cameo == "1711")
    assert (e.actor2.text if e.actor2 else None) == target


def test_an_envoy_recalled_is_withdrawn_from_where_they_served() -> None:
    e = next(e for e in code_text("Turkey recalled its ambassador from Vienna.") if e.cameo == "161")
    assert e.actor2 is not None and e.actor2.text == "Vienna"


@pytest.mark.parametrize("text, victim", [
    ("Three soldiers killed in ambush.", "Three soldiers"),
    ("Journalists detained in Cairo.", "Journalists"),
])
def test_a_headlines_bare_passive_names_the_victim(text: str, victim: str) -> None:
    e = next(e for e in code_text(text) if e.cameo in ("190", "173"))
    assert e.actor1 is None and e.actor2 is not None and e.actor2.text == victim


@pytest.mark.parametrize("text, actor", [
    ("Soldiers shot at the crowd near the square.", "Soldiers"),
    ("Rebels killed three soldiers.", "Rebels"),
])
def test_an_active_harm_keeps_its_doer(text: str, actor: str) -> None:
    e = next(e for e in code_text(text) if e.type == "ASSAULT")
    assert e.actor1 is not None and e.actor1.text == actor


def test_no_one_injured_is_negated() -> None:
    e = next(e for e in code_text("No one injured in Newberry shooting.") if e.trigger.text == "injured")
    assert e.factuality == "negated"


@pytest.mark.parametrize("text, victim", [
    ("Gunmen killed a senior village administrator in Mogadishu's Yaqshid district.", "a senior village administrator"),
    ("Troops shot and killed a 9-year-old boy in Beitunia.", "a 9-year-old boy"),
    ("Gunmen killed five persons in the village.", "five persons"),
])
def test_a_person_killed_is_the_target_not_the_place(text: str, victim: str) -> None:
    """Everyday words for people (an administrator, a boy, persons) name whom a harm was done to;
    without them the place the sentence names stood in as the target."""
    e = next(e for e in code_text(text) if e.trigger.text == "killed")
    assert e.actor2 is not None and e.actor2.text.startswith(victim)
    assert e.acled is not None and e.acled.sub_event_type == "Attack"
