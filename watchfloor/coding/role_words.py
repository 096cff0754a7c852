"""Word lists of the role finder (``watchfloor.coding.actors``): which words make which phrase
the source or the target of an event.

Plain constants, as spaCy keeps its language data (``spacy/lang/``); the logic that uses them is
in ``actors.py``. The actor dictionary itself (countries, groups, sector nouns) is data in
``watchfloor/data/actors/``.
"""
from __future__ import annotations

import re

# "forces LOYAL TO Haftar", "militants LINKED TO al-Qaeda": the phrase names members of the
# group (or of the leader's group) that follows, and takes its code.
AFFILIATION = {"loyal": {"to"}, "linked": {"to", "with"}, "affiliated": {"to", "with"}, "tied": {"to"},
               "aligned": {"with", "to"}, "belonging": {"to"}, "connected": {"to", "with"},
               "allegiant": {"to"}, "answering": {"to"}, "faithful": {"to"}, "attached": {"to"}}

# "rebels BACKED BY Rwanda", "militias ALLIED WITH the government": the sponsor or ally is
# another party; it does not code the phrase.
SPONSOR = {"backed": {"by"}, "supported": {"by"}, "sponsored": {"by"}, "funded": {"by"}, "financed": {"by"},
           "armed": {"by"}, "trained": {"by"}, "equipped": {"by"}, "allied": {"with", "to"},
           "supplied": {"by"}, "aided": {"by"}, "assisted": {"by"}, "recruited": {"by"}}

# Verbs of giving: whom something goes to is the target before what is given.
GIVE_VERBS = {"give", "provide", "send", "sell", "offer", "deliver", "donate", "supply", "grant", "hand",
              "transfer", "extend", "pledge", "lend", "ship", "return", "deploy", "contribute", "share"}

# Verbs of giving back: what was taken from a party goes back to it ("return weapons seized from
# the army").
RETURN_VERBS = {"return", "restore"}

# Verbs of moving people or things: where they go to or come from is the target.
MOVE_VERBS = {"withdraw", "extradite", "evacuate", "move", "pull", "dispatch", "fly",
              "airlift", "redeploy", "repatriate", "transfer", "send", "deploy"}

# Verbs of moving one's own forces: "troops were deployed" names the actor, not a target.
SELF_MOVE_VERBS = {"deploy", "redeploy", "station", "mobilize", "mobilise", "position", "mass", "dispatch",
                   "send", "move", "amass", "reinforce", "post", "scramble"}

# Verbs of taking goods: what is seized belongs to someone, and the place it was seized in is
# where, not whom ("seized 40 kilos of cocaine IN Bogota" has no target).
SEIZE_VERBS = {"seize", "confiscate", "impound", "intercept", "recover"}

# Verbs whose "of" phrase is the charge, not part of the accused: "accused the police OF brutality"
# (or what someone is warned or told of: "warned the US OF consequences").
CHARGE_VERBS = {"accuse", "suspect", "convict", "acquit", "clear", "absolve", "indict", "warn", "remind", "inform",
                "notify", "assure"}

# Nouns that name what a clause told before them says: "accused Rwanda of sending troops, a CHARGE
# Kigali denied", "said they took the town, a CLAIM the army denied". The verb after one answers the
# claim, and the noun is no part of the phrase before it.
CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "suspicion", "claim", "assertion", "report"})

# Nouns whose "of" phrase is an event told by others ("reports OF killings", "accounts OF
# torture"), and with them those that tell or show one ("evidence of", "footage of"): whoever
# holds the report did not do what it tells.
REPORT_NOUNS = frozenset({"report", "account", "testimony"})
TELLING_NOUNS = REPORT_NOUNS | {"allegation", "claim", "evidence", "footage", "video", "rumour", "rumor", "story",
                                "sign"}

# Agreements, whose participle's place is where they were made, no party nor place of what is done
# under them: "in violation of a peace agreement SIGNED IN WASHINGTON"
PACT_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "deal", "ceasefire", "truce", "declaration",
                        "protocol"})

