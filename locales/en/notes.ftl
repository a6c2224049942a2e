## Zone counts no official source gives (a zone count is never shown as 0 when it is unknown)

stats-zones-unstated = ℹ️ No source gives how many were in the { $zones }.
stats-zones-unstated-join = {" "}or the{" "}
stats-unstated-scope-total = bodies
stats-zone-unstated-asked = ℹ️ No source states how many { $scope } were in the { $zone } in { $year }.
stats-zone-held = { $held ->
    [none] ℹ️ Rapor's data puts none of them in the { $zone }, but it holds the zone of only { $withZone }{ $assessed ->
        [none] {""}
       *[other] {" "}of { $assessed }
    }: that does not mean zero.
    [complete] ℹ️ Rapor's data holds the zone of all { $withZone } and puts { $count } in the { $zone }: worked out by Rapor, not an official count.
    [disagrees] ℹ️ Rapor's data holds the zone of { $withZone } and puts { $count } in the { $zone }, but its counts differ from the official ones above: not a count to quote.
   *[some] ℹ️ Rapor's data puts { $count } in the { $zone }, of the { $withZone } whose zone it holds: not an official count.
}

## A province's zone counts of one category
stats-scope-province-category = { $category } of { $province }

## A compiler's doubt on a result shown without a score (the note is quoted after it)
caveat-caution-no-score = ⚠️ The data's compiler doubts this result; check the source before quoting it.

## A year with grades, and none a source gives for this result
caveat-grade-not-stated = ℹ️ No source gives this result's grade (A–E), nor a score or opinion to derive it from.
