# Kartu: tempat yang dihitung terlalu lebar untuk disebut (lihat README, Design notes: "Places on a card").
card-place-unstated-national = 📊 Peringkat nasional tidak disebut sumber. { $assessed ->
    [none] Rapor baru mencatat nilai { $withData } { $category }
   *[other] Rapor baru mencatat nilai { $withData } dari { $assessed } { $category } yang dinilai
}: terlalu sedikit untuk menghitung tempatnya.
card-place-unstated-province = 📊 Peringkat se-{ $province } tidak disebut sumber. { $assessed ->
    [none] Rapor baru mencatat nilai { $withData } { $category }
   *[other] Rapor baru mencatat nilai { $withData } dari { $assessed } { $category } yang dinilai
}: terlalu sedikit untuk menghitung tempatnya.
