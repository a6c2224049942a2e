## Card caveats: what was read from a source's wording rather than derived from a score

caveat-grade-from-opinion = ℹ️ The grade is not stated by the sources; it is read from the opinion's wording they give ({ $year } scale).
caveat-zone-from-grade = ℹ️ The zone is not stated by the sources; it is derived from the grade with the { $year } scale.

## A row's note names another printed figure (the note is quoted after it)
caveat-note-other-figure = ⚠️ The data compiler's note names another figure for this result; check the source before quoting.

## An island group asked as a scope ("kabupaten terbaik se-Sumatera")
island-group-name = { $group ->
    [sumatera] Sumatra
    [jawa] Java
    [bali-nusa-tenggara] Nusa Tenggara
    [kalimantan] Kalimantan
   *[sulawesi] Sulawesi
}
island-group-not-province = 🗺️ { island-group-name } is not a province. Rapor ranks nationally or within a province, not by island, so there is no list for { island-group-name }.
island-group-provinces = Provinces in { island-group-name }: { $provinces }.
island-group-example = Ask per province, e.g. "best { $category ->
    [kota] cities
   *[other] regencies
} in { $province }{ $year ->
    [none] {""}
   *[other] {" "}{ $year }
}".

## The year of a stated rank ("lampung utara ranking 4 provinsi tahun brp?")
rank-years-title = 🏅 <b>{ $name }: rank { $position }{ $scope ->
    [national] {" "}nationally
    [province] {" "}in its province
   *[any] {""}
}</b>
rank-years-line = • { $year }: ranked { $position } { $scope ->
    [national] nationally among { $category }
   *[province] in { $province }
} (as the source states)
rank-years-none = No source in Rapor's data puts { $name } at rank { $position }{ $scope ->
    [national] {" "}nationally
    [province] {" "}in its province
   *[any] {""}
} in any year.
rank-years-stated = Ranks the sources state:

## A score looked up on the scale ("nilai 88 tahun 2023 masuk kategori apa", "is 80 a green zone score in 2021?")
scale-score-title = ℹ️ <b>A score of { $score } on the scale</b>
scale-score-yes = ✅ Yes: in { $years } a score of { $score } is { $asked }.
scale-score-no = ❌ No: in { $years } a score of { $score } is { $actual }, not { $asked }.
scale-score-no-zones = ℹ️ { $years }: colour zones are no longer official, so a score of { $score } has no zone.
scale-score-no-grades = ℹ️ { $years }: there were no A–E grades yet (grades are used from 2022).
scale-score-grade = grade { $grade }
scale-score-none = That year has no scale (there was no assessment in 2020).

## What a zone that is no official one, or the 2025 suffix, means
explain-unofficial-zone = ⚠️ The { $zone } is no official zone. Until 2024 the zones were green, yellow and red only; in 2025 Ombudsman stopped using colour zones. Only one presentation (a January 2026 seminar) names the { $zone } for this range:
explain-tanpa-maladministrasi-title = ℹ️ <b>Tanpa Maladministrasi (without maladministration)</b>
explain-tanpa-maladministrasi = A suffix of Ombudsman RI's Opinion from the 2025 assessment on (e.g. "Opini Kualitas Sedang Tanpa Maladministrasi"): the body has acted on Ombudsman's supervision findings (corrective actions, suggestions for improvement, recommendations). It cannot be derived from a score; only a source can state it.
explain-tanpa-maladministrasi-count = In Rapor's data: { $count } bodies that at least one source gives a Tanpa Maladministrasi opinion ({ $years }).

## A ranking asked longer than Rapor shows ("top 1000 kota 2022")
caveat-list-capped = ℹ️ You asked for the { $direction ->
    [bottom] bottom
   *[top] top
} { $asked }; a list runs to { $max } entries at most, so at most { $max } are shown.

## A share of a count ("berapa persen instansi zona hijau 2023")
stats-percent = ({ $value }%)
stats-percent-of-assessed = ℹ️ Percentages worked out by Rapor from the official counts above: of the { $base } assessed.
stats-percent-of-data = ℹ️ Percentages worked out by Rapor over the { $base } whose zone Rapor's data holds, not over all assessed: the data is partial.
stats-percent-of-complete = ℹ️ Percentages worked out by Rapor over the { $base } assessed: Rapor's data holds every one's zone.

## The 2025 round's own name on a card's heading
programme-ombudsman-maladministrasi = Ombudsman RI Opinion (maladministration assessment of public services)
