## Zone counts no official source gives (a zone count is never shown as 0 when it is unknown)

stats-zones-unstated = ℹ️ Jumlah { $zones } tidak disebut sumber.
stats-zones-unstated-join = {" "}dan{" "}
stats-unstated-scope-total = instansi
stats-zone-unstated-asked = ℹ️ Tidak ada sumber yang menyebut berapa { $scope } di { $zone } tahun { $year }.
stats-zone-held = { $held ->
    [none] ℹ️ Data Rapor tidak menempatkan satu pun di { $zone }, tetapi hanya memuat zona { $withZone }{ $assessed ->
        [none] {""}
       *[other] {" "}dari { $assessed }
    }: itu bukan berarti nol.
    [complete] ℹ️ Data Rapor memuat zona semua { $withZone } dan menempatkan { $count } di { $zone }: dihitung Rapor, bukan jumlah resmi.
    [disagrees] ℹ️ Data Rapor memuat zona { $withZone } dan menempatkan { $count } di { $zone }, tetapi hitungannya tidak cocok dengan jumlah resmi di atas: bukan jumlah yang bisa dikutip.
   *[some] ℹ️ Data Rapor menempatkan { $count } di { $zone }, dari { $withZone } yang zonanya tercatat: bukan jumlah resmi.
}

## A province's zone counts of one category
stats-scope-province-category = { $category } se-{ $province }

## A compiler's doubt on a result shown without a score (the note is quoted after it)
caveat-caution-no-score = ⚠️ Penyusun data meragukan hasil ini; periksa sumbernya sebelum mengutip.

## A year with grades, and none a source gives for this result
caveat-grade-not-stated = ℹ️ Kategori (A–E) hasil ini tidak disebut sumber, dan tidak ada nilai atau opini untuk menurunkannya.
