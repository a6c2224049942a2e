# Tops and bottoms of a year whose data holds only zones or grades (src/answer/top.ts byZoneGroup, src/present/render-list.ts).

lists-zones-title = { $kind ->
    [bottom] 🔻
   *[top] 🏆
} <b>{ $scope }</b> · { $year }: by zone, { $kind ->
    [bottom] worst
   *[top] best
} first
lists-zones-basis = ℹ️ No source in Rapor's data states scores or ranks for { $scope } in { $year }, so a { $kind ->
    [bottom] bottom { $n }
   *[top] top { $n }
} cannot be drawn up. Only zones{ $grades ->
    [yes] {" "}and grades
   *[no] {""}
} are on record: unnumbered, and in alphabetical order within a zone.
lists-zones-coverage = ℹ️ Zone on record for { $known } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}of { $assessed } assessed
}.

# Places a body without a place may hold (only its zone is on record, or nothing is).
lists-gap-open = { $place }. — not certain: may be held by a body on record without a place (there are { $count })
lists-unplaced = <i>Without a definite place (only the zone is on record; number: the places its zone still allows):</i>
lists-zone-placed = ℹ️ With no score on record, Rapor worked out the place from the zone: { $names }. It is the only place left that fits the zone, given the scores and ranks on record; not an official rank.
