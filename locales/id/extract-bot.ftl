# Laporan berita yang dibaca ekstraktor dan ditinjau admin di bot (issue 13).

extract-header =
    📰 <b>Tinjauan laporan berita</b> (draf #{ $draft })
    «{ $title }»
extract-source-url = Sumber: { $url }
extract-source-none = Sumber: tanpa URL; catatan tiap baris menyebut laporannya ({ $note })
extract-source-ask = Sumber: belum ada (ditanyakan sebelum pratinjau)
extract-position = Kandidat { $n } dari { $total } · { $kind }
extract-kind-row = baris hasil
extract-kind-unit = unit layanan
extract-identity-row = { $body } · { $year } · { $programme }
extract-identity-unit = <b>{ $unit }</b> milik { $body } · { $year } · { $programme }
extract-group-statement = (pernyataan kelompok: hanya zona dan kategori)
extract-programme = { $programme ->
    [ombudsman-kepatuhan] Ombudsman RI
    [kemenpanrb-ipp] KemenPAN-RB
   *[other] { $programme }
  }
extract-corrected = ✏️ dikoreksi
extract-confidence = Keyakinan: { $percent }%
extract-read-from = Dibaca dari:
extract-refused = ⚠️ Impor akan menolak kandidat ini:
extract-decision-keep = Keputusan: ✅ disimpan
extract-decision-drop = Keputusan: 🗑 dibuang
extract-decision-open = Keputusan: ⏳ belum diputuskan (sudah dikoreksi; tidak diimpor)
extract-decision-none = Keputusan: ⏳ belum diputuskan (tidak diimpor)
extract-tally = Disimpan { $kept }, dibuang { $dropped }, belum diputuskan { $open } dari { $total }.
extract-no-candidates = Tidak ada baris yang terbaca dari laporan ini; berikut yang tidak dapat saya putuskan.

extract-btn-keep = ✅ Simpan
extract-btn-drop = 🗑 Buang
extract-btn-fix = ✏️ Koreksi
extract-btn-prev = ◀️ Sebelumnya
extract-btn-next = Berikutnya ▶️
extract-btn-undecided = ❓ Tak terputuskan ({ $count })
extract-btn-preview = 📋 Pratinjau impor
extract-btn-back = ↩️ Kembali ke kandidat
extract-btn-import = ✅ Impor
extract-btn-cancel = ✖️ Batal

extract-field-programme = program
extract-field-year = tahun
extract-field-category = kategori instansi
extract-field-entity-code = instansi/daerah
extract-field-entity-name = nama instansi
extract-field-province-code = provinsi
extract-field-score = nilai
extract-field-zone = zona
extract-field-opinion = kategori (huruf)
extract-field-opinion-text = opini
extract-field-rank-national = peringkat nasional
extract-field-rank-province = peringkat se-provinsi
extract-field-statement = jenis pernyataan
extract-field-source-url = URL sumber
extract-field-note = catatan
extract-field-unit-kind = jenis unit
extract-field-unit-name = nama unit
extract-field-row = baris

extract-why-future = harapan atau target, bukan hasil
extract-why-year-unknown = tahunnya tidak disebut ("{ $words }")
extract-why-year-relative = tahun relatif terhadap tahun yang tidak disebut laporan
extract-why-no-year = laporan tidak menyebut tahun penilaian dan tidak bertanggal
extract-why-ipp-scale = bukan skala 1-5 indeks KemenPAN-RB
extract-why-earlier-zone = zona tahun sebelumnya yang tidak disebut laporan
extract-why-rank-scope = cakupan peringkatnya (se-provinsi atau nasional) tidak disebut
extract-why-rank-other-province = peringkat di { $province }, bukan provinsi { $body }
extract-why-unit-rank = peringkat unit (Rapor tidak mencatat peringkat unit)
extract-why-ambiguous-name = "{ $name }" bisa { $options }
extract-why-group-figure = angka sebuah kelompok yang tidak disebut laporan
extract-why-no-body = tidak ada instansi atau daerah yang disebut untuk angka ini
extract-why-group-unnamed = pernyataan kelompok ({ $group }: { $figure }); laporan tidak menyebut siapa saja
extract-why-conflict = berbeda dengan { $field } { $value } yang terbaca untuk instansi dan tahun yang sama ("{ $text }")
extract-undecided-title = ❓ <b>Yang tidak dapat saya putuskan</b> ({ $from }–{ $to } dari { $total }; tidak diimpor)
extract-undecided-item = • «{ $text }»: { $why }

extract-refusal-unknown-programme = program "{ $value }" tidak dikenal
extract-refusal-not-assessed-year = { $year } bukan tahun penilaian program ini
extract-refusal-unknown-code = kode "{ $value }" tidak dikenal
extract-refusal-wrong-category = { $code } adalah { $actual }, bukan { $given }
extract-refusal-unknown-province = kode provinsi "{ $value }" tidak dikenal
extract-refusal-province-empty = harus kosong untuk { $category }
extract-refusal-province-expected = harus { $expected } untuk { $code } tahun { $year }
extract-refusal-province-not-yet = provinsi { $code } belum ada pada { $year }
extract-refusal-score-range = harus antara { $min } dan { $max }
extract-refusal-opinion-not-allowed = harus salah satu dari { $allowed } pada { $year }
extract-refusal-opinion-none = { $year } tidak memakai kategori huruf: kosongkan
extract-refusal-zone-not-allowed = harus salah satu dari { $allowed } pada { $year }
extract-refusal-zone-none = { $year } tidak memakai zona: kosongkan
extract-refusal-no-result = baris ini tidak menyatakan hasil apa pun (nilai, zona, kategori, atau peringkat)
extract-refusal-group-with-score = pernyataan kelompok tidak boleh membawa nilai atau peringkat
extract-refusal-no-source = baris perlu URL sumber atau catatan yang menyebut laporannya
extract-refusal-format = tidak ditulis seperti yang diminta impor
extract-refusal-one-of = harus salah satu dari { $values }
extract-refusal-required = wajib diisi
extract-refusal-too-long = terlalu panjang

extract-keep-refused = Impor akan menolak kandidat ini: koreksi dulu (✏️ Koreksi).
extract-fix-choose = ✏️ Apa yang ingin dikoreksi pada kandidat { $n }?
extract-fix-ask = Ketik <b>{ $field }</b> yang baru (sekarang: { $value }). Ketik <b>-</b> untuk mengosongkan, /batal untuk berhenti.
extract-fix-hint-entity-code = Nama lengkapnya (Kabupaten Lampung Utara) atau kodenya (18.03).
extract-fix-hint-year = Tahun penilaian, mis. 2023.
extract-fix-hint-score = Angka dengan paling banyak dua desimal, mis. 94,39.
extract-fix-hint-zone = hijau, kuning, atau merah (hitam pada 2025).
extract-fix-hint-opinion = Hurufnya, mis. A atau B- (kategori tahun itu).
extract-fix-hint-opinion-text = Opini seperti ditulis laporan, mis. Kualitas Tertinggi.
extract-fix-hint-rank-province = Bilangan bulat mulai 1, mis. 4.
extract-fix-hint-rank-national = Bilangan bulat mulai 1, mis. 32.
extract-fix-hint-unit-name = Nama unit seperti ditulis laporan.
extract-fix-problem-format = Itu bukan { $field }. { $hint }
extract-fix-problem-required = { $field } tidak boleh kosong.
extract-fix-problem-too-long = Terlalu panjang untuk { $field } (paling banyak 200 karakter).
extract-fix-problem-unknown-body = Saya tidak mengenal «{ $text }». { $hint }
extract-fix-problem-ambiguous-body = «{ $text }» bisa { $options }. Ketik nama lengkapnya.
extract-fix-refused = Impor akan menolak nilai itu:
extract-fix-again = Ketik nilai lain, atau /batal.
extract-fix-gave-up = Tidak ada yang diubah. Tekan ✏️ Koreksi lagi bila perlu.
extract-fix-need-text = Ketik nilainya sebagai teks, atau /batal.

extract-ask-date = Laporan ini tidak menyebut tahun penilaian dan tidak bertanggal. Kapan laporan ini terbit? Ketik tanggalnya (mis. 24 Januari 2018 atau 2018-01-24), atau <b>lewati</b>.
extract-date-bad = Tanggal itu tidak terbaca. Ketik seperti 2018-01-24 atau 24 Januari 2018, atau <b>lewati</b>.
extract-date-late = Kandidatnya sudah diputuskan; tanggal tidak diterapkan.
extract-ask-url = Dari mana laporan ini? Kirim alamat (URL) beritanya. Bila tidak ada, ketik <b>tanpa</b>, boleh diikuti nama media dan tanggalnya (mis. <i>tanpa, Radar Lampung, 5 Feb 2024</i>): catatan tiap baris lalu menyebut laporan «{ $title }».
extract-url-bad = Itu bukan alamat http(s). Kirim URL beritanya, atau <b>tanpa</b>.
extract-url-need-words = Laporan ini tidak punya judul untuk menyebutnya. Ketik <b>tanpa</b> diikuti nama media dan tanggalnya, mis. <i>tanpa, Radar Lampung, 5 Feb 2024</i>.
extract-source-gave-up = Sumbernya masih belum ada; saya tanyakan lagi sebelum pratinjau.
extract-need-text = Ketik jawabannya sebagai teks, atau /batal.

extract-preview =
    🧪 <b>Uji impor laporan</b> «{ $title }» (belum ada yang ditulis)
    Baris hasil baru: { $added }
    Sudah ada dari sumber yang sama: { $unchanged }
    Bertentangan dengan sumber tersimpan: { $conflicts }
    Unit layanan baru: { $units } (sudah ada: { $unitsUnchanged }, bertentangan: { $unitsConflicts })
    Pengumuman yang akan dikirim: { $messages }, ke { $chats } obrolan pengikut
    Tidak diimpor: { $dropped } dibuang, { $open } belum diputuskan.
extract-preview-nothing-kept = Belum ada yang disimpan: tekan ✅ Simpan pada kandidat yang benar.
extract-preview-nothing-new = Semua yang disimpan sudah tercatat dari sumber yang sama; tidak ada yang perlu diimpor.
extract-preview-rejected = ❌ Impor menolak baris ini, tidak ada yang ditulis ({ $count } masalah):
extract-changed = Tinjauan berubah sesudah pratinjau ini; tidak ada yang diimpor. Buka pratinjau lagi.
extract-done = ✅ Diimpor dari «{ $title }»: { $added } baris hasil baru dan { $units } unit layanan baru. Pengumuman masuk antrean: { $messages }.
extract-cancelled = Tinjauan dibatalkan; tidak ada yang diimpor.
extract-already = «{ $title }» sudah diimpor; laporan tidak diimpor dua kali.
extract-superseded = Tinjauan «{ $title }» sudah diganti oleh laporan atau berkas yang Anda kirim sesudahnya; tidak ada yang diimpor darinya.
extract-was-cancelled = Tinjauan «{ $title }» sudah dibatalkan. Kirim laporannya lagi untuk meninjau.
extract-not-yours = Tinjauan ini milik admin lain.
extract-stale = Tombol ini sudah tidak berlaku. Kirim laporannya lagi untuk meninjau.
extract-nothing = Saya tidak menemukan hasil penilaian dalam teks ini.
extract-empty = Teks ini kosong.
extract-too-long = Teks ini terlalu panjang untuk dibaca (paling banyak { $max } karakter).
extract-unreadable = Berkas ini tidak dapat dibaca. Kirim berkas .txt atau .html (UTF-8), paling besar 4 MB.
