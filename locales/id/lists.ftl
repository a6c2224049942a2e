# Daftar berperingkat, tempat di kartu, tren, perbandingan dan rata-rata (src/present/render-list.ts dan kawan-kawan).
# Tempat: { $place } sudah diformat oleh kode ("4", "18–23", "≥18"); semua angka berasal dari baris data.

lists-entry = { $place }. { $name } — <b>{ $score }</b>{ $mark }{ $tags }
lists-entry-unscored = { $place }. { $name } — { $label }{ $tags }
lists-bullet = • { $name } — <b>{ $score }</b>{ $mark }{ $tags }
lists-bullet-unscored = • { $name } — { $label }{ $tags }
lists-no-score = nilai tidak disebut sumber
lists-gap = { $place }. — belum tercatat
lists-tag-official = resmi
lists-tag-tie = seri
lists-tag-disputed = sumber berbeda
lists-tag-stated = peringkat { $position } menurut sumber
lists-tags = {" "}({ $tags })

lists-basis-official = 🏅 Semua nomor adalah peringkat resmi menurut sumber.
lists-basis-mixed = 🏅 «resmi»: peringkat yang disebut sumber. Nomor lain dan rentang (mis. 18–23) dihitung Rapor dari nilainya: tempat yang masih mungkin di sela peringkat resmi, bukan peringkat resmi.
lists-basis-complete = ℹ️ Peringkat dihitung Rapor dari nilai; datanya lengkap ({ $withData } dari { $assessed } yang dinilai punya nilai).
lists-basis-partial = ℹ️ Tidak ada peringkat resmi di data Rapor. Nomor dan rentang dihitung dari nilai yang tercatat: tempat yang masih mungkin, bukan peringkat resmi.
lists-coverage = ℹ️ Nilai tercatat untuk { $withData } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}dari { $assessed } yang dinilai
}.
lists-gap-note = «belum tercatat»: tidak ada sumber di data Rapor yang menyebut siapa di tempat itu.
lists-shared = ⚠️ Peringkat { $position } disebut untuk lebih dari satu: { $names } (seri, atau sumber yang berbeda).
lists-inconsistent = ⚠️ Sebagian nilai dan peringkat yang disebut sumber tidak cocok satu sama lain; yang terdampak ditampilkan tanpa nomor.
lists-per-category = ℹ️ Peringkat se-provinsi tahun ini disebut terpisah untuk kabupaten dan untuk kota.
lists-opinion-basis = ℹ️ { $year } tidak diberi peringkat: urutannya menurut tingkat opini (yang Tanpa Maladministrasi lebih dulu di tingkatnya), lalu nilai. Yang setingkat tanpa nilai tidak bisa diurutkan dan ditulis menurut abjad.
lists-level = <b>{ $level }</b>
lists-level-tm = { $predicate } Tanpa Maladministrasi
lists-level-disputed = sumber berbeda soal opininya; ditulis tingkat yang lebih rendah
lists-level-unknown = <b>Tingkat opini tidak diketahui</b>
lists-year-chosen = ℹ️ Tahun tidak disebut: yang diperiksa tahun { $year }, tahun terbaru dengan data.
lists-none = ✅ Tidak ada { $filter } di antara { $scope } tahun { $year }: hasil semua yang dinilai tercatat, dan tak satu pun { $filter }.
lists-filter-zone = { $zone }
lists-filter-grade = kategori { $grade }

# Tempat sebuah badan di kartu dan jawaban peringkat.
lists-card-official-among = 📍 Peringkat { $position } di antara { $category } se-{ $province }
lists-card-shared = ⚠️ Peringkat yang sama juga disebut untuk { $names } (seri, atau sumber yang berbeda).
lists-card-computed-national = 📊 Peringkat { $place } dari { $assessed } { $category }
lists-card-computed-national-open = 📊 Peringkat { $place } di antara { $category }
lists-card-computed-province = 📊 Peringkat { $place } dari { $assessed } kabupaten/kota se-{ $province }
lists-card-computed-province-among = 📊 Peringkat { $place } dari { $assessed } { $category } se-{ $province }
lists-card-computed-province-open = 📊 Peringkat { $place } di antara kabupaten/kota se-{ $province }
lists-card-computed-complete = {" "}(dihitung Rapor dari data lengkap{ $tied ->
    [yes] ; seri dengan nilai yang sama
   *[no] {""}
})
lists-card-computed-partial = {" "}(dihitung Rapor: tempat yang masih mungkin menurut nilainya dan peringkat resmi yang tercatat; nilai tercatat untuk { $withData }; bukan peringkat resmi{ $tied ->
    [yes] ; ada yang seri
   *[no] {""}
})

