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
