# Rapor: Bahasa Indonesia. Numbers arrive already formatted (94,39).

## Names of things

category-provinsi = provinsi
category-kabupaten = kabupaten
category-kota = kota
category-kementerian = kementerian
category-lembaga = lembaga
category-regional = kabupaten/kota
category-total = semua instansi
list-and = {" "}dan{" "}
category-plural = { $category ->
    [provinsi] provinsi
    [kabupaten] kabupaten
    [kota] kota
    [kementerian] kementerian
    [lembaga] lembaga
   *[other] kabupaten/kota
}

zone-hijau = Zona Hijau
zone-kuning = Zona Kuning
zone-merah = Zona Merah
zone-hitam = Zona Hitam

unit-kind = { $kind ->
    [dukcapil] Dukcapil
    [dpmptsp] DPMPTSP
    [pendidikan] Dinas Pendidikan
    [kesehatan] Dinas Kesehatan
    [sosial] Dinas Sosial
    [puskesmas] Puskesmas
    [rsud] RSUD
    [pertanahan] Kantor Pertanahan
    [polres] Polres
    [sekolah] Sekolah
   *[other] Unit lain
}

unit-kind-name = { $kind ->
    [dukcapil] Disdukcapil
    [dpmptsp] DPMPTSP
    [pendidikan] Dinas Pendidikan
    [kesehatan] Dinas Kesehatan
    [sosial] Dinas Sosial
    [puskesmas] Puskesmas
    [rsud] RSUD
    [pertanahan] Kantor Pertanahan
    [polres] Polres
    [sekolah] Sekolah
   *[other] Unit
}

## Score card

card-title = { $emoji } <b>{ $name }</b> · { $year }
card-programme = <i>{ $programme }</i>
card-score = Nilai: <b>{ $score }</b>
card-score-missing = Nilai: tidak disebut sumber
card-grade = Kategori <b>{ $grade }</b>
card-predicate = Predikat: { $predicate }
card-opinion = Opini: { $opinion }
card-derived = (diturunkan dari nilai)
card-rank-national-official = 🏅 Peringkat { $position } nasional di antara { $category }
card-rank-national-official-of = 🏅 Peringkat { $position } dari { $assessed } { $category } secara nasional
card-rank-province-official = 📍 Peringkat { $position } se-{ $province }
card-rank-source = (menurut sumber)
card-change = Dibanding { $fromYear }: { $fromScore } → { $score } ({ $delta })
card-change-method = Dibanding { $fromYear }: { $fromScore } → { $score } ({ $delta }), tetapi metodenya berbeda sehingga tidak sebanding
card-other-years = Tahun lain dengan data: { $years }
card-notes = Catatan sumber: { $note }
rank-question-title = 🏅 <b>Peringkat { $name }</b> · { $year }
rank-none = Belum ada sumber yang menyebut peringkatnya, dan data yang tersedia belum cukup untuk menghitungnya.
rank-none-province = Peringkat se-provinsi hanya berlaku untuk kabupaten/kota; provinsi diperingkat secara nasional.

## Sources and caveats

