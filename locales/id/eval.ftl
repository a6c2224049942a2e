# Kartu: tempat yang dihitung terlalu lebar untuk disebut (lihat README, Design notes: "Places on a card").
card-place-unstated-national = 📊 Peringkat nasional tidak disebut sumber. { $assessed ->
    [none] Rapor baru mencatat nilai { $withData } { $category }
   *[other] Rapor baru mencatat nilai { $withData } dari { $assessed } { $category } yang dinilai
}: terlalu sedikit untuk menghitung tempatnya.
card-place-unstated-province = 📊 Peringkat se-{ $province } tidak disebut sumber. { $assessed ->
    [none] Rapor baru mencatat nilai { $withData } { $category }
   *[other] Rapor baru mencatat nilai { $withData } dari { $assessed } { $category } yang dinilai
}: terlalu sedikit untuk menghitung tempatnya.

# Daftar: bagian badan tanpa peringkat resmi yang rentangnya memuat peringkat resmi badan lain (README, "Lists").
lists-apart = <i>Tanpa peringkat resmi (rentang tempatnya mencakup peringkat resmi di atas):</i>
chart-group-apart = { $category ->
    [provinsi] Provinsi, tanpa
    [kabupaten] Kabupaten, tanpa
    [kota] Kota, tanpa
    [kementerian] Kementerian, tanpa
    [lembaga] Lembaga, tanpa
   *[none] Tanpa
} peringkat resmi (rentangnya mencakup peringkat resmi badan lain)

# Grafik: nilai yang sumbernya tidak sepakat, tanpa yang lebih banyak (seri 1–1).
chart-note-conflict-tie = Sumber tidak sepakat soal nilainya; grafik memakai salah satunya, yang lain: { $items }.

# Unit terbaik/terburuk tanpa tahun: tahun lain yang punya nilai.
unit-ranking-other-years = Tahun lain dengan nilai { $kind }: { $years } (tombol di bawah).