# Common nouns that name a place, so "in <one of these>" says where the actor is ("fighters in the
# province"); "in a statement", "in reaction" or "in May" do not belong to the actor.
PLACE_NOUNS = {"province", "city", "town", "village", "region", "area", "district", "country", "capital",
               "county", "camp", "prison", "border", "north", "south", "east", "west", "territory", "zone",
               "neighbourhood", "neighborhood", "suburb", "outskirts", "countryside", "governorate", "valley",
               "island", "port", "base", "centre", "center", "street", "square", "parliament", "congress",
               "headquarters", "compound", "embassy", "mosque", "church", "school", "hospital", "market",
               "enclave", "stronghold", "bastion", "position", "outpost", "depot", "facility", "plant", "airport",
               "barracks", "checkpoint", "post", "office", "station", "building", "home", "house", "residence",
               "palace"}

# Nouns that name a facility: where an event is located ("patrolled Venezuela's oil installations"),
# but "the Smith house" is a person's, so a person's name before one is not a place.
FACILITY_NOUNS = frozenset({
    "installation", "facility", "base", "airport", "airbase", "airfield", "headquarters", "hq", "embassy",
    "consulate", "office", "offices", "building", "hotel", "market", "station", "school", "hospital", "mosque",
    "church", "synagogue", "temple", "checkpoint", "bridge", "terminal", "compound", "prison", "jail", "palace",
    "museum", "crossing", "home", "house", "residence", "stadium", "university", "campus", "plant", "refinery",
    "field", "oilfield", "farm", "mine", "parliament", "ministry", "court", "courthouse", "harbour", "harbor", "dam",
    "pipeline", "barracks", "post", "junction", "restaurant", "cafe", "shop", "store", "bar", "club",
    "apartment", "flat", "mall", "roundabout", "bazaar", "college", "academy", "factory", "depot", "warehouse",
    "monastery", "pagoda", "shrine", "convent", "outpost", "hideout",
    # ("a missile hit an apartment BLOCK in Kharkiv": the block, not the city, was hit)
    "block", "complex", "tower", "substation", "shelter",
})

# Verbs of trying, whose infinitive is only attempted ("TRYING to reach Italy")
TRYING_VERBS = frozenset({"try", "attempt", "seek"})

# Decisions and measures one may block or veto, not ways ("blocked THE DECREE", "blocked new EU SANCTIONS")
BLOCKED_MEASURES = frozenset({"decree", "decision", "law", "bill", "measure", "resolution", "motion", "plan",
                              "proposal", "sale", "use", "deal", "appointment", "nomination", "package", "sanction",
                              "budget", "order", "reform", "vote", "legislation", "amendment", "ruling", "move",
                              "release", "transfer", "statement", "declaration", "accession", "membership",
                              "agreement", "treaty"})

# Vehicles an attack can hit: with no party named, what was struck is the target ("ambushed a
# convoy", "bombed a bus in Kabul"), as a building is; sent or seized, a vehicle is the thing moved.
VEHICLE_NOUNS = frozenset({"convoy", "bus", "car", "vehicle", "truck", "lorry", "train", "ambulance", "tanker",
                           "ship", "vessel", "boat", "ferry", "plane", "aircraft", "airliner", "jet", "helicopter",
                           "minibus", "van", "motorcade", "carrier", "freighter", "trawler", "dhow", "yacht",
                           "barge", "skiff", "speedboat", "tugboat", "warship", "frigate", "destroyer", "gunboat",
                           "minivan", "pickup", "motorcycle", "motorbike", "rickshaw", "jeep", "flotilla"})

# Abbreviated titles before a name ("Mr . Erdogan").
TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov",
                       "prof", "rev", "st", "adm", "cpl", "pres"}

# Nouns for a part of something: "parts of Kashmir" is a place as Kashmir is.
PART_NOUNS = {"part", "portion", "section", "rest", "half", "much", "most", "swathe", "stretch"}

