# Rapor: English. Numbers arrive already formatted (94.39).

## Names of things

category-provinsi = province
category-kabupaten = regency
category-kota = city
category-kementerian = ministry
category-lembaga = agency
category-regional = regencies/cities
category-total = all bodies
list-and = {" "}and{" "}
category-plural = { $category ->
    [provinsi] provinces
    [kabupaten] regencies (kabupaten)
    [kota] cities (kota)
    [kementerian] ministries
    [lembaga] agencies
   *[other] regencies/cities
}

zone-hijau = green zone (zona hijau)
zone-kuning = yellow zone (zona kuning)
zone-merah = red zone (zona merah)
zone-hitam = black zone (zona hitam)

unit-kind = { $kind ->
    [dukcapil] Civil Registry (Dukcapil)
    [dpmptsp] One-Stop Licensing (DPMPTSP)
    [pendidikan] Education Office
    [kesehatan] Health Office
    [sosial] Social Affairs Office
    [puskesmas] Puskesmas (health centre)
    [rsud] Regional hospital (RSUD)
    [pertanahan] Land Office (Kantor Pertanahan)
    [polres] Police (Polres)
    [sekolah] School
   *[other] Other unit
}

# A kind as it begins a unit's own name (Indonesian in both languages: it is part of the name).
unit-kind-name = { $kind ->
    [dukcapil] Disdukcapil
    [dpmptsp] DPMPTSP
    [pendidikan] Dinas Pendidikan
    [kesehatan] Dinas Kesehatan
    [sosial] Dinas Sosial
    [puskesmas] Puskesmas
    [rsud] RSUD
    [pertanahan] Kantor Pertanahan
    [polres] Polres
    [sekolah] Sekolah
   *[other] Unit
}

## Score card

card-title = { $emoji } <b>{ $name }</b> · { $year }
card-programme = <i>{ $programme }</i>
card-score = Score: <b>{ $score }</b>
card-score-missing = Score: not stated by the sources
card-grade = Grade <b>{ $grade }</b>
card-predicate = Predicate: { $predicate }
card-opinion = Opinion: { $opinion }
card-derived = (derived from the score)
card-rank-national-official = 🏅 Ranked { $position } nationally among { $category }
card-rank-national-official-of = 🏅 Ranked { $position } of { $assessed } { $category } nationally
card-rank-province-official = 📍 Ranked { $position } in { $province }
card-rank-source = (as the source states)
card-change = Compared with { $fromYear }: { $fromScore } → { $score } ({ $delta })
card-change-method = Compared with { $fromYear }: { $fromScore } → { $score } ({ $delta }), but the method changed, so they are not comparable
card-other-years = Other years with data: { $years }
card-notes = Source note: { $note }
rank-question-title = 🏅 <b>Rank of { $name }</b> · { $year }
rank-none = No source states its rank, and the data held is not enough to compute one.
rank-none-province = Provincial ranks apply to regencies and cities; provinces are ranked nationally.

## Sources and caveats

sources = Source: { $list }
sources-more = and { $count } more
caveat-conflict = ⚠️ Sources differ: { $what } according to { $sources }. Shown is the value most sources give.
caveat-conflict-tie = ⚠️ The sources disagree: { $what } according to { $sources }, { $shown } according to { $shownSources }. It is not clear which is right; check the links.
caveat-field = { $field ->
    [score] score
    [zone] zone
    [grade] grade
    [rank_national] national rank
    [rank_province] provincial rank
   *[other] opinion
}
caveat-zone-derived = ℹ️ The zone is not stated by the sources; it is derived from the score with the { $year } scale.
caveat-grade-derived = ℹ️ The grade is not stated by the sources; it is derived from the score with the { $year } scale.
caveat-zone-contradicts-score = ⚠️ The source says { $stated }, but on the { $year } scale the score falls in the { $expected }.
caveat-grade-contradicts-score = ⚠️ The source says grade { $stated }, but on the { $year } scale the score falls in grade { $expected }.
caveat-group-statement-only = ℹ️ This zone comes from a statement about a group of regions, not a report on { $name } itself.
caveat-scale-uncertain = ℹ️ The { $year } scale bounds are not fully certain (confidence: { $confidence }).
confidence-level = { $level ->
    [high] high
    [medium-high] medium-high
    [medium] medium
    [low] low
   *[other] unknown
}
confidence-part = { $level } for { $aspect ->
    [integer-bounds] the integer bounds
    [decimal-handling] the decimal handling
    [upper] the upper bound
    [lower] the lower bound { $bound }
   *[labels] the labels and examples
}
caveat-sampled-year = ℹ️ { $year }: Ombudsman RI Opinion under a new method, on a sample of bodies only; colour zones are no longer official.
caveat-no-assessment = ℹ️ There was no compliance assessment in { $year } (COVID-19 pandemic).
caveat-method-change = ⚠️ The assessment method changed between { $from } and { $to }: scores across methods are not comparable.
caveat-partial-data = ℹ️ Partial data: only { $withData } with data{ $assessed ->
    [none] {""}
   *[other] {" "}of { $assessed } assessed
}.
caveat-source-note = { $note ->
    [unit-average] ⚠️ The source computed this score as an average of unit scores; it may not be the body's official score.
    [recorded-as-written] ⚠️ The zone and grade are recorded as the source wrote them, although they do not fit that year's scale.
    [inconsistent] ⚠️ The source contradicts itself; check the link.
    [caution] ⚠️ The data's compiler doubts this figure; check the source before quoting it.
   *[conflict] ⚠️ Another report gives a different figure or status; check the sources before quoting.
}
caveat-note-only = ℹ️ Compiler's note: “{ $note }”
caveat-not-assessed = ℹ️ According to the source, { $name ->
    [none] this body
   *[other] { $name }
} was not assessed in { $year }.

