"""A text's places are resolved together: one sense per text, lists, regions and their towns (issue 3).

Every text here is invented for the test."""
from __future__ import annotations

import json

import pytest
from parsing import geoparse


def _by_text(places):
    out: dict[str, list] = {}
    for p in places:
        out.setdefault(p.text, []).append(p)
    return out


def test_geoparse_command_resolves_the_whole_text_together(tmp_path, capsys):
    # the town is named alone in the first sentences; its neighbour comes three sentences later
    from watchfloor.cli import main

    text = ("The Athens Police Department arrested a man on Monday. He was held overnight. He was booked "
            "into the Henderson County Jail on Tuesday, deputies said.")
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    assert main(["geoparse", "--input", str(src), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    got = {r["text"]: r for r in rows}
    assert got["Athens"]["admin1"] == "Texas" and got["Henderson County"]["admin1"] == "Texas"


def test_one_sense_per_text_for_weak_mentions(nlp, gp):
    # "Chad, which ..." at the head of a sentence is tagged a person by the small model
    text = ("Aid groups warned of a crisis in eastern Chad on Friday. Chad, which borders Sudan, "
            "hosts many refugees, and the government of Chad asked for help.")
    chad = _by_text(geoparse(nlp, gp, text)).get("Chad", [])
    assert len(chad) == 3 and all(p.country == "TCD" and p.feature == "country" for p in chad)


def test_one_sense_per_text_for_a_name_tagged_an_organisation(nlp, gp):
    # the small model tags the later "Malakal"s ORG; the text calls it a place first
    text = ("The SOS Children's Village in Malakal is short of food. Aid workers have returned to work in "
            "both Darfur and Malakal, and airplanes are flying into Darfur and Malakal again.")
    malakal = _by_text(geoparse(nlp, gp, text)).get("Malakal", [])
    assert len(malakal) == 3 and all(p.name == "Malakal" for p in malakal)


def test_a_list_of_countries_is_not_a_town_and_its_country(nlp, gp):
    text = "Health officials in Mexico, China, Japan and Brazil reported new cases of the virus."
    got = {p.text: p for p in geoparse(nlp, gp, text)}
    assert got["China"].feature == "country" and got["China"].country == "CHN"
    assert got["Japan"].country == "JPN"


def test_the_province_of_names_a_region_for_the_whole_text(nlp, gp):
    text = ("A hospital in Toronto, Canada closed its ward. Patients may go elsewhere in the province of "
            "Ontario, and babies born in Ontario will be sent to Buffalo, New York.")
    ontario = _by_text(geoparse(nlp, gp, text))["Ontario"]
    assert len(ontario) == 2 and all(p.country == "CAN" and p.feature == "admin1" for p in ontario)


def test_well_known_city_beats_an_unsupported_village(nlp, gp):
    text = ("Flights from New York and the United States were checked. In the United Kingdom, cases "
            "were confirmed in Glasgow and in England.")
    got = {p.text: p for p in geoparse(nlp, gp, text)}
    assert got["Glasgow"].country == "GBR"


def test_a_country_is_not_moved_to_a_namesake_in_a_story_about_many(nlp, gp):
    text = ("The virus has reached the United States, Australia, Brazil, Canada, Chile and Turkey. "
            "Egypt and Lebanon reported their first cases, and Toronto and New York reported more.")
    got = {p.text: p for p in geoparse(nlp, gp, text)}
    assert got["Egypt"].country == "EGY" and got["Lebanon"].country == "LBN"
    assert got["Toronto"].country == "CAN"


def test_ocean_aliases_and_former_country_names(nlp, gp):
    text = "Storms over the Pacific delayed shipments. The outbreak in Zaire in 1976 was the first one."
    got = {p.text: p for p in geoparse(nlp, gp, text)}
    assert got["Pacific"].feature == "water"
    assert got["Zaire"].country == "COD" and got["Zaire"].feature == "country"


def test_a_state_is_not_placed_on_its_city(gp):
    state = next(c for c in gp.gaz.lookup("New York") if c.feature == "admin1")
    city = next(c for c in gp.gaz.lookup("New York City") if c.feature == "city")
    assert abs(state.lat - city.lat) > 1.0  # the state's middle is up the Hudson, not Manhattan


def test_every_state_names_itself(gp):
    # the state table once lacked the eight states AP style never abbreviates
    for state in ("Ohio", "Iowa", "Utah", "Maine", "Idaho", "Alaska", "Hawaii", "Texas"):
        ctx = gp.document_context(f"Officials across {state} met on Monday.")
        assert ctx.admin1.get(state) == 1.0, state


def test_a_town_in_the_named_state_beats_a_capital_named_only_by_itself(nlp, gp):
    text = ("The Dublin Arts Council gave grants on Monday. Groups must be registered with the State of Ohio. "
            "The Dublin Art Stroll opens in May.")
    dublin = _by_text(geoparse(nlp, gp, text)).get("Dublin", [])
    assert dublin and all(p.country == "USA" and p.admin1 == "Ohio" for p in dublin)


def test_a_country_listed_with_regions_stays_a_country(nlp, gp):
    text = ("Crowds in Dallas, Texas watched the old fighter fly on Saturday. Pilots from Houston, Austin and "
            "Fort Worth came too. The plane served in the Middle East, Italy and Russia during the war, the "
            "Texas museum said. It returns to Dallas in May.")
    got = {p.text: p for p in geoparse(nlp, gp, text)}
    assert got["Italy"].country == "ITA" and got["Italy"].feature == "country"


def test_a_state_name_is_no_us_evidence_for_itself(nlp, gp):
    # "Georgia" repeated in a story about the Caucasus: nothing else points at the US
    text = ("Georgia held a snap election on Sunday. The ruling party in Georgia claimed victory, and "
            "observers from the OSCE said the vote in Georgia was calm.")
    geo = _by_text(geoparse(nlp, gp, text)).get("Georgia", [])
    assert geo and all(p.country == "GEO" for p in geo)


def test_a_region_abroad_beats_a_us_village_of_its_name(nlp, gp):
    # England, Arkansas is a village; the text's US focus is Texas, not Arkansas
    text = ("The herd was traced to a farm in Texas. A second case was later confirmed in England "
            "after tests at a laboratory.")
    eng = _by_text(geoparse(nlp, gp, text)).get("England", [])
    assert eng and eng[0].country == "GBR"


def test_a_town_before_a_title_in_a_person_name_is_still_a_place(nlp, gp):
    # the small model reads "Huntsville Fire Chief Tom Grisham" and "Huntsville Fire" as persons
    text = ("The burn ban was lifted Monday following a conference between Huntsville Fire Chief Tom Grisham "
            "and Walker County Judge Danny Pierce.")
    assert "Huntsville" in _by_text(geoparse(nlp, gp, text))
    # a person an institution is named after stays a person
    text = "Officers from the Sam Houston State University Police Department arrived."
    assert "Houston" not in _by_text(geoparse(nlp, gp, text))


def test_a_lower_case_kind_of_region_after_a_name_names_the_region(nlp, gp):
    text = "The infected cow came from a Washington state farm, inspectors said on Monday."
    wa = _by_text(geoparse(nlp, gp, text)).get("Washington", [])
    assert wa and wa[0].feature == "admin1" and wa[0].name == "Washington"
    # "city limits" is a common noun after the town, not the rest of a longer name
    text = "Residents living within Huntsville city limits will need a new burning permit."
    assert "Huntsville" in _by_text(geoparse(nlp, gp, text))


def test_a_name_listed_with_states_or_provinces_is_one_of_them(nlp, gp):
    text = ("Cases were reported in Oregon, Washington and Idaho, and in Canada in Manitoba, "
            "Ontario and New Brunswick.")
    got = {k: v[0] for k, v in _by_text(geoparse(nlp, gp, text)).items()}
    assert got["Washington"].feature == "admin1" and got["Washington"].country == "USA"
    assert got["Ontario"].feature == "admin1" and got["Ontario"].country == "CAN"
    assert got["New Brunswick"].feature == "admin1" and got["New Brunswick"].country == "CAN"


def test_a_town_is_no_evidence_for_its_own_country(nlp, gp):
    # "Santa Ana" twice must not make the text Philippine and so pick the Philippine town
    text = ("The two lions came to the park in 2004 from the Santa Ana Zoo. Santa Ana officials agreed "
            "to the loan.")
    sa = _by_text(geoparse(nlp, gp, text))["Santa Ana"]
    assert all(p.country == "USA" and p.admin1 == "California" for p in sa)


def test_a_province_points_at_its_country_and_its_towns(nlp, gp):
    # "Ontario" is also a Californian city of 170,000; beside "Toronto" it is the province
    text = ("London council will hire outside experts. Developers appealed to the Ontario Municipal Board. "
            "London city staff supported the plan, as Toronto did last year.")
    got = _by_text(geoparse(nlp, gp, text))
    assert got["Ontario"][0].country == "CAN"
    assert all(p.country == "CAN" for p in got["London"])  # London, Ontario: inside the named province


def test_a_town_resolved_elsewhere_stops_supporting_its_namesakes_state(nlp, gp):
    # "Decatur" first points at Illinois (its biggest namesake); once North Druid Hills puts it in
    # Georgia, DeKalb County is read again without that Illinois support
    text = ("A plan for a dense cluster of homes north of Decatur is unlikely to be approved by the DeKalb "
            "County Commission. The land lies near North Druid Hills, in unincorporated DeKalb.")
    got = _by_text(geoparse(nlp, gp, text))
    assert got["Decatur"][0].admin1 == "Georgia" and got["DeKalb County"][0].admin1 == "Georgia"


def test_towns_named_after_british_counties_stay_local(nlp, gp):
    # a Connecticut paper: its towns are named after English counties and cities
    text = ("Manning and Herrick visited residents in Sharon, Cornwall and Salisbury before the budget vote "
            "in Falls Village. Only Cornwall will see a decrease, the state said.")
    got = _by_text(geoparse(nlp, gp, text))
    assert all(p.country == "USA" for p in got["Cornwall"])


def test_a_name_with_city_added_is_no_evidence_for_itself(nlp, gp):
    # "Dublin City Council" must not make the text Irish and so keep every "Dublin" in Ireland
    text = ("Dublin City Council approved the memorial budget on Monday. Dublin Mayor Ann Smith thanked "
            "donors from Columbus and Franklin County for their help.")
    dublin = _by_text(geoparse(nlp, gp, text))["Dublin"]
    assert all(p.country == "USA" and p.admin1 == "Ohio" for p in dublin)


def test_a_neighbour_within_a_county_counts_more_than_one_an_hour_away():
    from watchfloor.geo.gazetteer import Candidate
    from watchfloor.geo.geoparser import _local_vote

    def town(lat, lon):
        return Candidate("X", lat, lon, "USA", "city", 1000, None, "Texas", 10.0)

    seat = town(30.72, -95.55)
    assert _local_vote(town(30.75, -95.60), seat) == 1.5   # a few km: a county and its seat
    assert _local_vote(town(31.40, -95.55), seat) == 1.0   # about 75 km
    assert _local_vote(town(32.80, -95.55), seat) == 0.0   # over 120 km: not neighbours


def test_a_bare_name_the_text_also_calls_a_county_is_that_county(nlp, gp):
    text = ("A plan for homes north of Decatur goes to the DeKalb County Commission on Tuesday. The land, "
            "in unincorporated DeKalb, lies near North Druid Hills.")
    dekalb = _by_text(geoparse(nlp, gp, text))["DeKalb"][0]
    assert dekalb.feature == "admin2" and dekalb.admin1 == "Georgia"


def test_a_big_city_that_dwarfs_its_namesakes_anchors_the_text(nlp, gp):
    # a US-leaning text shrinks Toronto's lead over Toronto, Ohio; it still places London in Ontario
    text = ("London wants more cargo flights. The mayor of London said the city lies close to two U.S. "
            "states and to Toronto, and that London could serve all of North America.")
    got = _by_text(geoparse(nlp, gp, text))
    assert got["Toronto"][0].country == "CAN"
    assert all(p.country == "CAN" for p in got["London"])


def test_a_country_that_is_a_first_name_points_at_no_country(nlp, gp):
    # "Chad" is an officer here: the story is a Texas one, and Paris is Paris, Texas
    text = ("Paris police arrested a man on Friday after a chase. Sgt. Chad Morrow and Officer Dale Pike "
            "found him behind a store in Paris. He was booked into the Lamar County Jail.")
    assert gp.document_context(text).weight("TCD") > 0.5
    assert gp.document_context(text, {"chad", "morrow"}).weight("TCD") == 0
    got = _by_text(geoparse(nlp, gp, text))
    assert all(p.country == "USA" and p.admin1 == "Texas" for p in got["Paris"])


def test_a_state_named_often_outweighs_one_named_once_in_a_list(nlp, gp):
    # every state here names only itself; Kentucky is the story's, the others are its neighbours
    text = ("Jobless rates rose in Boone County last month, the Kentucky labour office said. Boone County "
            "stayed below the Kentucky average. Kentucky lost more jobs than Illinois, Ohio, Indiana or "
            "Tennessee.")
    ctx = gp.document_context(text)
    assert ctx.state_weight("Kentucky", "boone county") > 2 * ctx.state_weight("Indiana", "boone county")
    boone = _by_text(geoparse(nlp, gp, text))["Boone County"]
    assert all(p.admin1 == "Kentucky" for p in boone)


def test_a_capital_named_only_by_itself_does_not_make_a_local_text_foreign(nlp, gp):
    # "Berlin" and "Milan" each point at a country by their own name alone; both also name New
    # Hampshire towns next to the text's other places
    text = ("Berlin police arrested two men after a break-in at a hardware store. Berlin officers were "
            "helped by troopers from Gorham and Milan, and both men were held in the Coos County jail in "
            "West Stewartstown.")
    got = _by_text(geoparse(nlp, gp, text))
    assert all(p.admin1 == "New Hampshire" for p in got["Berlin"] + got["Milan"])


def _geoparse_command(tmp_path, capsys, doc):
    from watchfloor.cli import main

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert main(["geoparse", "--input", str(src), "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_an_articles_home_is_a_prior_for_its_namesakes(tmp_path, capsys):
    # nothing in the text says which Dublin or which Perth: the paper's home does
    text = "Dublin council members approved the new budget on Monday. Dublin residents may comment until May."
    plain = _geoparse_command(tmp_path, capsys, {"id": "a", "text": text})
    assert {r["country"] for r in plain} == {"IRL"}
    local = _geoparse_command(tmp_path, capsys, {"id": "a", "text": text, "home": "Dublin, Ohio"})
    assert {(r["country"], r["admin1"]) for r in local} == {("USA", "Ohio")}
    text = "Perth council approved a new bridge over the river on Monday."
    assert _geoparse_command(tmp_path, capsys, {"id": "b", "text": text})[0]["country"] == "AUS"
    scottish = _geoparse_command(tmp_path, capsys, {"id": "b", "text": text,
                                                    "url": "https://news.example.co.uk/perth-bridge"})
    assert scottish[0]["country"] == "GBR"


def test_a_country_named_as_a_place_keeps_its_focus_beside_a_namesake_person(nlp, gp):
    from watchfloor.geo.geoparser import _person_words

    doc = nlp("Aid worker Chad Morrow flew to Chad on Monday. He will visit Mongo next week.")
    assert gp.text_context(doc, _person_words(doc)).weight("TCD") > 0.5
    doc = nlp("Sgt. Chad Morrow and Officer Dale Pike found him behind a store in Paris.")
    assert gp.text_context(doc, _person_words(doc)).weight("TCD") == 0


@pytest.mark.parametrize("text, name, place", [
    # a town whose own name ends in "City" keeps it before an institution word
    ("Boulder City Council on Tuesday will consider a new police facility near Henderson, Nevada.",
     "Boulder City", "Boulder City"),
    ("Mexico City Health Secretary Armando Ahued said the clinics stay open.", "Mexico City", "Mexico City"),
    # a county-level unit listed as "X city" is no town of that name: the town is "X"
    ("Alexandria City Public Schools came under review, officials in Virginia said.", "Alexandria", "Alexandria"),
])
def test_a_town_named_city_keeps_the_word_before_an_institution(nlp, gp, text, name, place):
    got = _by_text(geoparse(nlp, gp, text))
    assert name in got and got[name][0].name == place