# Tren: peringkat yang disebut sumber tiap tahun.
lists-trend-rank-national = peringkat { $position } nasional
lists-trend-rank-province = peringkat { $position } se-{ $province }
lists-trend-rank-province-among = peringkat { $position } di antara { $category } se-{ $province }
lists-trend-ranks = {" "}· 🏅 { $ranks }

# Perbandingan.
lists-compare-common = ℹ️ Dibandingkan pada { $year }, tahun terbaru yang datanya ada untuk semuanya.
lists-compare-no-common = ℹ️ Tidak ada tahun yang datanya ada untuk semuanya: ditampilkan tahun terbaru masing-masing, dan selisihnya tidak dihitung.
lists-compare-no-gap-method = ℹ️ Selisih tidak dihitung: tahunnya berbeda metode penilaian.

# Rata-rata.
lists-average-title = 📊 <b>Rata-rata nilai { $scope }</b> · { $year }
lists-average-value = Rata-rata: <b>{ $value }</b> dari { $count } { $category } yang punya nilai
lists-average-group = <b>{ $category }</b>: rata-rata <b>{ $value }</b> dari { $count }
lists-average-complete = ℹ️ Dihitung Rapor dari nilai semua { $assessed } yang dinilai; bukan angka resmi Ombudsman.
lists-average-partial = ℹ️ Dihitung Rapor hanya dari nilai yang tercatat{ $assessed ->
    [none] {""}
   *[other] {" "}({ $count } dari { $assessed } yang dinilai)
}; data belum lengkap, bukan angka resmi Ombudsman.
lists-basis-mixed-complete = 🏅 «resmi»: peringkat yang disebut sumber. Nomor lain dihitung Rapor dari nilai; datanya lengkap.
lists-trend-ranks-only = { $year }: 🏅 { $ranks }
lists-button-more = 📋 Semua { $category }

# Sumber yang menomori Pemprov di dalam daftar kabupaten/kota provinsinya (src/answer/province-lists.ts).
lists-pemprov-listed = ℹ️ Daftar di { $sources } juga memuat Pemprov ({ $province }), di urutan { $position }. Peringkat se-provinsi hanya di antara kabupaten/kota: di sini Pemprov tidak ikut dihitung{ $shifted ->
    [yes] , dan tiap kabupaten/kota sesudahnya satu nomor lebih kecil daripada di sumber.
   *[no] .
}
lists-card-pemprov-shifted = ℹ️ Daftar di { $sources } juga memuat Pemprov ({ $province }) di urutan { $pemprovAt } dan menaruh { $name } di urutan { $listedAt }; di antara kabupaten/kota saja, itu peringkat { $position }.
lists-card-pemprov-listed = 📍 Daftar kabupaten/kota se-{ $province } di { $sources } juga memuat Pemprov, di urutan { $position }. Itu bukan peringkat: peringkat se-provinsi hanya di antara kabupaten/kota.

# Nilai yang tidak cocok dengan peringkat yang disebut sumber: tempatnya tidak bisa dihitung.
lists-card-contradicts-national = 📊 Peringkat nasional tidak disebut sumber, dan tempatnya tidak bisa dihitung: { $example ->
    [yes] nilainya ({ $score }) lebih tinggi daripada nilai { $other } ({ $otherScore }), yang menurut sumber peringkat { $position } nasional di antara { $category }
   *[no] nilainya tidak cocok dengan peringkat yang disebut sumber untuk { $category } lain
}. Sumber-sumbernya bertentangan; periksa tautannya.
lists-card-contradicts-province = 📊 Peringkat se-{ $province } tidak disebut sumber, dan tempatnya tidak bisa dihitung: { $example ->
    [yes] nilainya ({ $score }) lebih tinggi daripada nilai { $other } ({ $otherScore }), yang menurut sumber peringkat { $position } se-{ $province }
   *[no] nilainya tidak cocok dengan peringkat yang disebut sumber untuk kabupaten/kota lain
}. Sumber-sumbernya bertentangan; periksa tautannya.
lists-out-of-order = ⚠️ Peringkat yang disebut sumber tidak selalu mengikuti nilai yang tercatat: { $pairs }. Sumber-sumbernya bertentangan; urutan di sini mengikuti peringkat yang disebut sumber.
lists-out-of-order-pair = { $above } (peringkat { $abovePosition }, nilai { $aboveScore }) di atas { $below } (peringkat { $belowPosition }, nilai { $belowScore })
lists-contradicted = ⚠️ Tidak diberi tempat di daftar ini karena nilainya tidak cocok dengan peringkat yang disebut sumber: { $entries }. Sumber-sumbernya bertentangan; periksa tautannya.
lists-contradicted-entry = { $name } (nilai { $score }, lebih tinggi daripada peringkat { $position })
