# Charts and CSV export (src/chart, src/export, src/bot/features/charts.ts).
# Text inside chart pictures is plain text: no HTML and no emoji (the font has no emoji).
# Numbers arrive already formatted (94.39).

## Text inside charts

chart-title-trend = { $name }: score year by year
chart-title-top = Top { $n } { $scope }, { $year }
chart-title-bottom = Bottom { $n } { $scope }, { $year }
chart-title-list = { $scope }, { $year }
chart-title-list-page = { $scope }, { $year } (places { $from }–{ $to } of { $count })
chart-title-compare = Scores compared, { $years }
chart-axis-year = Assessment year
chart-axis-score = Score (0–100)
chart-source = Source: { $list }, Rapor data
chart-source-none = Source: Rapor data
chart-zone = { $zone ->
    [hijau] Green zone
    [kuning] Yellow zone
    [merah] Red zone
    [hitam] Black zone
   *[none] No zone
}
chart-method-change = method changed
chart-gap = no assessment
chart-rank-national = #{ $position } nat.
chart-rank-province = #{ $position } prov.
chart-rank-official-tag = official
chart-note-trend-ranks = #: official rank as the source states it (nat. = national, prov. = within the province).
chart-note-method = The method changed between { $from } and { $to }: scores across methods are not comparable.
chart-note-sampled = { $year }: Ombudsman RI opinion on a sample of bodies; colour zones are no longer used officially.
chart-note-unscored = No score (the source states only a zone, grade or rank): { $items }.
chart-note-conflict = Another source gives a different score (the chart shows the one most sources give): { $items }.
chart-note-no-data = No score yet: { $names }.
chart-group = { $category ->
    [provinsi] Provinces
    [kabupaten] Regencies
    [kota] Cities
    [kementerian] Ministries
   *[lembaga] Agencies
}

## CSV columns (the header row)

csv-column-name = name
csv-column-code = code
csv-column-category = category
csv-column-province = province
csv-column-year = year
csv-column-score = score
csv-column-score-source = score_source
csv-column-zone = zone
csv-column-zone-source = zone_source
csv-column-grade = grade
csv-column-grade-source = grade_source
csv-column-opinion = opinion
csv-column-rank-national-official = official_national_rank
csv-column-rank-national-official-source = official_national_rank_source
csv-column-rank-province-official = official_province_rank
csv-column-rank-province-official-source = official_province_rank_source
csv-column-rank-national-computed = national_position_computed_by_rapor
csv-column-rank-province-computed = province_position_computed_by_rapor
csv-column-caveats = caveats
csv-derived = derived from the score with the { $year } scale
csv-computed-complete = { $position } of { $outOf } (complete data)
csv-computed-partial = { $position } of the { $outOf } with data{ $assessed ->
    [none] {""}
   *[other] {" "}({ $assessed } assessed)
} (partial data, not an official rank)

## Bot

button-chart = 📊 Chart
button-csv = 📄 CSV
bot-chart-failed = Sorry, the chart could not be drawn. Please try again in a moment.
bot-chart-none = There is no chart for this answer. Charts are drawn for trends, ranked lists and comparisons.
bot-csv-none = There is no CSV file for this answer. CSV files are made for scores, trends, ranked lists and comparisons.
bot-csv-caption =
    📄 <b>{ $title }</b>
    { $rows } rows, UTF-8, comma-separated. Every figure with its source.
bot-usage-chart = Write the question, e.g. <code>/chart trend Kota Metro</code> or <code>/chart top 5 regencies in South Sumatra 2023</code>.
bot-usage-export = Write the question, e.g. <code>/export top 10 regencies 2023</code> or <code>/export trend Kota Metro</code>.
bot-command-chart = Chart of a trend, list or comparison
bot-command-export = Download a CSV: /export question
bot-terminal-chart-saved = [chart saved: { $path }]
bot-terminal-chart-unsaved = [chart { $name }: run with --chart-dir DIR to save it]
bot-terminal-document-saved = [file saved: { $path }]
bot-terminal-document-unsaved = [file { $name }: run with --chart-dir DIR to save it]
