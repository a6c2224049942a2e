## Units: what a body has when the kind or the result asked is not on record

# A kind asked that the body never had; $kind is a unit kind's label.
no-units-kind-never = Rapor has no { $kind } scores for { $name } in the { $programme } in any year.
no-units-kind-years = Years with { $kind } data for { $name }: { $years }.
# $kinds: no-units-kind-entry items joined by "; ".
no-units-kinds = Service units of { $name } in Rapor's data: { $kinds }.
no-units-kind-entry = { $kind }: { $years }
no-units-programme-never = Rapor has no service-unit scores for { $name } in the { $programme } in any year.
# A source of the body's result lists the units assessed without their scores.
units-named = ℹ️ Units assessed in { $year } according to the source (no score per unit): { $names }. { $sources }
units-own-result-none = Rapor has no result of { $name } itself{ $year ->
    [none] {""}
   *[other] {" "}for { $year }
}; what it has are its service units' results (below).
units-own-result-years = { $name }'s own results are available for: { $years }.
# A body without a result that year (or at all) whose units have results: $programme names whose.
no-data-unit-years = 🏢 Results of { $name }'s service units are available for: { $years } — { $programme }.
