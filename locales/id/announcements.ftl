# Pengumuman hasil baru untuk pelanggan (src/broadcast/digest.ts). Teks HTML Telegram.
# Angka sudah diformat oleh kode (94,39); semua angka berasal dari baris data.

announce-title-body = 🔔 <b>Hasil baru: { $name }</b>
announce-title-province = 🔔 <b>Hasil baru se-{ $name }</b>
announce-title-category = 🔔 <b>Hasil baru: { announce-category-plural }</b>
announce-category-plural = { $category ->
    [provinsi] pemerintah provinsi
    [kabupaten] pemerintah kabupaten
    [kota] pemerintah kota
    [kementerian] kementerian
   *[lembaga] lembaga
  }
announce-item = • <a href="{ $link }">{ $name }</a> · { $year }
announce-item-plain = • { $name } · { $year }
announce-score = Nilai <b>{ $score }</b>
announce-zone = { $zone ->
    [hijau] 🟢 Zona Hijau
    [kuning] 🟡 Zona Kuning
    [merah] 🔴 Zona Merah
   *[hitam] ⚫ Zona Hitam
  }
announce-zone-name = { $zone ->
    [hijau] Zona Hijau
    [kuning] Zona Kuning
    [merah] Zona Merah
   *[hitam] Zona Hitam
  }
announce-grade = Kategori <b>{ $grade }</b>
announce-grade-name = kategori { $grade }
announce-change = { $direction ->
    [up] ⬆️ Naik
   *[down] ⬇️ Turun
  } dari { $from } ({ $year })
announce-method-changed = {" "}· metode penilaian berbeda, nilai tidak sebanding
announce-place-national = 🏆 Peringkat { $position } nasional di antara { announce-category-plural }
announce-place-province = 🏆 Peringkat { $position } se-{ $province }
announce-place-computed = {" "}(dihitung dari data lengkap)
announce-more = …dan { $count } hasil lainnya. Tanyakan kepada saya untuk daftar lengkap.
announce-footer = Ketuk nama untuk melihat kartu lengkap beserta sumbernya.
announce-button-card = 📊 Kartu lengkap

# Pengumuman tulisan admin (/umumkan); $text sudah di-escape.
announce-manual =
    📢 <b>Pengumuman Rapor</b>

    { $text }
