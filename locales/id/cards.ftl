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
