"""An event "near the Algerian border" is placed on that border (issue 4), with the real parser,
geoparser and Natural Earth borders, on sentences written for these tests."""
from __future__ import annotations

import pytest

from watchfloor.geo.borders import border_distance, country_at
from watchfloor.model import Article, Event


def _event(text: str, trigger: str) -> Event:
    from watchfloor.pipeline import process_batch

    res = process_batch([Article(id="t", text=text)])[0]
    return next(e for e in res.events if trigger in e.trigger.text)


@pytest.mark.slow
def test_a_libyan_deployment_near_the_algerian_border_is_on_that_border() -> None:
    e = _event("The Libyan National Army deployed two brigades near the Algerian border.", "deployed")
    loc = e.location
    assert loc is not None and loc.feature == "border" and loc.text == "Algerian border"
    assert loc.name == "Algeria–Libya border" and loc.country == "LBY" and loc.border_with == "DZA"
    assert loc.border_km == 0.0 and loc.geonameid is None and type(loc.precision_km) is float
    # on the shared line itself, which a "--border DZA-LBY --km 100" filter measures from
    assert border_distance(loc.lat, loc.lon, "DZA", "LBY") < 1.0
    assert e.contexts and "border" in e.contexts


@pytest.mark.slow
def test_the_point_is_the_one_nearest_the_towns_the_text_names() -> None:
    text = ("Gunmen attacked a checkpoint near Ghat, in south-western Libya, on Sunday. "
            "Libyan troops were deployed along the border with Algeria on Monday.")
    loc = _event(text, "deployed").location
    assert loc is not None and loc.feature == "border" and loc.text == "border with Algeria"
    # Ghat lies a few kilometres from the line; the midpoint of the 1,000 km border does not
    assert abs(loc.lat - 24.96) < 1.0 and abs(loc.lon - 10.18) < 1.0
    assert loc.precision_km is not None and loc.precision_km <= 50


@pytest.mark.slow
def test_a_hyphenated_pair_names_both_sides() -> None:
    loc = _event("Artillery shelled villages near the Turkish-Syrian border.", "shelled").location
    assert loc is not None and loc.feature == "border" and loc.text == "Turkish-Syrian border"
    assert loc.name == "Syria–Turkey border" and {loc.country, loc.border_with} == {"SYR", "TUR"}
    assert country_at(loc.lat, loc.lon) in ("SYR", "TUR", None)


@pytest.mark.slow
def test_one_side_alone_stays_the_country() -> None:
    """ "the Algerian border" with nothing else to tell which border it is: no guess."""
    loc = _event("Police arrested smugglers near the Algerian border.", "arrested").location
    assert loc is not None and loc.feature == "country" and loc.country == "DZA"


@pytest.mark.slow
def test_a_country_not_named_as_a_side_is_untouched() -> None:
    loc = _event("Libyan troops were deployed in Algeria near the coast.", "deployed").location
    assert loc is not None and loc.feature == "country" and loc.country == "DZA"


@pytest.mark.slow
def test_a_border_region_of_the_chosen_country_is_that_border() -> None:
    e = _event("Troop movements were observed in eastern Chad, particularly in the border areas with Sudan.",
               "movements")
    loc = e.location
    assert loc is not None and loc.feature == "border" and loc.text == "border areas with Sudan"
    assert loc.name == "Chad–Sudan border" and loc.country == "TCD" and loc.border_with == "SDN"


@pytest.mark.slow
def test_the_json_of_a_border_location_keeps_the_contract() -> None:
    import json

    e = _event("The Libyan National Army deployed two brigades near the Algerian border.", "deployed")
    d = json.loads(json.dumps(e.to_dict()))["location"]
    for key in ("text", "start", "end", "name", "lat", "lon", "country", "feature", "geonameid", "precision_km"):
        assert key in d
    assert d["feature"] == "border" and d["geonameid"] is None


@pytest.mark.slow
def test_a_town_the_location_search_resolved_itself_has_its_border_distance() -> None:
    """The geoparser gives every town its distance to the nearest border; a town only the
    location search finds ("the city of X" in a text naming no other place) gets it too."""
    loc = _event("The army has besieged the city of El Fasher since January.", "besieged").location
    assert loc is not None and loc.feature == "city" and loc.country == "SDN"
    assert loc.border_km is not None and 100 < loc.border_km < 500 and loc.border_with is not None


@pytest.mark.slow
def test_there_points_back_to_the_border_of_the_sentence_before() -> None:
    text = ("Troop movements were seen in eastern Chad, particularly in the border areas with Sudan. "
            "Two battalions were deployed there on Monday.")
    loc = _event(text, "deployed").location
    assert loc is not None and loc.feature == "border" and loc.name == "Chad–Sudan border"


@pytest.mark.slow
def test_the_other_side_may_be_named_paragraphs_before() -> None:
    """The dateline city and the earlier paragraphs are parsed apart; they still tell which side
    of "the border with Mali" an ambush two paragraphs on was."""
    text = ("NIAMEY, Nov 29 (AFP) - Niger's military government announced on Friday that it had nationalised the "
            "country's largest gold mine.\n\n"
            "Russian instructors arrived in Niamey in April.\n\n"
            "Islamic State fighters killed 12 soldiers in an ambush near the border with Mali on Wednesday.")
    loc = _event(text, "killed").location
    assert loc is not None and loc.feature == "border" and {loc.country, loc.border_with} == {"MLI", "NER"}