sources = Sumber: { $list }
sources-more = dan { $count } lainnya
caveat-conflict = ⚠️ Sumber berbeda: { $what } menurut { $sources }. Yang ditampilkan adalah nilai yang disebut paling banyak sumber.
caveat-conflict-tie = ⚠️ Sumber tidak sepakat: { $what } menurut { $sources }, { $shown } menurut { $shownSources }. Belum jelas mana yang benar; periksa tautannya.
caveat-field = { $field ->
    [score] nilai
    [zone] zona
    [grade] kategori
    [rank_national] peringkat nasional
    [rank_province] peringkat provinsi
   *[other] opini
}
caveat-zone-derived = ℹ️ Zona tidak disebut sumber; diturunkan dari nilai dengan skala tahun { $year }.
caveat-grade-derived = ℹ️ Kategori tidak disebut sumber; diturunkan dari nilai dengan skala tahun { $year }.
caveat-zone-contradicts-score = ⚠️ Sumber menyebut { $stated }, padahal menurut skala { $year } nilainya masuk { $expected }.
caveat-grade-contradicts-score = ⚠️ Sumber menyebut kategori { $stated }, padahal menurut skala { $year } nilainya masuk kategori { $expected }.
caveat-group-statement-only = ℹ️ Zona ini berasal dari pernyataan untuk sekelompok daerah, bukan laporan khusus untuk { $name }.
caveat-scale-uncertain = ℹ️ Batas skala tahun { $year } tidak sepenuhnya pasti (keyakinan: { $confidence }).
confidence-level = { $level ->
    [high] tinggi
    [medium-high] sedang-tinggi
    [medium] sedang
    [low] rendah
   *[other] tidak diketahui
}
confidence-part = { $level } untuk { $aspect ->
    [integer-bounds] batas bilangan bulat
    [decimal-handling] penanganan desimal
    [upper] batas atas
    [lower] batas bawah { $bound }
   *[labels] label dan contohnya
}
caveat-sampled-year = ℹ️ { $year }: Opini Ombudsman RI dengan metode baru, hanya atas sampel instansi; zona warna tidak lagi dipakai resmi.
caveat-no-assessment = ℹ️ Tahun { $year } tidak ada penilaian kepatuhan (pandemi COVID-19).
caveat-method-change = ⚠️ Metode penilaian berubah antara { $from } dan { $to }: nilai lintas metode tidak sebanding.
caveat-partial-data = ℹ️ Data belum lengkap: hanya { $withData } yang datanya tersedia{ $assessed ->
    [none] {""}
   *[other] {" "}dari { $assessed } yang dinilai
}.
caveat-source-note = { $note ->
    [unit-average] ⚠️ Sumber menghitung nilai ini sebagai rata-rata nilai unit layanan; bisa jadi bukan nilai resmi instansinya.
    [recorded-as-written] ⚠️ Zona dan kategori dicatat seperti tertulis di sumber, walau tidak cocok dengan skala tahun itu.
    [inconsistent] ⚠️ Sumbernya tidak konsisten di dalam beritanya sendiri; periksa tautannya.
    [caution] ⚠️ Penyusun data meragukan angka ini; periksa sumbernya sebelum mengutip.
   *[conflict] ⚠️ Laporan lain memberi angka atau status yang berbeda; periksa sumbernya sebelum mengutip.
}
caveat-note-only = ℹ️ Catatan penyusun data: “{ $note }”
caveat-not-assessed = ℹ️ Menurut sumber, { $name ->
    [none] instansi ini
   *[other] { $name }
} tidak dinilai pada { $year }.

## Ranked lists

list-title-top = 🏆 <b>{ $n } besar { $scope }</b> · { $year }
list-title-bottom = 🔻 <b>{ $n } terbawah { $scope }</b> · { $year }
list-title-list = 📋 <b>Daftar { $scope }</b> · { $year }
list-scope-province = kabupaten/kota se-{ $province }
list-scope-province-category = { $category } se-{ $province }
list-scope-national = { $category } nasional
list-filter-zone = , { $zone }
list-filter-grade = , kategori { $grade }
list-group-title = <b>{ $category }</b>
list-page = Halaman { $page } dari { $pages }

## Compare

compare-title = ⚖️ <b>Perbandingan</b>{ $year ->
    [none] {""} (tahun terbaru masing-masing)
   *[other] {" "}· { $year }
}
compare-item = • <b>{ $name }</b> ({ $year }): <b>{ $score }</b> { $emoji }{ $grade }
compare-item-unscored = • <b>{ $name }</b> ({ $year }): { $emoji } { $label }
compare-item-missing = • <b>{ $name }</b>: belum ada data{ $years ->
    [none] {""}
   *[other] {" "}untuk tahun ini (tersedia: { $years })
}
compare-gap = Selisih { $delta } poin: { $leader } lebih tinggi.
compare-equal = Nilainya sama.

## Trend

trend-title = 📈 <b>{ $name }</b> dari tahun ke tahun
trend-point = { $year }: <b>{ $score }</b> { $emoji }{ $grade }{ $delta }
trend-point-unscored = { $year }: { $emoji } { $label }
trend-gap = { $year }: tidak ada penilaian

