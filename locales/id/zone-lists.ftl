# Daftar teratas/terbawah tahun yang datanya hanya zona atau kategori (src/answer/top.ts byZoneGroup, src/present/render-list.ts).

lists-zones-title = { $kind ->
    [bottom] 🔻
   *[top] 🏆
} <b>{ $scope }</b> · { $year }: menurut zona, { $kind ->
    [bottom] terburuk
   *[top] terbaik
} dulu
lists-zones-basis = ℹ️ Tidak ada sumber di data Rapor yang menyebut nilai atau peringkat { $scope } tahun { $year }, jadi { $kind ->
    [bottom] { $n } terbawah
   *[top] { $n } besar
} tidak bisa disusun. Yang tercatat hanya zona{ $grades ->
    [yes] {" "}dan kategori
   *[no] {""}
}: tanpa nomor urut, dan menurut abjad di dalam satu zona.
lists-zones-coverage = ℹ️ Zona tercatat untuk { $known } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}dari { $assessed } yang dinilai
}.

# Tempat yang bisa dipegang daerah tanpa tempat (hanya zonanya yang tercatat, atau tidak ada sama sekali).
lists-gap-open = { $place }. — belum pasti: bisa ditempati instansi yang tercatat tanpa tempat (ada { $count })
lists-unplaced = <i>Tanpa tempat pasti (hanya zona yang tercatat; nomor: tempat yang masih mungkin menurut zonanya):</i>
lists-zone-placed = ℹ️ Tanpa nilai tercatat, tempatnya dihitung Rapor dari zonanya: { $names }. Hanya tempat itu yang tersisa yang cocok dengan zonanya, di antara nilai dan peringkat yang tercatat; bukan peringkat resmi.