# Endings of nouns for people ("spokesman", "leader", "ambassador", "activist", "president").
PERSON_ENDINGS = ("man", "person", "er", "or", "ist", "dent", "counterpart")

# Verbs of harm whose agent a clause of cause may name: "were killed WHEN ISIL launched an attack".
HARM_VERBS = {"kill", "wound", "injure", "hurt", "destroy", "damage"}

# Verbs whose object is an event they set off, which their subject does not do: "the execution
# PROMPTED regional demonstrations", "the arrest sparked clashes", "drew protests"
CAUSING_VERBS = frozenset({"prompt", "trigger", "spark", "provoke", "cause", "fuel", "ignite", "stir", "inspire",
                           "draw", "invite", "precipitate", "unleash", "inflame"})

# Heads of quantity phrases ("dozens of fighters", "three of the hostages"): the "of" noun says who.
QUANTITY_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "several", "some", "many",
                  "most", "all", "both", "each", "none", "number", "majority", "rest", "members", "one", "two",
                  "three", "group", "groups", "remnants", "remnant", "remainder"}

# Nouns that name a party by its relation to another ("its allies", "her colleagues",
# "regional rivals"): people or states an event can be done to, whatever the dictionary knows.
PARTY_NOUNS = {"ally", "colleague", "partner", "rival", "neighbour", "neighbor", "counterpart", "opponent",
               "adversary", "enemy", "foe", "friend", "critic", "supporter", "follower", "member",
               # kin: "gunned down his longtime GIRLFRIEND in a Taco Bell"
               "wife", "husband", "girlfriend", "boyfriend", "fiance", "fiancee", "spouse", "son", "daughter",
               "mother", "father", "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece",
               "grandmother", "grandfather", "grandson", "granddaughter", "relative", "stepfather",
               "stepmother", "stepson", "stepdaughter", "infant", "baby", "toddler"}

# Undertakings done for a host country ("the UN mission in Mali").
MISSION_NOUNS = {"mission", "operation"}

# Verbs that make their object ("build a hospital"): what is made is no target.
CREATE_VERBS = {"establish", "build", "create", "found", "construct", "form", "erect", "install"}

# Event nouns of moving forces: "deployment", "withdrawal".
MOVE_NOUNS = {"deployment", "redeployment", "withdrawal", "pullout", "dispatch", "extradition"}

# Event nouns whose "of" party does the act itself: "the resignation of the president", "the
# surrender of the rebels", "the visit of the Pope".
SELF_EVENT_NOUNS = frozenset({"resignation", "surrender", "defection", "retreat", "departure", "arrival", "visit",
                              "abdication", "capitulation"})

# Verbs whose subject reacts to an event its object names, without doing it: "Algeria is facing
# the redeployment of Libyan forces", "the UN condemned the attack".
REACTION_VERBS = frozenset({
    "face", "confront", "denounce", "condemn", "criticize", "criticise", "deplore", "decry", "welcome",
    "applaud", "praise", "hail", "monitor", "watch", "observe", "witness", "fear", "protest", "oppose",
    "investigate", "probe", "report", "confirm", "document", "record", "describe", "blame", "mourn",
    "survive", "suffer", "endure", "resist", "repel", "repulse", "thwart", "foil", "prevent", "avert",
    "block", "note", "recall", "deny", "dispute", "question", "regret", "lament", "slam", "fault",
    "ban", "prohibit", "outlaw", "forbid",
    # what one expects is not one's own act: "observers anticipate an escalation of attacks"
    "anticipate", "expect", "predict", "forecast", "foresee", "dread",
    # nor what comes before or after it, or a place or time that sees it: "raids that FOLLOWED a
    # stabbing attack", "the town SAW heavy fighting"
    "follow", "precede", "see"})

# Penalties laid "on" a party, which is punished for a deed: "imposed SANCTIONS on five companies
# for supplying weapons" (the companies supplied them, not the sanctioning state).
PENALTY_NOUNS = frozenset({"sanction", "ban", "embargo", "fine", "penalty", "restriction"})

