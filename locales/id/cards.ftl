## Card caveats: what was read from a source's wording rather than derived from a score

caveat-grade-from-opinion = ℹ️ Kategori tidak disebut sumber; dibaca dari bunyi opini yang disebut sumber (skala tahun { $year }).
caveat-zone-from-grade = ℹ️ Zona tidak disebut sumber; diturunkan dari kategorinya dengan skala tahun { $year }.

## A row's note names another printed figure (the note is quoted after it)
caveat-note-other-figure = ⚠️ Catatan penyusun data menyebut angka lain untuk hasil ini; periksa sumbernya sebelum mengutip.
