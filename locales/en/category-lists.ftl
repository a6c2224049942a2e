# Kota-only or kabupaten-only lists of a province ranked as a whole (src/answer/top.ts withinCategory, src/present/render-list.ts).

lists-tag-within = { $category } no. { $position } of { $count }
lists-tag-national = ranked { $position } nationally among { $categories }, per the source
lists-within-places = ℹ️ The number before each name is the place among all{ $assessed ->
    [none] {""}
   *[other] {" "}{ $assessed }
} regencies/cities of { $province }, not among { $categories } alone.
lists-within-only = ℹ️ { $province } has only one { $category }: { $name }.
lists-within-order = ℹ️ «{ $category } no. N of { $count }»: the order among the province's { $count } { $categories }, from those places; not a rank a source states.
lists-within-unordered = ℹ️ The order among the province's { $count } { $categories } alone cannot be told from Rapor's data.
