# Ranked lists, places on cards, trends, comparisons and averages (src/present/render-list.ts and friends).
# Places: { $place } is formatted by the code ("4", "18–23", "≥18"); every figure comes from a data row.

lists-entry = { $place }. { $name } — <b>{ $score }</b>{ $mark }{ $tags }
lists-entry-unscored = { $place }. { $name } — { $label }{ $tags }
lists-bullet = • { $name } — <b>{ $score }</b>{ $mark }{ $tags }
lists-bullet-unscored = • { $name } — { $label }{ $tags }
lists-no-score = score not stated by the sources
lists-gap = { $place }. — not on record
lists-tag-official = official
lists-tag-tie = tie
lists-tag-disputed = sources differ
lists-tag-stated = ranked { $position } by the sources
lists-tags = {" "}({ $tags })

lists-basis-official = 🏅 Every number is an official rank, as the sources state it.
lists-basis-mixed = 🏅 "official": a rank the sources state. Other numbers and ranges (e.g. 18–23) are worked out by Rapor from the scores: the places still possible between the official ones, not official ranks.
lists-basis-complete = ℹ️ Ranks worked out by Rapor from the scores; the data is complete ({ $withData } of { $assessed } assessed have a score).
lists-basis-partial = ℹ️ Rapor holds no official rank here. Numbers and ranges are worked out from the scores on record: the places still possible, not official ranks.
lists-coverage = ℹ️ Scores on record for { $withData } { $category }{ $assessed ->
    [none] {""}
   *[other] {" "}of the { $assessed } assessed
}.
lists-gap-note = "not on record": no source in Rapor's data says who holds that place.
lists-shared = ⚠️ Rank { $position } is stated for more than one: { $names } (a tie, or sources that differ).
lists-inconsistent = ⚠️ Some scores and stated ranks do not fit together; the ones affected are shown without a number.
lists-per-category = ℹ️ This year's provincial ranks are stated separately for regencies and for cities.
lists-opinion-basis = ℹ️ { $year } has no ranks: the order follows the opinion's level (without maladministration first within a level), then the score. Bodies of one level without a score cannot be ordered and are listed alphabetically.
lists-level = <b>{ $level }</b>
lists-level-tm = { $predicate }, without maladministration
lists-level-disputed = sources differ on the opinion; the lower reading is shown
lists-level-unknown = <b>Opinion level unknown</b>
lists-year-chosen = ℹ️ No year was given: the year checked is { $year }, the latest with data.
lists-none = ✅ None: no { $filter } among { $scope } in { $year }. The results of every body assessed are on record, and none is { $filter }.
lists-filter-zone = { $zone }
lists-filter-grade = grade { $grade }

# A body's place on its card and in rank answers.
lists-card-official-among = 📍 Ranked { $position } among the { $category } of { $province }
lists-card-shared = ⚠️ The same rank is also stated for { $names } (a tie, or sources that differ).
lists-card-computed-national = 📊 Place { $place } of { $assessed } { $category }
lists-card-computed-national-open = 📊 Place { $place } among { $category }
lists-card-computed-province = 📊 Place { $place } of { $assessed } regencies/cities in { $province }
lists-card-computed-province-among = 📊 Place { $place } of { $assessed } { $category } in { $province }
lists-card-computed-province-open = 📊 Place { $place } among the regencies/cities of { $province }
lists-card-computed-complete = {" "}(worked out by Rapor from complete data{ $tied ->
    [yes] ; tied on the same score
   *[no] {""}
})
lists-card-computed-partial = {" "}(worked out by Rapor: the places still possible given its score and the official ranks on record; scores on record for { $withData }; not an official rank{ $tied ->
    [yes] ; a tie
   *[no] {""}
})

# Trend: the ranks the sources state each year.
lists-trend-rank-national = ranked { $position } nationally
lists-trend-rank-province = ranked { $position } in { $province }
lists-trend-rank-province-among = ranked { $position } among the { $category } of { $province }
lists-trend-ranks = {" "}· 🏅 { $ranks }

# Compare.
lists-compare-common = ℹ️ Compared in { $year }, the latest year with data for all of them.
lists-compare-no-common = ℹ️ No year has data for all of them: each one's latest year is shown, and no gap is worked out.
lists-compare-no-gap-method = ℹ️ No gap is worked out: the years were scored by different methods.

# Average.
lists-average-title = 📊 <b>Average score of { $scope }</b> · { $year }
lists-average-value = Average: <b>{ $value }</b> over the { $count } { $category } with a score
lists-average-group = <b>{ $category }</b>: average <b>{ $value }</b> over { $count }
lists-average-complete = ℹ️ Worked out by Rapor from the scores of all { $assessed } assessed; not an Ombudsman figure.
lists-average-partial = ℹ️ Worked out by Rapor from the scores on record only{ $assessed ->
    [none] {""}
   *[other] {" "}({ $count } of the { $assessed } assessed)
}; the data is partial, not an Ombudsman figure.
lists-basis-mixed-complete = 🏅 "official": a rank the sources state. Other numbers are worked out by Rapor from the scores; the data is complete.
lists-trend-ranks-only = { $year }: 🏅 { $ranks }
lists-button-more = 📋 All { $category }

# Sources that number the Pemprov inside their list of the province's regencies and cities (src/answer/province-lists.ts).
lists-pemprov-listed = ℹ️ The list in { $sources } also numbers the Pemprov ({ $province }), at { $position }. Provincial ranks are among regencies and cities only: the Pemprov is left out here{ $shifted ->
    [yes] , and each regency or city after it is one place higher than in the source.
   *[no] .
}
lists-card-pemprov-shifted = ℹ️ The list in { $sources } also numbers the Pemprov ({ $province }), at { $pemprovAt }, and puts { $name } at { $listedAt }; among regencies and cities alone, that is rank { $position }.
lists-card-pemprov-listed = 📍 The list of regencies and cities of { $province } in { $sources } also numbers the Pemprov, at { $position }. That is no rank: provincial ranks are among regencies and cities only.

# A score that fits none of the places the stated ranks leave: no place can be worked out.
lists-card-contradicts-national = 📊 No source states a national rank, and none can be worked out: { $example ->
    [yes] its score ({ $score }) is above that of { $other } ({ $otherScore }), ranked { $position } among { $category } by a source
   *[no] its score does not fit the ranks sources state for other { $category }
}. The sources conflict; check the links.
lists-card-contradicts-province = 📊 No source states a rank in { $province }, and none can be worked out: { $example ->
    [yes] its score ({ $score }) is above that of { $other } ({ $otherScore }), ranked { $position } in { $province } by a source
   *[no] its score does not fit the ranks sources state for other regencies and cities
}. The sources conflict; check the links.
lists-out-of-order = ⚠️ The ranks sources state do not always follow the scores recorded: { $pairs }. The sources conflict; the order here follows the stated ranks.
lists-out-of-order-pair = { $above } (rank { $abovePosition }, score { $aboveScore }) above { $below } (rank { $belowPosition }, score { $belowScore })
lists-contradicted = ⚠️ Left out of this list because the score does not fit the ranks sources state: { $entries }. The sources conflict; check the links.
lists-contradicted-entry = { $name } (score { $score }, above rank { $position })
