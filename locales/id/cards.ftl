## Card caveats: what was read from a source's wording rather than derived from a score

caveat-grade-from-opinion = ℹ️ Kategori tidak disebut sumber; dibaca dari bunyi opini yang disebut sumber (skala tahun { $year }).
caveat-zone-from-grade = ℹ️ Zona tidak disebut sumber; diturunkan dari kategorinya dengan skala tahun { $year }.

## A row's note names another printed figure (the note is quoted after it)
caveat-note-other-figure = ⚠️ Catatan penyusun data menyebut angka lain untuk hasil ini; periksa sumbernya sebelum mengutip.

## An island group asked as a scope ("kabupaten terbaik se-Sumatera")
island-group-name = { $group ->
    [sumatera] Sumatera
    [jawa] Jawa
    [bali-nusa-tenggara] Nusa Tenggara
    [kalimantan] Kalimantan
   *[sulawesi] Sulawesi
}
island-group-not-province = 🗺️ { island-group-name } bukan provinsi. Rapor hanya memeringkat secara nasional atau se-provinsi, tidak per pulau, jadi tidak ada daftar untuk { island-group-name }.
island-group-provinces = Provinsi di { island-group-name }: { $provinces }.
island-group-example = Tanyakan per provinsi, mis. "{ $category ->
    [kota] kota
   *[other] kabupaten
} terbaik di { $province }{ $year ->
    [none] {""}
   *[other] {" "}{ $year }
}".

## The year of a stated rank ("lampung utara ranking 4 provinsi tahun brp?")
rank-years-title = 🏅 <b>{ $name }: peringkat { $position }{ $scope ->
    [national] {" "}nasional
    [province] {" "}se-provinsi
   *[any] {""}
}</b>
rank-years-line = • { $year }: peringkat { $position } { $scope ->
    [national] nasional di antara { $category }
   *[province] se-{ $province }
} (menurut sumber)
rank-years-none = Tidak ada sumber di data Rapor yang menyebut { $name } di peringkat { $position }{ $scope ->
    [national] {" "}nasional
    [province] {" "}se-provinsi
   *[any] {""}
} pada tahun mana pun.
rank-years-stated = Peringkat yang disebut sumber:

## A score looked up on the scale ("nilai 88 tahun 2023 masuk kategori apa", "apakah 80 zona hijau 2021?")
scale-score-title = ℹ️ <b>Nilai { $score } pada skala penilaian</b>
scale-score-yes = ✅ Ya: pada { $years } nilai { $score } termasuk { $asked }.
scale-score-no = ❌ Tidak: pada { $years } nilai { $score } termasuk { $actual }, bukan { $asked }.
scale-score-no-zones = ℹ️ { $years }: zona warna tidak lagi dipakai resmi, jadi nilai { $score } tidak punya zona.
scale-score-no-grades = ℹ️ { $years }: belum ada kategori A–E (kategori dipakai sejak 2022).
scale-score-grade = Kategori { $grade }
scale-score-none = Tahun itu tidak punya skala penilaian (tahun 2020 tidak ada penilaian).

## What a zone that is no official one, or the 2025 suffix, means
explain-unofficial-zone = ⚠️ { $zone } bukan zona resmi. Sampai 2024 zonanya hanya hijau, kuning dan merah; pada 2025 Ombudsman tidak lagi memakai zona warna. Hanya satu paparan (seminar Januari 2026) menyebut { $zone } untuk rentang ini:
explain-tanpa-maladministrasi-title = ℹ️ <b>Tanpa Maladministrasi</b>
explain-tanpa-maladministrasi = Tambahan pada Opini Ombudsman RI sejak penilaian 2025 (mis. "Opini Kualitas Sedang Tanpa Maladministrasi"): instansi telah menindaklanjuti produk pengawasan Ombudsman (tindakan korektif, saran perbaikan atau penyempurnaan, rekomendasi). Tambahan ini tidak dapat diturunkan dari nilai; hanya sumber yang menyebutnya.
explain-tanpa-maladministrasi-count = Di data Rapor: { $count } instansi yang menurut sedikitnya satu sumber mendapat opini Tanpa Maladministrasi ({ $years }).

## A ranking asked longer than Rapor shows ("top 1000 kota 2022")
caveat-list-capped = ℹ️ Anda meminta { $asked } { $direction ->
    [bottom] terbawah
   *[top] besar
}; daftar paling panjang { $max } entri, jadi yang ditampilkan paling banyak { $max }.

## A share of a count ("berapa persen instansi zona hijau 2023")
stats-percent = ({ $value }%)
stats-percent-of-assessed = ℹ️ Persentase dihitung Rapor dari jumlah resmi di atas: atas { $base } yang dinilai.
stats-percent-of-data = ℹ️ Persentase dihitung Rapor atas { $base } yang zonanya ada di data Rapor, bukan atas semua yang dinilai: datanya belum lengkap.
stats-percent-of-complete = ℹ️ Persentase dihitung Rapor atas { $base } yang dinilai: data Rapor mencatat zona semuanya.

## The 2025 round's own name on a card's heading
programme-ombudsman-maladministrasi = Opini Ombudsman RI (Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik)
