# Grafik dan ekspor CSV (src/chart, src/export, src/bot/features/charts.ts).
# Teks di dalam gambar grafik adalah teks biasa: tanpa HTML dan tanpa emoji (fontnya tidak memuat emoji).
# Angka sudah diformat oleh kode (94,39).

## Teks di dalam grafik

chart-title-trend = { $name }: nilai dari tahun ke tahun
chart-title-top = { $n } besar { $scope }, { $year }
chart-title-bottom = { $n } terbawah { $scope }, { $year }
chart-title-list = { $scope }, { $year }
chart-title-list-page = { $scope }, { $year } (urutan { $from }–{ $to } dari { $count })
chart-title-compare = Perbandingan nilai, { $years }
chart-axis-year = Tahun penilaian
chart-axis-score = Nilai (0–100)
chart-source = Sumber: { $list }, data Rapor
chart-source-none = Sumber: data Rapor
chart-zone = { $zone ->
    [hijau] Zona hijau
    [kuning] Zona kuning
    [merah] Zona merah
    [hitam] Zona hitam
   *[none] Tanpa zona
}
chart-method-change = metode berubah
chart-gap = tidak ada penilaian
chart-rank-national = #{ $position } nas.
chart-rank-province = #{ $position } prov.
chart-rank-official-tag = resmi
chart-note-trend-ranks = #: peringkat resmi menurut sumber (nas. = nasional, prov. = se-provinsi).
chart-note-method = Metode berubah antara { $from } dan { $to }: nilai lintas metode tidak sebanding.
chart-note-sampled = { $year }: Opini Ombudsman RI atas sampel instansi; zona warna tidak lagi dipakai resmi.
chart-note-unscored = Tanpa nilai (sumber hanya menyebut zona, kategori atau peringkat): { $items }.
chart-note-conflict = Sumber lain menyebut nilai berbeda (grafik memakai nilai yang disebut paling banyak sumber): { $items }.
chart-note-no-data = Belum ada nilai: { $names }.
chart-group = { $category ->
    [provinsi] Provinsi
    [kabupaten] Kabupaten
    [kota] Kota
    [kementerian] Kementerian
   *[lembaga] Lembaga
}

## Kolom CSV (baris judul)

csv-column-name = nama
csv-column-code = kode
csv-column-category = kategori
csv-column-province = provinsi
csv-column-year = tahun
csv-column-score = nilai
csv-column-score-source = sumber_nilai
csv-column-zone = zona
csv-column-zone-source = sumber_zona
csv-column-grade = kategori_opini
csv-column-grade-source = sumber_kategori
csv-column-opinion = opini
csv-column-rank-national-official = peringkat_nasional_resmi
csv-column-rank-national-official-source = sumber_peringkat_nasional
csv-column-rank-province-official = peringkat_provinsi_resmi
csv-column-rank-province-official-source = sumber_peringkat_provinsi
csv-column-rank-national-computed = urutan_nasional_dihitung_rapor
csv-column-rank-province-computed = urutan_provinsi_dihitung_rapor
csv-column-caveats = catatan
csv-derived = diturunkan dari nilai dengan skala { $year }
csv-computed-complete = { $position } dari { $outOf } (data lengkap)
csv-computed-partial = { $position } dari { $outOf } yang datanya tersedia{ $assessed ->
    [none] {""}
   *[other] {" "}(dinilai: { $assessed })
} (data belum lengkap, bukan peringkat resmi)

## Bot

button-chart = 📊 Grafik
button-csv = 📄 CSV
bot-chart-failed = Maaf, grafiknya gagal dibuat. Silakan coba lagi sebentar lagi.
bot-chart-none = Untuk jawaban ini belum ada grafik. Grafik tersedia untuk tren, daftar peringkat dan perbandingan.
bot-csv-none = Untuk jawaban ini belum ada berkas CSV. CSV tersedia untuk nilai, tren, daftar peringkat dan perbandingan.
bot-csv-caption =
    📄 <b>{ $title }</b>
    { $rows } baris, UTF-8, dipisah koma. Setiap angka dengan sumbernya.
bot-usage-chart = Tulis pertanyaannya, mis. <code>/grafik tren Kota Metro</code> atau <code>/grafik 5 besar kabupaten di Sumsel 2023</code>.
bot-usage-export = Tulis pertanyaannya, mis. <code>/ekspor 10 besar kabupaten 2023</code> atau <code>/ekspor tren Kota Metro</code>.
bot-command-chart = Grafik tren, daftar atau perbandingan
bot-command-export = Unduh CSV: /ekspor pertanyaan
bot-terminal-chart-saved = [grafik disimpan: { $path }]
bot-terminal-chart-unsaved = [grafik { $name }: jalankan dengan --chart-dir DIR untuk menyimpannya]
bot-terminal-document-saved = [berkas disimpan: { $path }]
bot-terminal-document-unsaved = [berkas { $name }: jalankan dengan --chart-dir DIR untuk menyimpannya]
