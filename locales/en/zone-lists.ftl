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
