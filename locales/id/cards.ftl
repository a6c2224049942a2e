## Card caveats: what was read from a source's wording rather than derived from a score

caveat-grade-from-opinion = ℹ️ Kategori tidak disebut sumber; dibaca dari bunyi opini yang disebut sumber (skala tahun { $year }).
caveat-zone-from-grade = ℹ️ Zona tidak disebut sumber; diturunkan dari kategorinya dengan skala tahun { $year }.
