# Daftar (pekerjaan lists2, 2026-12-02): daftar yang dipotong di jumlah yang dinilai, daftar yang hanya tahu zona,
# urutan bawah yang tidak bisa diketahui, label hitungan.

## "top 1000 kota 2022": daftar tidak lebih panjang daripada jumlah yang dinilai tahun itu.
lists2-capped-assessed = ℹ️ Anda meminta { $asked } { $direction ->
    [bottom] terbawah
   *[top] besar
}; yang dinilai tahun { $year } hanya { $assessed }, jadi daftarnya paling panjang { $assessed }.

## Hitungan semua instansi ("berapa instansi tanpa maladministrasi 2025"): yang dihitung adalah instansi, bukan kabupaten/kota.
lists2-stats-bodies = instansi
lists2-stats-tanpa-maladministrasi = Tanpa Maladministrasi (menurut sedikitnya satu sumber): <b>{ $count }</b>

## Daftar yang datanya hanya zona (Aceh 2021): tanpa nilai dan tanpa peringkat resmi, tidak ada nomor yang bisa diberikan.
lists2-basis-zones = ℹ️ Data Rapor di sini tidak memuat nilai maupun peringkat resmi, hanya zona: urutannya menurut zona, dan yang sezona tidak bisa diurutkan: semuanya ditampilkan, menurut abjad, tanpa nomor. Ini bukan peringkat.
lists2-coverage-zones = ℹ️ Zona tercatat untuk { $withZone } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}dari { $assessed } yang dinilai, yang lain belum tercatat dan zonanya bisa apa saja
}.

## Urutan bawah yang tidak bisa diketahui ("kab terbawah nasional 2023"): tak ada peringkat resmi di sana, datanya belum lengkap.
lists2-bottom-unknown = ⚠️ Tak satu pun sumber di data Rapor menyebut peringkat di urutan bawah ini, dan nilai baru tercatat untuk { $withData }{ $assessed ->
    [none] {""}
   *[other] {" "}dari { $assessed } yang dinilai
}: siapa yang terbawah tidak bisa diketahui. Berikut nilai terendah yang tercatat, bukan urutan terbawah:
lists2-tag-possible = tempat yang masih mungkin: { $place }
lists2-bottom-unknown-basis = ℹ️ «tempat yang masih mungkin» dihitung Rapor dari nilainya dan peringkat resmi yang tercatat; itu bukan peringkat.
