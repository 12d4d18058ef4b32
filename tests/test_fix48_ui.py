"""Fix 48 (audit 29): circle sizes saturate and the legend shows the largest (1); a
whole-view export from the dashboard reads its rows as the CLI does, and writes CSV a column
at a time (10); table captions clear the toolbar on a phone, and regions read in English (16)."""

from __future__ import annotations

import numpy as np

from placeline.layers import SATURATES_AT, legend_steps, radii_for, radius_for

# -- item 1: circle sizes -----------------------------------------------------------------

def test_a_busy_place_s_circle_stays_a_dot():
    # 5 + 4·sqrt(1650) had drawn the busiest place of a 2,000-article store 337 px across.
    assert 2 * radius_for(1650) <= 50
    assert 2 * radius_for(20_000) == 2 * radius_for(SATURATES_AT) <= 50


def test_sizes_still_grow_with_articles_and_small_ones_are_as_before():
    radii = radii_for(np.array([1, 2, 3, 4, 9, 10, 50, 100, 500, 1000]))
    assert radii == sorted(radii) and len(set(radii)) == len(radii)
    assert radii[:6] == [9.0, 10.7, 11.9, 13.0, 17.0, 17.6]  # up to 10: 5 + 4·sqrt(n)


def test_the_legend_s_largest_dot_is_the_map_s_largest_circle():
    steps = legend_steps()
    diameters = [size for _, _, size in steps]
    assert diameters == sorted(diameters)
    assert max(diameters) == 2 * radius_for(10**6)  # nothing on the map is bigger
    labels = [label for label, _, _ in steps]
    assert labels[0] == "1 article" and labels[-1] == "1,000 or more"
    # each step's dot is the circle of the least count it names
    assert steps[-1][2] == 2 * radius_for(1000) and steps[3] == ("10–99", "#a63603",
                                                                  2 * radius_for(10))


def test_the_dashboard_s_legend_is_the_layers_one():
    import app_common

    assert app_common.legend() == legend_steps()
