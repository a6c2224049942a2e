# Daftar kota saja atau kabupaten saja dari satu provinsi yang diberi peringkat sebagai satu (src/answer/top.ts withinCategory, src/present/render-list.ts).

lists-tag-within = { $category } ke-{ $position } dari { $count }
lists-tag-national = peringkat { $position } nasional di antara { $categories } menurut sumber
lists-within-places = ℹ️ Nomor di depan nama: tempat di antara semua{ $assessed ->
    [none] {""}
   *[other] {" "}{ $assessed }
} kabupaten/kota se-{ $province }, bukan di antara { $categories } saja.
lists-within-only = ℹ️ { $province } hanya punya satu { $category }: { $name }.
lists-within-order = ℹ️ «{ $category } ke-N dari { $count }»: urutannya di antara { $count } { $categories } provinsi itu, menurut tempat-tempat tersebut; bukan peringkat yang disebut sumber.
lists-within-unordered = ℹ️ Urutan di antara { $count } { $categories } provinsi itu saja tidak bisa dipastikan dari data Rapor.