## Ranked lists

list-title-top = 🏆 <b>Top { $n } { $scope }</b> · { $year }
list-title-bottom = 🔻 <b>Bottom { $n } { $scope }</b> · { $year }
list-title-list = 📋 <b>{ $scope }</b> · { $year }
list-scope-province = regencies/cities of { $province }
list-scope-province-category = { $category } of { $province }
list-scope-national = { $category } nationally
list-filter-zone = , { $zone }
list-filter-grade = , grade { $grade }
list-group-title = <b>{ $category }</b>
list-page = Page { $page } of { $pages }

## Compare

compare-title = ⚖️ <b>Comparison</b>{ $year ->
    [none] {""} (each one's latest year)
   *[other] {" "}· { $year }
}
compare-item = • <b>{ $name }</b> ({ $year }): <b>{ $score }</b> { $emoji }{ $grade }
compare-item-unscored = • <b>{ $name }</b> ({ $year }): { $emoji } { $label }
compare-item-missing = • <b>{ $name }</b>: no data yet{ $years ->
    [none] {""}
   *[other] {" "}for that year (available: { $years })
}
compare-gap = A gap of { $delta } points: { $leader } is higher.
compare-equal = The scores are equal.

## Trend

trend-title = 📈 <b>{ $name }</b> over the years
trend-point = { $year }: <b>{ $score }</b> { $emoji }{ $grade }{ $delta }
trend-point-unscored = { $year }: { $emoji } { $label }
trend-gap = { $year }: no assessment

## Units

units-title = 🏢 <b>Service units of { $name }</b> · { $year }
units-title-kind = 🏢 <b>{ $kind }, { $name }</b> · { $year }
units-entry = • { $unit }: { $result }
units-role-model = Public Service Role Model (Role Model Pelayanan Publik)
units-conflict = ⚠️ Sources differ for { $unit }: { $score } according to { $sources }
units-note = ℹ️ A region's score is not computed from its units' scores; how they combine is not published.
units-other-years = Other years with unit data: { $years }
units-other-programme = ℹ️ There are also results of the { $programme } for { $name }: { $years } (another programme, not mixed in here).
no-units-lead = 🏢 Rapor has no service-unit scores{ $kind ->
    [none] {""}
   *[other] {" "}for { $kind }
} of { $name }{ $year ->
    [none] {""}
   *[other] {" "}for { $year }
} in the { $programme }.
no-units-body-result = { $name }'s own result in { $year } — { $result }
no-units-body-none = { $name } has no assessment result{ $year ->
    [none] {""}
   *[other] {" "}for { $year }
} in Rapor's data either.
no-units-years = Years with unit data: { $years }.
no-units-never = Rapor has no service-unit data for { $name } in any year.
unit-ranking-scope-national = across Indonesia
unit-ranking-scope-province = in { $province }
unit-ranking-title-top = 🏆 <b>{ $kind }: highest scores { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-title-bottom = 🔻 <b>{ $kind }: lowest scores { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-title-list = 📋 <b>{ $kind } assessed { $scope }</b>{ $year ->
    [none] {""}
   *[other] {" "}· { $year }
}
unit-ranking-entry = { $position }. { $unit }{ $body } — { $result }
unit-ranking-entry-unscored = • { $unit }{ $body } — { $result }
unit-ranking-note = ℹ️ This order is Rapor's, over the { $count } { $kind } scores it holds, comparing only scores of the same programme and year; it is not an official ranking.
unit-ranking-apart = ℹ️ { $kind } offices are scored by Ombudsman in the same campaign, but they are not part of a regional government's score.
unit-ranking-none = Rapor has no { $kind } scores { $scope }{ $year ->
    [none] {""}
   *[other] {" "}for { $year }
}.
unit-ranking-years = Years with { $kind } data: { $years }.
unit-card-title = 🏢 <b>{ $unit }</b>{ $body ->
    [none] {""}
   *[other] {" "}· { $body }
}
unit-card-line = { $year } · { $programme }: { $result }
unit-card-more = … and { $count } more units with a similar name.
unit-card-unscored = Rapor has no score for { $unit }. It is named in these reports:
unit-card-mention = • A unit assessed for the result of { $name } { $year } ({ $result }). { $sources }
unit-card-none = Rapor has no service unit named { $unit }.
unit-card-hint = Try adding the region, e.g. "service units of Kota Metro 2023", or the kind of unit, e.g. "best puskesmas 2023".

## Other programmes

programme-title = 🏛 <b>{ $programme }</b>
programme-group = <b>{ $name }</b> · { $year }
programme-body-result = • The body's own result: { $result }
programme-none = Rapor has no results of the { $programme }{ $name ->
    [none] {""}
   *[other] {" "}for { $name }
}{ $kind ->
    [none] {""}
   *[other] {" "}({ $kind } units)
}.
programme-note = ℹ️ This is KemenPAN-RB's programme (the Public Service Index, a 1–5 scale; "Role Model Pelayanan Publik" is its award for the best units), separate from Ombudsman RI's compliance assessment: their scores and predicates are not comparable.
programme-ombudsman-years = ℹ️ Results of the { $ombudsman } for { $name }: { $years }.

## Stats

stats-title = 📊 <b>Zones of { $scope }</b> · { $year }
stats-scope-total = all bodies
stats-scope-province = regencies/cities of { $province }
stats-assessed = Assessed: { $count }
stats-zone = { $emoji } { $zone }: <b>{ $count }</b>
stats-grade = Grade { $grade }: <b>{ $count }</b>
stats-basis-rows = ℹ️ Counted from the { $withData } { $category } with data{ $expected ->
    [none] {""}
   *[other] {" "}of { $expected }
}.
stats-conflict = ⚠️ Another source gives { $field } { $value } ({ $sources }).
stats-field = { $field ->
    [assessed] assessed count
    [hijau] green zone
    [kuning] yellow zone
   *[merah] red zone
}

## Explain

explain-title = ℹ️ <b>{ $topic }</b>
explain-title-all = ℹ️ <b>Assessment scales</b>
explain-title-year = ℹ️ <b>Assessment scale { $year }</b>
explain-entry = { $years }: { $min } – { $max }{ $grade }{ $zone } · { $predicate }
explain-entry-grade = {" "}· grade { $grade }
explain-entry-zone = {" "}· { $zone }
explain-programme = <i>{ $programme }</i>
explain-none = I could not find that term in the assessment scales. Try: "what does zona kuning mean", "what is opini kualitas tinggi", or "scale 2023".
explain-footer = Scores run from 0 to 100 with two decimals. There was no assessment in 2020.

## About, method, schedule

about-title = ℹ️ <b>About Rapor's data</b>
about-counts = Rapor's data is compiled from news reports and Ombudsman RI press releases published to the public: { $results } rows of body results, { $units } rows of service-unit results and { $aggregates } rows of national counts, from { $reports } reports, for { $bodies } bodies, years { $years }.
about-points =
    • Every figure comes with its source's link (or the name of the report when it has none).
    • The data is <b>partial</b>: not every region and year is covered. "No data yet" does not mean a score of zero.
    • Official ranks are only those a source states; an order Rapor computes is marked when the data is partial.
about-point-no-round = • There was no assessment in { $years } (COVID-19 pandemic).
about-point-methods = • The method changed in { $years }; scores across methods are not comparable (ask "how is the score calculated?").
about-programmes = Programmes with data: { $programmes }. Answers always name the programme.
method-title = ℹ️ <b>How Ombudsman RI scores compliance</b>
method-title-year = ℹ️ <b>How Ombudsman RI scored compliance in { $year }</b>
method-period = <b>{ $years }</b>: { $basis ->
    [standards] a 0–100 score of how the service products examined meet the public-service standards (Law 25/2009); standards only, no other dimensions.
    [dimensions] a 0–100 score of four weighted dimensions: { $dimensions }.
   *[dimensions-trust] the Ombudsman RI Opinion (maladministration assessment): the same four dimensions together { $total }%, plus { $dimensions }; only a sample of bodies was assessed.
}
method-dimension = { $dimension ->
    [input] input (staff competence, facilities)
    [proses] process (service standards)
    [output] output (users' perception of maladministration)
    [pengaduan] complaints (complaint handling)
   *[trust] public trust
}{ $weight ->
    [none] {""}
   *[other] {" "}{ $weight }%
}
method-result = { $result ->
    [zone] The result is a zone: green, yellow or red.
    [opinion-zone] The result is an opinion graded A–E, with its zone.
   *[opinion] The result is an opinion graded A–E; colour zones are no longer official.
}
method-footer = How unit scores combine into a region's score is not published. Scores of different periods are not comparable. Source: Ombudsman RI's method as news reports summarise it (see /about).
schedule-title = 🗓 <b>When results come out</b>
schedule-on = announced on { $date }
schedule-months = announced in { $from }–{ $to } { $year }
schedule-latest = The newest results in Rapor's data are those of { $year }{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
}. The following year's are not in Rapor's data yet.
schedule-published = The { $year } results are out{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
} and in Rapor's data; ask e.g. "score of Kota Metro { $year }".
schedule-published-no-data = The { $year } results are out ({ $when }), but they are not in Rapor's data yet.
schedule-not-published = The { $year } results have not been announced: they are not in Rapor's data, whose newest are those of { $latest }.
schedule-no-data = Rapor has neither data nor an announcement date for { $year }.
schedule-past-title = Past announcements:
schedule-past = • { $year } results: { $when }
schedule-past-months = The { $years } rounds were announced around { $from }–{ $to } of the same year.
schedule-past-note = The next date is not known; Rapor does not guess it.
schedule-year-note = ℹ️ A result's year is the assessment year, not the year it was announced: the { $year } results were announced on { $date }.

## Conversation

help =
    👋 <b>Rapor</b> answers questions about the Ombudsman RI public-service compliance assessment (Penilaian Kepatuhan).

    Try:
    • score of Lampung Utara 2021
    • rank of Kota Kendari 2022
    • top 5 regencies in Jambi 2022
    • compare Tebo and Batanghari 2022
    • trend of Kota Payakumbuh
    • service units of Kota Palembang 2025
    • how many regions in the red zone 2022
    • what does zona kuning mean

    🔔 Follow a region's new results: /follow Lampung Utara
greeting = Hello! 👋 I am <b>Rapor</b>, here to answer questions about public-service assessment results. Try:
    • score of Lampung Utara 2021
    • top 5 regencies in Sumsel 2023
unmatched = Rapor knows no region or agency named { $names }.
unmatched-hint = Check the spelling or write the full name, e.g. "Kota Jambi" or "Kabupaten Tebo".
unmatched-list = To see the { $category ->
    [provinsi] provinces
    [kabupaten] regencies
    [kota] cities
    [kementerian] ministries
    [lembaga] agencies
   *[other] regencies
} with data, send "list of { $category ->
    [provinsi] provinces
    [kabupaten] regencies
    [kota] cities
    [kementerian] ministries
    [lembaga] agencies
   *[other] regencies
} { $year ->
    [none] 2024
   *[other] { $year }
}".
unknown = Sorry, I did not understand that. Name a region or an agency and a year, e.g. "score of Lampung Utara 2021" or "top 5 regencies in Jambi 2022". Send /help for more examples.
ambiguous = Several match "{ $text }". Which one do you mean?
need-body = Name the region or agency, e.g. "score of Lampung Utara 2021".
need-two-bodies = Name two or more to compare, e.g. "compare Tebo and Batanghari 2022".
no-data-body-year = There is no data yet for { $name } in { $year }.
no-data-body = There is no assessment data yet for { $name }.
no-data-year = There is no data yet for { $year } with those criteria.
no-data = There is no data yet with those criteria.
no-data-available = Data available: { $years }.
no-data-partial = Rapor's data is compiled from public reports and is partial.
subscribe-hint = To get news of new results, use /follow followed by a region's name.
subscribe-press = Press the button below to follow its new results, or use /follow with a region's name.

## Buttons

button-trend = 📈 Trend
button-units = 🏢 Service units
button-top-province = 🏆 Ranking in { $province }
button-compare = ⚖️ Compare
button-follow = 🔔 Follow
button-follow-name = 🔔 Follow { $name }
button-prev = ◀️ Previous
button-next = Next ▶️
button-card = { $name }
button-card-year = { $name } { $year }
button-ombudsman-card = 📊 Ombudsman RI: { $name }
button-programme = { $programme ->
    [kemenpanrb-ipp] 🏛 KemenPAN-RB
   *[other] 🏛 Other programme
}

## Bot
# Texts of the Telegram bot and the terminal chat (src/bot, src/cli/terminal.ts).

bot-welcome = Hello{ $name ->
    [none] {""}
   *[other] {" "}{ $name }
}! I am <b>Rapor</b>: ask me about the Ombudsman RI public-service compliance results of any region or agency.
bot-commands =
    <b>Commands</b>
    /score name [year]: score and zone
    /rank name [year]: rank
    /top [number] [province] [year]: top list
    /compare name and name [year]: comparison
    /trend name: over the years
    /units name [year]: service-unit scores
    /chart question: the answer as a chart (trend, list, comparison)
    /export question: the answer as a CSV file
    /follow name: follow new results of a region, province or category
    /unfollow [name]: stop following
    /scale: what zones, grades and predicates mean
    /language: change language
    /about: about this data
    /cancel: cancel the question in progress
bot-commands-groups = In groups, mention { $mention } or reply to my message.
bot-scale-title = ℹ️ <b>Ombudsman RI assessment scales</b>
bot-scale-intro = Scores run from 0 to 100. Until 2021 results were colour zones (green, yellow, red); since 2022 they are grades A–E with an opinion, and since 2025 colour zones are no longer official.
bot-usage-score = Add the name of the region or agency, e.g. <code>/score Lampung Utara 2021</code>.
bot-usage-rank = Add the name of the region or agency, e.g. <code>/rank Kota Kendari 2022</code>.
bot-usage-trend = Add the name of the region or agency, e.g. <code>/trend Kota Payakumbuh</code>.
bot-usage-units = Add the name of the region or agency, e.g. <code>/units Kota Palembang 2025</code>.
bot-compare-ask-first = ⚖️ Compare whom? Send the first region or agency. (/cancel to stop)
bot-compare-ask-next = ⚖️ Compare <b>{ $name }</b> with whom? Send the next name. (/cancel to stop)
bot-compare-not-found = I could not find a region or agency called "{ $text }". Try its full name, e.g. "Kabupaten Tebo".
bot-compare-need-text = Send the name as text, e.g. "Kota Jambi".
bot-compare-gave-up = Comparison cancelled. Try again with /compare any time.
bot-compare-open-chat = Open a chat with me to compare.
bot-cancelled = OK, cancelled.
bot-nothing-to-cancel = Nothing is in progress. Send a question.
bot-language-choose = Pilih bahasa / Choose a language:
bot-language-id = 🇮🇩 Bahasa Indonesia
bot-language-en = 🇬🇧 English
bot-language-set = ✅ Language: English. Next answers will be in English.
bot-button-stale = This button has expired. Please send your question again.
bot-flood = Easy there 🙂 Too many messages in a short time; wait a moment and try again.
bot-error = Sorry, something went wrong. Please try again.
bot-non-text = I can only read questions written as text, e.g. "score of Lampung Utara 2021".
bot-inline-help-title = Look up assessment results
bot-inline-help-description = Type a region and a year, e.g. lampung utara 2021
bot-inline-help-text = Ask { $mention } about the Ombudsman RI public-service compliance results, e.g. <code>{ $mention } lampung utara 2021</code>.
bot-command-start = Start and example questions
bot-command-help = Help and the list of commands
bot-command-score = Score and zone: /score name [year]
bot-command-rank = Rank: /rank name [year]
bot-command-top = Top list: /top [province] [year]
bot-command-compare = Compare two regions or agencies
bot-command-trend = Trend over the years
bot-command-units = Service-unit scores
bot-command-scale = What zones, grades and predicates mean
bot-command-language = Change language
bot-command-about = About the data and its sources
bot-command-cancel = Cancel the question in progress
bot-terminal-intro = Rapor in the terminal. Type a question and press Enter; type a number to press a button; Ctrl+D to quit.
bot-command-follow = Follow new results: /follow name
bot-command-unfollow = Stop following: /unfollow [name]
bot-sub-usage = 🔔 Follow the newest assessment results with <code>/follow name</code>, e.g. <code>/follow Lampung Utara</code>, <code>/follow Jawa Barat</code> (all its regions) or <code>/follow kabupaten</code>.
bot-sub-none = This chat follows nothing yet.
bot-sub-list-title = 🔔 <b>What this chat follows</b>
bot-sub-list-hint = Add with <code>/follow name</code>; press a ✖️ button to stop following.
bot-sub-stop-button = ✖️ { $name }
bot-sub-subscribed = ✅ Now following <b>{ $name }</b>. New results will be sent here.
bot-sub-already = Already following <b>{ $name }</b>.
bot-sub-limit = This chat has reached the limit of { $max } subscriptions. Stop one first with /unfollow.
bot-sub-not-found = I could not find a region or agency called "{ $text }". Try its full name, e.g. "Kabupaten Tebo".
bot-sub-choose = Which one do you want to follow?
bot-sub-stopped = 🔕 Stopped following <b>{ $name }</b>.
bot-sub-not-following = This chat does not follow <b>{ $name }</b>.
bot-sub-stop-all-confirm = Stop following everything ({ $count })?
bot-sub-stop-all-button = 🔕 Yes, stop all
bot-sub-stopped-all = 🔕 Stopped following everything ({ $count }).
bot-sub-admins-only = Sorry, in groups only the group's admins can change subscriptions.
bot-target-province = { $name } (all its regions)
bot-target-category = all { $category ->
    [provinsi] provincial governments
    [kabupaten] regency governments
    [kota] city governments
    [kementerian] ministries
   *[lembaga] agencies
  }
bot-admin-only = Sorry, this command is for the bot's admins only.
bot-status =
    📮 <b>Announcement queue</b>
    Queued: { $queued }
    Sent: { $sent }
    Failed: { $failed }
    Blocked: { $blocked }
    Send rate: { $rate } messages/s
bot-import-preview =
    📄 <b>Trial import of { $file }</b> (nothing written yet)
    New rows: { $added }
    Already present: { $unchanged }
    Conflicting with a stored source: { $conflicts }
    Announcements to send: { $messages }, to { $chats } subscribed chats
bot-import-nothing = No new rows in { $file }; nothing to import.
bot-import-rejected = ❌ { $file } was rejected, nothing was written ({ $count } problems):
bot-import-more = … and { $count } more
bot-import-confirm = ✅ Import
bot-import-cancel = ✖️ Cancel
bot-import-done = ✅ Imported: { $added } new rows. Announcements queued: { $messages }.
bot-import-cancelled = Import cancelled.
bot-import-expired = No import is waiting. Send the CSV file again.
bot-import-unreadable = I could not read this file. Send a CSV file (UTF-8), at most 20 MB.
bot-sub-ask = Type the name of a region, province or category to follow, or /cancel.
bot-sub-ask-group = Reply to this message with the name of a region, province or category to follow, or /cancel.
bot-sub-ask-again = Type another name, or /cancel.
bot-sub-need-text = Type the name to follow (as text), or /cancel.
bot-sub-gave-up = I could not find that name. Try again later with <code>/follow name</code>.
bot-announce-ask-audience = 📢 Who is this announcement for? Type the name of a region, province or category (its followers receive it), or <b>everyone</b> for all followers. /cancel to stop.
bot-announce-need-text = Type the answer as text, or /cancel.
bot-announce-which = That name matches several: { $names }. Type the full name.
bot-announce-gave-up = The announcement's audience was not found; nothing was sent.
bot-announce-everyone = <b>all followers</b>
bot-announce-followers = the followers of <b>{ $name }</b>
bot-announce-ask-text = Write the announcement for { $audience } (plain text, at most { $max } characters), or /cancel.
bot-announce-too-long = An announcement needs text and at most { $max } characters (this one has { $length }). Write it again, or /cancel.
bot-announce-nobody = Nobody to receive it yet ({ $audience }); nothing was sent.
bot-announce-preview = ☝️ Preview. Send it to { $chats } chats ({ $audience })?
bot-announce-send = 📢 Send
bot-announce-cancel = ✖️ Cancel
bot-announce-cancelled = Announcement cancelled; nothing was sent.
bot-announce-queued = ✅ Announcement queued: { $messages } messages. The bot sends them at a steady pace; see /status.
bot-command-status = (admin) Announcement queue
bot-command-announce = (admin) Write an announcement to followers
