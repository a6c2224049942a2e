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
