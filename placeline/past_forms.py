"""The past forms of verbs that both the time tagger (`timex`, which reads a clause's tense
from them) and article cleaning (`clean`, which tells a sentence from a photo's caption by
one) read: kept apart so that cleaning need not import the time tagger for a word list
(fix 53; `clean` had imported them from `timex`)."""

from __future__ import annotations

# Irregular past forms of news verbs (not those the present shares: "hit", "spread").
IRREGULAR_PAST = (
    r"struck|fled|fought|led|sent|spoke|broke|found|left|lost|saw|shot|sought|stood|won|wrote"
    r"|gave|made|caught|brought|built|rose|ran|sank|shook|stole|swept|threw|tore|drove|flew"
    r"|froze|grew|knew|sold|thought|withdrew|overran|became|chose|drew|swore|hid|bled|dealt"
    r"|felt|kept|meant|spent")
# Every irregular past form `timex._PAST` reads: a short paragraph with one is a sentence, not
# a photo's caption (`clean._is_caption`).
PAST_FORMS = r"met|held|went|came|took|began|fell|" + IRREGULAR_PAST
# Past forms the present shares ("A storm hit Leeds on Friday"): past only where the subject
# shows it (`timex._SAME_IN_THE_PRESENT`), or where no determiner makes the word a noun
# (`clean._a_past_form`).
SHARED_PAST = r"hit|cut|put|shut|shed|beat|cost|hurt|quit|split|spread|burst|cast"