# Nouns for what one party presses on another: who is yielded to, or rebutted, is their author.
PRESSED_NOUNS = {"demand", "accusation", "allegation", "charge", "ultimatum", "criticism", "ban", "embargo"}

# Nouns whose "of/from/by" phrase names who made them: "the call OF the European Parliament".
AUTHORED_NOUNS = {"request", "call", "offer", "appeal", "proposal", "decision", "demand", "invitation", "plea",
                  "bid", "plan", "initiative", "statement", "ruling", "verdict", "order", "resolution", "motion",
                  "petition", "ultimatum", "warning", "claim", "accusation", "allegation", "suggestion", "idea",
                  "recommendation", "application", "complaint", "message", "letter", "speech", "remark", "comment",
                  "report", "communique", "declaration", "tweet"}

# Words of a clause saying what a strike or march is against ("to protest the decision").
PROTEST_WORDS = {"protest", "denounce", "oppose"}

# Event nouns of protest: what they are against is done to whoever made it ("a strike against
# the laws imposed by the government").
PROTEST_NOUNS = {"strike", "protest", "demonstration", "march", "rally", "boycott", "walkout", "sit-in"}

# Verbs of dying: who died of an event noun is what it was done to ("died as a result of torture").
DEATH_VERBS = {"die", "succumb", "perish"}

# Verbs whose object is the doer of the infinitive after it ("urged Iran to free them").
CONTROL_VERBS = {"urge", "ask", "persuade", "invite", "tell", "order", "force", "allow", "call", "press",
                 "encourage", "push", "pressure", "instruct", "direct", "authorize", "authorise", "compel",
                 "oblige", "permit", "enable", "help", "require", "advise", "warn", "beg", "implore", "convince",
                 "pay", "bribe", "hire", "recruit", "incite", "entice", "lure", "coerce", "prompt", "cause", "spur",
                 "provoke"}

# Verbs of helping in a purpose clause ("sent aid to help flood victims").
HELP_VERBS = {"help", "assist", "support", "aid", "benefit"}

# RETREAT verbs whose patient is set free by someone else: "the activist was released" has a
# target (the activist) and an unnamed source.
RELEASE_VERBS = frozenset({"release", "free", "pardon", "parole", "acquit", "exonerate"})

# Verbs that put down an act going on ("disperse the clashes", "break the siege"; not "prevent",
# "avert": what they stop never happened; nor "stop", "halt": "urged the junta to STOP THE
# BOMBING" names no bombing of its own)
PUT_DOWN_VERBS = frozenset({"disperse", "quell", "suppress", "crush", "contain", "break"})
# Nouns of fights between sides: a fight has parties, and where it was is no target of it
FIGHT_NOUNS = frozenset({"fighting", "clash", "clashes", "battle", "firefight", "skirmish", "gunfight", "gunbattle",
                         "hostility", "hostilities", "shootout"})

# Arrest, jail and mistreatment in custody: done by whoever holds the place where they happen.
CUSTODY_WORDS = frozenset({"arrest", "detain", "jail", "imprison", "torture", "abuse", "mistreat", "beat"})
# Where the held are: "remains IN DETENTION", "placed under house ARREST", "six months in PRISON"
HELD_STATES = frozenset({"detention", "custody", "captivity", "prison", "jail", "arrest"})
# Verbs that put one "under" a held state ("PLACED the leader under house arrest")
HOLDING_VERBS = frozenset({"put", "place", "keep", "hold"})
# Verbs of taking people by force ("KIDNAPPED dozens more")
ABDUCT_VERBS = frozenset({"abduct", "kidnap"})

# Removal from a state: with no agent named, the state removed from did it ("were expelled FROM
# North Korea").
EXPULSION_VERBS = frozenset({"expel", "deport"})

