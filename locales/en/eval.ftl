# Cards: a worked-out place too wide to be worth stating (see README, Design notes: "Places on a card").
card-place-unstated-national = 📊 No source states a national rank. { $assessed ->
    [none] Rapor holds scores for only { $withData } { $category }
   *[other] Rapor holds scores for only { $withData } of the { $assessed } { $category } assessed
}: too few to work out its place.
card-place-unstated-province = 📊 No source states a rank in { $province }. { $assessed ->
    [none] Rapor holds scores for only { $withData } { $category }
   *[other] Rapor holds scores for only { $withData } of the { $assessed } { $category } assessed
}: too few to work out its place.

# Lists: bodies without an official place whose range holds another body's official place (README, "Lists").
lists-apart = <i>Without an official rank (their ranges of places span official ranks above):</i>
chart-group-apart = { $category ->
    [provinsi] Provinces without
    [kabupaten] Regencies without
    [kota] Cities without
    [kementerian] Ministries without
    [lembaga] Agencies without
   *[none] Without
} an official rank (their ranges span other bodies' official ranks)

# Charts: scores the sources disagree on with no majority (a 1–1 tie).
chart-note-conflict-tie = The sources disagree on the score; the chart shows one of them, the others: { $items }.

# Best/worst units without a year: the other years with scores.
unit-ranking-other-years = Other years with { $kind } scores: { $years } (buttons below).