## Units

units-title = 🏢 <b>Unit layanan { $name }</b> · { $year }
units-title-kind = 🏢 <b>{ $kind } { $name }</b> · { $year }
units-entry = • { $unit }: { $result }
units-role-model = Role Model Pelayanan Publik
units-conflict = ⚠️ Sumber berbeda untuk { $unit }: { $score } menurut { $sources }
units-note = ℹ️ Nilai daerah tidak dihitung dari nilai unit; cara penggabungannya tidak dipublikasikan.
units-other-years = Tahun lain dengan data unit: { $years }
units-other-programme = ℹ️ Ada juga hasil { $programme } untuk { $name }: { $years } (program lain, tidak dicampur di sini).
no-units-lead = 🏢 Belum ada nilai unit layanan{ $kind ->
    [none] {""}
   *[other] {" "}{ $kind }
} untuk { $name }{ $year ->
    [none] {""}
   *[other] {" "}tahun { $year }
} dalam { $programme } di data Rapor.
no-units-body-result = Hasil { $name } sendiri tahun { $year } — { $result }
no-units-body-none = { $name } juga belum punya hasil penilaian{ $year ->
    [none] {""}
   *[other] {" "}untuk tahun { $year }
} di data Rapor.
no-units-years = Tahun dengan data unit: { $years }.
no-units-never = Belum ada data unit layanan { $name } untuk tahun mana pun.
unit-ranking-scope-national = se-Indonesia
unit-ranking-scope-province = se-{ $province }
unit-ranking-title-top = 🏆 <b>{ $kind } dengan nilai tertinggi { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-title-bottom = 🔻 <b>{ $kind } dengan nilai terendah { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-title-list = 📋 <b>{ $kind } yang dinilai { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-entry = { $position }. { $unit }{ $body } — { $result }
unit-ranking-entry-unscored = • { $unit }{ $body } — { $result }
unit-ranking-note = ℹ️ Urutan ini disusun Rapor dari { $count } nilai unit { $kind } yang datanya tersedia, hanya membandingkan nilai dari program dan tahun yang sama; ini bukan peringkat resmi.
unit-ranking-apart = ℹ️ { $kind } dinilai Ombudsman dalam penilaian yang sama, tetapi bukan bagian dari nilai pemerintah daerah.
unit-ranking-none = Belum ada nilai unit { $kind } { $scope }{ $year ->
    [none] {""}
   *[other] {" "}untuk tahun { $year }
} di data Rapor.
unit-ranking-years = Tahun dengan data unit { $kind }: { $years }.
unit-card-title = 🏢 <b>{ $unit }</b>{ $body ->
    [none] {""}
   *[other] {" "}· { $body }
}
unit-card-line = { $year } · { $programme }: { $result }
unit-card-more = … dan { $count } unit lain dengan nama serupa.
unit-card-unscored = Rapor belum punya nilai untuk { $unit }. Unit ini disebut dalam laporan berikut:
unit-card-mention = • Unit yang dinilai dalam hasil { $name } { $year } ({ $result }). { $sources }
unit-card-none = Tidak ada unit layanan bernama { $unit } di data Rapor.
unit-card-hint = Coba tulis nama daerahnya juga, mis. "unit layanan Kota Metro 2023", atau jenis unitnya, mis. "puskesmas terbaik 2023".

## Other programmes

programme-title = 🏛 <b>{ $programme }</b>
programme-group = <b>{ $name }</b> · { $year }
programme-body-result = • Hasil instansi: { $result }
programme-none = Rapor belum punya hasil { $programme }{ $name ->
    [none] {""}
   *[other] {" "}untuk { $name }
}{ $kind ->
    [none] {""}
   *[other] {" "}(unit { $kind })
}.
programme-note = ℹ️ Ini program KemenPAN-RB (Indeks Pelayanan Publik, skala 1–5; "Role Model Pelayanan Publik" adalah penghargaan bagi unit terbaiknya), terpisah dari Penilaian Kepatuhan Ombudsman RI: nilai dan predikatnya tidak sebanding.
programme-ombudsman-years = ℹ️ Hasil { $ombudsman } untuk { $name }: { $years }.

## Stats

stats-title = 📊 <b>Sebaran zona { $scope }</b> · { $year }
stats-scope-total = semua instansi
stats-scope-province = kabupaten/kota se-{ $province }
stats-assessed = Dinilai: { $count }
stats-zone = { $emoji } { $zone }: <b>{ $count }</b>
stats-grade = Kategori { $grade }: <b>{ $count }</b>
stats-basis-rows = ℹ️ Dihitung dari { $withData } { $category } yang datanya tersedia{ $expected ->
    [none] {""}
   *[other] {" "}dari { $expected }
}.
stats-conflict = ⚠️ Sumber lain menyebut { $field } { $value } ({ $sources }).
stats-field = { $field ->
    [assessed] jumlah dinilai
    [hijau] zona hijau
    [kuning] zona kuning
   *[merah] zona merah
}

## Explain

explain-title = ℹ️ <b>{ $topic }</b>
explain-title-all = ℹ️ <b>Skala penilaian</b>
explain-title-year = ℹ️ <b>Skala penilaian { $year }</b>
explain-entry = { $years }: { $min } – { $max }{ $grade }{ $zone } · { $predicate }
explain-entry-grade = {" "}· Kategori { $grade }
explain-entry-zone = {" "}· { $zone }
explain-programme = <i>{ $programme }</i>
explain-none = Saya tidak menemukan istilah itu di skala penilaian. Coba: "apa arti zona kuning", "apa itu opini kualitas tinggi", atau "skala 2023".
explain-footer = Nilai 0–100, dua desimal. Tahun 2020 tidak ada penilaian.

## About, method, schedule

about-title = ℹ️ <b>Tentang data Rapor</b>
about-counts = Data Rapor dihimpun dari berita dan siaran pers Ombudsman RI yang terbit untuk umum: { $results } baris hasil instansi, { $units } baris hasil unit layanan dan { $aggregates } baris rekap nasional, dari { $reports } laporan, untuk { $bodies } instansi, tahun { $years }.
about-points =
    • Setiap angka disertai tautan sumbernya (atau nama beritanya bila tanpa tautan).
    • Datanya <b>belum lengkap</b>: tidak semua daerah dan tahun tercakup. "Belum ada data" bukan berarti nilainya nol.
    • Peringkat resmi hanya yang disebut sumber; urutan yang dihitung Rapor diberi tanda bila datanya belum lengkap.
about-point-no-round = • Tahun { $years } tidak ada penilaian (pandemi COVID-19).
about-point-methods = • Metode penilaian berubah pada { $years }; nilai lintas metode tidak sebanding (tanyakan "bagaimana cara menghitung nilainya?").
about-programmes = Program yang ada datanya: { $programmes }. Jawaban selalu menyebut programnya.
method-title = ℹ️ <b>Cara Ombudsman RI menilai kepatuhan</b>
method-title-year = ℹ️ <b>Cara Ombudsman RI menilai kepatuhan tahun { $year }</b>
method-period = <b>{ $years }</b>: { $basis ->
    [standards] nilai 0–100 dari pemenuhan standar pelayanan publik (UU 25/2009) pada produk layanan yang diperiksa; hanya standar, belum ada dimensi lain.
    [dimensions] nilai 0–100 dari empat dimensi berbobot: { $dimensions }.
   *[dimensions-trust] Opini Ombudsman RI (Penilaian Maladministrasi): empat dimensi yang sama bersama-sama { $total }%, ditambah { $dimensions }; hanya sampel instansi yang dinilai.
}
method-dimension = { $dimension ->
    [input] input (kompetensi petugas, sarana)
    [proses] proses (standar pelayanan)
    [output] output (persepsi maladministrasi oleh pengguna)
    [pengaduan] pengaduan (pengelolaan pengaduan)
   *[trust] kepercayaan publik
}{ $weight ->
    [none] {""}
   *[other] {" "}{ $weight }%
}
method-result = { $result ->
    [zone] Hasilnya zona: hijau, kuning atau merah.
    [opinion-zone] Hasilnya opini berkategori A–E beserta zonanya.
   *[opinion] Hasilnya opini berkategori A–E; zona warna tidak lagi dipakai resmi.
}
method-footer = Cara nilai unit layanan digabung menjadi nilai daerah tidak dipublikasikan. Nilai lintas periode tidak sebanding. Sumber: ringkasan metode Ombudsman RI yang dikutip berita (lihat /tentang).
schedule-title = 🗓 <b>Kapan hasil penilaian keluar</b>
schedule-on = diumumkan { $date }
schedule-months = diumumkan { $from }–{ $to } { $year }
schedule-latest = Hasil terbaru di data Rapor adalah tahun { $year }{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
}. Hasil tahun berikutnya belum ada di data Rapor.
schedule-published = Hasil penilaian { $year } sudah keluar{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
} dan ada di data Rapor; tanyakan mis. "nilai Kota Metro { $year }".
schedule-published-no-data = Hasil penilaian { $year } sudah keluar ({ $when }), tetapi belum ada di data Rapor.
schedule-not-published = Hasil penilaian { $year } belum diumumkan: belum ada di data Rapor, yang terbaru adalah hasil { $latest }.
schedule-no-data = Rapor tidak punya data maupun tanggal pengumuman untuk tahun { $year }.
schedule-past-title = Pengumuman sebelumnya:
schedule-past = • Hasil { $year }: { $when }
schedule-past-months = Penilaian { $years } diumumkan sekitar { $from }–{ $to } tahun yang sama.
schedule-past-note = Tanggal berikutnya belum diketahui; Rapor tidak menebaknya.
schedule-year-note = ℹ️ Tahun hasil adalah tahun penilaian, bukan tahun pengumuman: hasil { $year } diumumkan { $date }.

## Conversation

help =
    👋 <b>Rapor</b> menjawab pertanyaan tentang hasil Penilaian Kepatuhan Pelayanan Publik Ombudsman RI.

    Contoh pertanyaan:
    • nilai Lampung Utara 2021
    • peringkat lampura se-Lampung 2021
    • 5 besar kabupaten di Sumsel 2023
    • bandingkan Tebo dan Batanghari 2022
    • tren Kota Payakumbuh
    • unit layanan Kota Palembang 2025
    • berapa daerah zona merah 2022
    • apa arti zona kuning

    🔔 Ikuti hasil baru sebuah daerah: /langganan Lampung Utara
greeting = Halo! 👋 Saya <b>Rapor</b>, siap menjawab soal hasil penilaian pelayanan publik. Coba tanya:
    • nilai Lampung Utara 2021
    • 5 besar kabupaten di Sumsel 2023
unmatched = Tidak ada daerah atau instansi bernama { $names } di data Rapor.
unmatched-hint = Periksa ejaannya atau tulis nama lengkapnya, mis. "Kota Jambi" atau "Kabupaten Tebo".
unmatched-list = Untuk melihat { $category ->
    [provinsi] provinsi
    [kabupaten] kabupaten
    [kota] kota
    [kementerian] kementerian
    [lembaga] lembaga
   *[other] kabupaten/kota
} yang ada datanya, ketik "daftar { $category ->
    [provinsi] provinsi
    [kabupaten] kabupaten
    [kota] kota
    [kementerian] kementerian
    [lembaga] lembaga
   *[other] kabupaten
} { $year ->
    [none] 2024
   *[other] { $year }
}".
unknown = Maaf, saya belum memahami pertanyaan itu. Coba sebut nama daerah atau instansi dan tahunnya, mis. "nilai Lampung Utara 2021" atau "5 besar kabupaten di Jambi 2022". Ketik /bantuan untuk contoh lain.
ambiguous = Ada beberapa yang cocok dengan "{ $text }". Maksud Anda yang mana?
need-body = Sebut nama daerah atau instansinya, mis. "nilai Lampung Utara 2021".
need-two-bodies = Sebut dua nama atau lebih untuk dibandingkan, mis. "bandingkan Tebo dan Batanghari 2022".
no-data-body-year = Belum ada data { $name } untuk tahun { $year }.
no-data-body = Belum ada data hasil penilaian untuk { $name }.
no-data-year = Belum ada data untuk tahun { $year } dengan kriteria itu.
no-data = Belum ada data dengan kriteria itu.
no-data-available = Data yang tersedia: { $years }.
no-data-partial = Data Rapor dihimpun dari laporan publik dan belum lengkap.
subscribe-hint = Untuk berlangganan kabar hasil penilaian, pakai /langganan nama-daerah.
subscribe-press = Tekan tombol di bawah untuk mengikuti hasil barunya, atau pakai /langganan nama-daerah.

## Buttons

button-trend = 📈 Tren
button-units = 🏢 Unit layanan
button-top-province = 🏆 Peringkat se-{ $province }
button-compare = ⚖️ Bandingkan
button-follow = 🔔 Ikuti
button-follow-name = 🔔 Ikuti { $name }
button-prev = ◀️ Sebelumnya
button-next = Berikutnya ▶️
button-card = { $name }
button-card-year = { $name } { $year }
button-ombudsman-card = 📊 Ombudsman RI: { $name }
button-programme = { $programme ->
    [kemenpanrb-ipp] 🏛 KemenPAN-RB
   *[other] 🏛 Program lain
}

## Bot
# Texts of the Telegram bot and the terminal chat (src/bot, src/cli/terminal.ts).

bot-welcome = Halo{ $name ->
    [none] {""}
   *[other] {" "}{ $name }
}! Saya <b>Rapor</b>: tanyakan hasil penilaian kepatuhan pelayanan publik Ombudsman RI untuk daerah atau instansi mana pun.
bot-commands =
    <b>Perintah</b>
    /nilai nama [tahun]: nilai dan zona
    /peringkat nama [tahun]: peringkat
    /top [jumlah] [provinsi] [tahun]: daftar teratas
    /bandingkan nama dan nama [tahun]: perbandingan
    /tren nama: dari tahun ke tahun
    /unit nama [tahun]: nilai unit layanan
    /grafik pertanyaan: jawabannya sebagai grafik (tren, daftar, perbandingan)
    /ekspor pertanyaan: jawabannya sebagai file CSV
    /langganan nama: ikuti hasil baru sebuah daerah, provinsi atau kategori
    /berhenti [nama]: berhenti mengikuti
    /zona: arti zona, kategori dan predikat
    /bahasa: ganti bahasa
    /tentang: tentang data ini
    /batal: batalkan pertanyaan yang sedang berjalan
bot-commands-groups = Di grup, sebut { $mention } atau balas pesan saya.
bot-scale-title = ℹ️ <b>Skala penilaian Ombudsman RI</b>
bot-scale-intro = Nilai 0–100. Sampai 2021 hasilnya berupa zona (hijau, kuning, merah); sejak 2022 berupa kategori A–E dengan opini, dan sejak 2025 zona warna tidak lagi dipakai resmi.
bot-usage-score = Tulis nama daerah atau instansinya, mis. <code>/nilai Lampung Utara 2021</code>.
bot-usage-rank = Tulis nama daerah atau instansinya, mis. <code>/peringkat Kota Kendari 2022</code>.
bot-usage-trend = Tulis nama daerah atau instansinya, mis. <code>/tren Kota Payakumbuh</code>.
bot-usage-units = Tulis nama daerah atau instansinya, mis. <code>/unit Kota Palembang 2025</code>.
bot-compare-ask-first = ⚖️ Mau membandingkan siapa? Kirim nama daerah atau instansi pertama. (/batal untuk berhenti)
bot-compare-ask-next = ⚖️ Bandingkan <b>{ $name }</b> dengan siapa? Kirim nama berikutnya. (/batal untuk berhenti)
bot-compare-not-found = Saya tidak menemukan daerah atau instansi bernama "{ $text }". Coba tulis nama lengkapnya, mis. "Kabupaten Tebo".
bot-compare-need-text = Kirim namanya sebagai teks, mis. "Kota Jambi".
bot-compare-gave-up = Perbandingan dibatalkan. Coba lagi dengan /bandingkan kapan saja.
bot-compare-open-chat = Buka chat dengan saya untuk membandingkan.
bot-cancelled = Baik, dibatalkan.
bot-nothing-to-cancel = Tidak ada yang sedang berjalan. Silakan kirim pertanyaan.
bot-language-choose = Pilih bahasa / Choose a language:
bot-language-id = 🇮🇩 Bahasa Indonesia
bot-language-en = 🇬🇧 English
bot-language-set = ✅ Bahasa: Indonesia. Jawaban berikutnya dalam bahasa Indonesia.
bot-button-stale = Tombol ini sudah tidak berlaku. Silakan kirim pertanyaannya lagi.
bot-flood = Pelan-pelan ya 🙂 Terlalu banyak pesan dalam waktu singkat; tunggu sebentar lalu coba lagi.
bot-error = Maaf, terjadi kesalahan. Silakan coba lagi.
bot-non-text = Saya hanya bisa membaca pertanyaan berupa teks, mis. "nilai Lampung Utara 2021".
bot-inline-help-title = Cari hasil penilaian
bot-inline-help-description = Ketik nama daerah dan tahun, mis. lampung utara 2021
bot-inline-help-text = Tanyakan hasil penilaian kepatuhan pelayanan publik Ombudsman RI ke { $mention }, mis. <code>{ $mention } lampung utara 2021</code>.
bot-command-start = Mulai dan contoh pertanyaan
bot-command-help = Bantuan dan daftar perintah
bot-command-score = Nilai dan zona: /nilai nama [tahun]
bot-command-rank = Peringkat: /peringkat nama [tahun]
bot-command-top = Daftar teratas: /top [provinsi] [tahun]
bot-command-compare = Bandingkan dua daerah atau instansi
bot-command-trend = Tren dari tahun ke tahun
bot-command-units = Nilai unit layanan
bot-command-scale = Arti zona, kategori dan predikat
bot-command-language = Ganti bahasa
bot-command-about = Tentang data dan sumbernya
bot-command-cancel = Batalkan pertanyaan yang berjalan
bot-terminal-intro = Rapor di terminal. Ketik pertanyaan lalu Enter; ketik angka untuk menekan tombol; Ctrl+D untuk keluar.
bot-command-follow = Ikuti hasil baru: /langganan nama
bot-command-unfollow = Berhenti mengikuti: /berhenti [nama]
bot-sub-usage = 🔔 Ikuti hasil penilaian terbaru dengan <code>/langganan nama</code>, misalnya <code>/langganan Lampung Utara</code>, <code>/langganan Jawa Barat</code> (semua daerahnya) atau <code>/langganan kabupaten</code>.
bot-sub-none = Obrolan ini belum mengikuti apa pun.
bot-sub-list-title = 🔔 <b>Yang diikuti obrolan ini</b>
bot-sub-list-hint = Tambah dengan <code>/langganan nama</code>; tekan tombol ✖️ untuk berhenti mengikuti.
bot-sub-stop-button = ✖️ { $name }
bot-sub-subscribed = ✅ Sekarang mengikuti <b>{ $name }</b>. Hasil baru akan dikirim ke sini.
bot-sub-already = Sudah mengikuti <b>{ $name }</b>.
bot-sub-limit = Batas { $max } langganan per obrolan sudah tercapai. Hentikan salah satu dulu dengan /berhenti.
bot-sub-not-found = Tidak ada daerah atau instansi bernama "{ $text }". Coba nama lengkapnya, misalnya "Kabupaten Tebo".
bot-sub-choose = Yang mana yang ingin diikuti?
bot-sub-stopped = 🔕 Berhenti mengikuti <b>{ $name }</b>.
bot-sub-not-following = Obrolan ini tidak mengikuti <b>{ $name }</b>.
bot-sub-stop-all-confirm = Berhenti mengikuti semuanya ({ $count })?
bot-sub-stop-all-button = 🔕 Ya, berhenti semua
bot-sub-stopped-all = 🔕 Berhenti mengikuti semuanya ({ $count }).
bot-sub-admins-only = Maaf, di grup hanya admin grup yang dapat mengubah langganan.
bot-target-province = { $name } (semua daerahnya)
bot-target-category = semua { $category ->
    [provinsi] pemerintah provinsi
    [kabupaten] pemerintah kabupaten
    [kota] pemerintah kota
    [kementerian] kementerian
   *[lembaga] lembaga
  }
bot-admin-only = Maaf, perintah ini hanya untuk admin bot.
bot-status =
    📮 <b>Antrean pengumuman</b>
    Antre: { $queued }
    Terkirim: { $sent }
    Gagal: { $failed }
    Diblokir: { $blocked }
    Kecepatan kirim: { $rate } pesan/detik
bot-import-preview =
    📄 <b>Uji impor { $file }</b> (belum ada yang ditulis)
    Baris baru: { $added }
    Sudah ada: { $unchanged }
    Bertentangan dengan sumber tersimpan: { $conflicts }
    Pengumuman yang akan dikirim: { $messages }, ke { $chats } obrolan pengikut
bot-import-nothing = Tidak ada baris baru di { $file }; tidak ada yang perlu diimpor.
bot-import-rejected = ❌ { $file } ditolak, tidak ada yang ditulis ({ $count } masalah):
bot-import-more = … dan { $count } lagi
bot-import-confirm = ✅ Impor
bot-import-cancel = ✖️ Batal
bot-import-done = ✅ Diimpor: { $added } baris baru. Pengumuman masuk antrean: { $messages }.
bot-import-cancelled = Impor dibatalkan.
bot-import-expired = Tidak ada impor yang menunggu. Kirim berkas CSV-nya lagi.
bot-import-unreadable = Berkas ini tidak dapat dibaca. Kirim berkas CSV (UTF-8), paling besar 20 MB.
bot-sub-ask = Ketik nama daerah, provinsi atau kategori yang ingin diikuti, atau /batal.
bot-sub-ask-group = Balas pesan ini dengan nama daerah, provinsi atau kategori yang ingin diikuti, atau /batal.
bot-sub-ask-again = Ketik nama lain, atau /batal.
bot-sub-need-text = Ketik nama yang ingin diikuti (teks), atau /batal.
bot-sub-gave-up = Nama itu tidak ditemukan. Coba lagi nanti dengan <code>/langganan nama</code>.
bot-announce-ask-audience = 📢 Pengumuman ini untuk siapa? Ketik nama daerah, provinsi atau kategori (pengikutnya yang menerima), atau <b>semua</b> untuk semua pengikut. /batal untuk berhenti.
bot-announce-need-text = Ketik jawabannya sebagai teks, atau /batal.
bot-announce-which = Nama itu cocok dengan beberapa: { $names }. Ketik nama lengkapnya.
bot-announce-gave-up = Sasaran pengumuman tidak ditemukan; tidak ada yang dikirim.
bot-announce-everyone = <b>semua pengikut</b>
bot-announce-followers = pengikut <b>{ $name }</b>
bot-announce-ask-text = Tulis pengumumannya untuk { $audience } (teks biasa, paling banyak { $max } karakter), atau /batal.
bot-announce-too-long = Pengumuman harus berisi teks dan paling banyak { $max } karakter (yang ini { $length }). Tulis lagi, atau /batal.
bot-announce-nobody = Belum ada penerima ({ $audience }); tidak ada yang dikirim.
bot-announce-preview = ☝️ Pratinjau. Kirim ke { $chats } obrolan ({ $audience })?
bot-announce-send = 📢 Kirim
bot-announce-cancel = ✖️ Batal
bot-announce-cancelled = Pengumuman dibatalkan; tidak ada yang dikirim.
bot-announce-queued = ✅ Pengumuman masuk antrean: { $messages } pesan. Bot mengirimnya bertahap; lihat /status.
bot-command-status = (admin) Antrean pengumuman
bot-command-announce = (admin) Tulis pengumuman untuk pengikut