# What is fired, launched or dropped: "fired a missile AT the city" - the weapon is the means,
# whatever it hits or is aimed at is the target.
PROJECTILE_NOUNS = {"missile", "rocket", "shell", "mortar", "round", "bullet", "grenade", "bomb", "drone",
                    "projectile", "salvo", "barrage", "volley", "torpedo", "munition", "warhead", "shot",
                    "gas", "canister", "cannon", "artillery", "device", "explosive", "ied", "charge", "mine",
                    "landmine", "vest"}
PROJECTILE_VERBS = {"fire", "launch", "drop", "lob", "hurl", "throw", "shoot", "aim", "direct", "unleash",
                    "detonate", "explode", "plant"}

# Verbs of fighting back an attack: the attacker is the target ("repelled an attack by X").
REPEL_VERBS = {"repel", "repulse", "foil", "thwart", "fend", "beat", "counter"}

# Acts two conjoined subjects do to each other ("X and Y clashed", "exchanged fire", "severed
# ties"): the first is actor1, the second actor2.
MUTUAL_VERBS = {"clash", "fight", "skirmish", "battle", "exchange", "swap", "trade"}
MUTUAL_OBJECTS = {"tie", "ties", "relation", "relations", "relationship", "fire", "blow", "blows", "shot", "shots",
                  "prisoner", "prisoners", "accusation", "accusations", "threat", "threats", "insult", "insults",
                  "blame"}
# Meetings, talks and agreements of two conjoined subjects ("Putin and Xi met in Beijing", "Kenya
# and Ethiopia signed a security pact"): the annotation convention gives them no target, and the
# place met in or the pact signed is none either.
MEETING_VERBS = {"meet", "agree", "talk", "negotiate", "confer", "sign", "hold"}

# Words that open Arabic place names (mountain, hill, valley, headland, spring, well, monastery,
# village, ruin, palace, bridge, meadow, house, gate, plain, quarter): a name starting with one
# is a place, however the tagger labels it ("captured Jabal al-Sayyid", "Tal Rifaat")
ARABIC_PLACE_WORDS = frozenset({"jabal", "jebel", "tal", "tall", "tell", "wadi", "ras", "ain", "ayn", "bir", "deir",
                                "dayr", "kafr", "kfar", "khirbet", "khirbat", "qasr", "jisr", "marj", "beit", "bayt",
                                "bab", "sahl", "hayy"})

# Measures imposed on a place ("a curfew imposed IN six cities"): the place is what they are done to
MEASURE_NOUNS = frozenset({"state", "law", "curfew", "emergency", "ban", "measure", "restriction", "lockdown"})

# Words of an answer to an act, whose "to" or "for" phrase names the act answered ("responding TO
# an attack", "in retaliation FOR the expulsion")
ANSWER_WORDS = frozenset({"respond", "react", "retaliate", "reply", "response", "retaliation", "reprisal", "revenge"})

# Nouns of a weapon tried out ("a missile TEST", "the TEST-FIRING of a rocket")
TEST_NOUNS = frozenset({"test", "test-firing", "test-launch"})
# ... and the verbs of one: "tested a missile", "test-fired a missile" (one word, nlp/pipeline.py)
TEST_VERBS = frozenset({"test", "test-fire", "test-launch"})
WEAPON_TESTS = TEST_NOUNS | TEST_VERBS


# A crowd waiting, queuing or scrambling for aid, food or water: civilians, no demonstration
WAITING_CROWD = re.compile(
    r"(?i)\b(?:crowds?|throngs?|mobs?)\s+(?:of\s+[\w-]+\s+)?(?:were\s+)?(?:waiting|queu(?:e)?ing|lining\s+up|"
    r"seeking|collecting|scrambling|rushing|gathered|gathering|heading|walking|going|approaching|converging|"
    r"trying\s+to\s+(?:get|collect|reach))\s+"
    r"(?:for|to|at|near|toward|towards|around)\b[^.;]{0,40}?\b(?:aid|food|flour|bread|water|fuel|rations|"
    r"handouts|relief|supplies|meals|parcels)\b")
