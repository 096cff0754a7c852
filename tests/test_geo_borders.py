"""Point-in-country and distances to international borders (issue 3)."""
from __future__ import annotations

import pytest

from watchfloor.geo import border_distance, country_at, nearest_border

pytestmark = pytest.mark.slow


def test_country_at():
    assert country_at(24.55, 9.48) == "DZA"
    assert country_at(32.89, 13.19) == "LBY"
    assert country_at(48.85, 2.35) == "FRA"
    assert country_at(0.0, -30.0) is None  # mid-Atlantic


@pytest.mark.parametrize("lat,lon,km", [(24.55, 9.48, 64), (26.48, 8.47, 97)])
def test_algerian_towns_near_the_libyan_border(lat, lon, km):
    dist, other = nearest_border(lat, lon)
    assert other == "LBY"
    assert abs(dist - km) < 15
    assert abs(border_distance(lat, lon, "DZA", "LBY") - km) < 15
    assert abs(border_distance(lat, lon, "lby", "dza") - km) < 15


def test_border_distance_unknown_pair():
    assert border_distance(24.55, 9.48, "DZA", "JPN") is None


def test_inland_point_is_far_from_borders():
    dist, _ = nearest_border(39.0, -98.0)  # Kansas
    assert dist > 500
