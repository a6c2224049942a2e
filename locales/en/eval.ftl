# Cards: a worked-out place too wide to be worth stating (see README, Design notes: "Places on a card").
card-place-unstated-national = 📊 No source states a national rank. { $assessed ->
    [none] Rapor holds scores for only { $withData } { $category }
   *[other] Rapor holds scores for only { $withData } of the { $assessed } { $category } assessed
}: too few to work out its place.
card-place-unstated-province = 📊 No source states a rank in { $province }. { $assessed ->
    [none] Rapor holds scores for only { $withData } { $category }
   *[other] Rapor holds scores for only { $withData } of the { $assessed } { $category } assessed
}: too few to work out its place.
