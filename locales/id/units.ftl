## Units: what a body has when the kind or the result asked is not on record

# A kind asked that the body never had; $kind is a unit kind's label.
no-units-kind-never = Belum ada nilai { $kind } { $name } dalam { $programme } untuk tahun mana pun.
no-units-kind-years = Tahun dengan data { $kind } { $name }: { $years }.
# $kinds: no-units-kind-entry items joined by "; ".
no-units-kinds = Unit layanan { $name } yang ada di data Rapor: { $kinds }.
no-units-kind-entry = { $kind }: { $years }
no-units-programme-never = Belum ada nilai unit layanan { $name } dalam { $programme } untuk tahun mana pun.
# A source of the body's result lists the units assessed without their scores.
units-named = ℹ️ Unit yang dinilai tahun { $year } menurut sumber (tanpa nilai per unit): { $names }. { $sources }
units-own-result-none = Belum ada hasil { $name } sendiri{ $year ->
    [none] {""}
   *[other] {" "}untuk tahun { $year }
} di data Rapor; yang tercatat adalah hasil unit layanannya (di bawah).
units-own-result-years = Hasil { $name } sendiri tersedia untuk: { $years }.
# A body without a result that year (or at all) whose units have results: $programme names whose.
no-data-unit-years = 🏢 Hasil unit layanan { $name } ada untuk: { $years } — { $programme }.
