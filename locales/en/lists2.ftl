# Lists (lists2 work, 2026-12-02): lists cut at the number assessed, lists known only by zone, bottoms that cannot
# be known, what a count counted.

## "top 1000 kota 2022": no list runs past the number assessed that year.
lists2-capped-assessed = ℹ️ You asked for the { $direction ->
    [bottom] bottom
   *[top] top
} { $asked }; only { $assessed } were assessed in { $year }, so the list runs to { $assessed } at most.

## Counts over all bodies ("berapa instansi tanpa maladministrasi 2025"): bodies were counted, not regencies/cities.
lists2-stats-bodies = bodies
lists2-stats-tanpa-maladministrasi = Tanpa Maladministrasi (without maladministration, as at least one source states): <b>{ $count }</b>

## Lists whose data is only zones (Aceh 2021): no score and no official rank, so no number can be given.
lists2-basis-zones = ℹ️ Rapor's data here holds no scores and no official ranks, only zones: the order is by zone, and bodies of the same zone cannot be ordered: they are all shown, alphabetically, unnumbered. This is not a ranking.
lists2-coverage-zones = ℹ️ Zones on record for { $withZone } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}of the { $assessed } assessed; the others are not on record and could be in any zone
}.

## A bottom that cannot be known ("kab terbawah nasional 2023"): no official rank there, partial data.
lists2-bottom-unknown = ⚠️ No source in Rapor's data states a rank at this bottom, and scores are on record for only { $withData }{ $assessed ->
    [none] {""}
   *[other] {" "}of the { $assessed } assessed
}: who is last cannot be known. These are the lowest scores on record, not the bottom of the ranking:
lists2-tag-possible = places still possible: { $place }
lists2-bottom-unknown-basis = ℹ️ «places still possible» are worked out by Rapor from the score and the official ranks on record; they are not ranks.
