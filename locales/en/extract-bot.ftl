# A news report read by the extractor and reviewed by an admin in the bot (issue 13).

extract-header =
    📰 <b>Review of a news report</b> (draft #{ $draft })
    «{ $title }»
extract-source-url = Source: { $url }
extract-source-none = Source: no URL; each row's note names the report ({ $note })
extract-source-ask = Source: not given yet (asked before the preview)
extract-position = Candidate { $n } of { $total } · { $kind }
extract-kind-row = results row
extract-kind-unit = service unit
extract-identity-row = { $body } · { $year } · { $programme }
extract-identity-unit = <b>{ $unit }</b> of { $body } · { $year } · { $programme }
extract-group-statement = (group statement: zone and grade only)
extract-programme = { $programme ->
    [ombudsman-kepatuhan] Ombudsman RI
    [kemenpanrb-ipp] KemenPAN-RB
   *[other] { $programme }
  }
extract-corrected = ✏️ corrected
extract-confidence = Confidence: { $percent }%
extract-read-from = Read from:
extract-refused = ⚠️ The import would refuse this candidate:
extract-decision-keep = Decision: ✅ kept
extract-decision-drop = Decision: 🗑 dropped
extract-decision-open = Decision: ⏳ not decided (corrected; not imported)
extract-decision-none = Decision: ⏳ not decided (not imported)
extract-tally = Kept { $kept }, dropped { $dropped }, undecided { $open } of { $total }.
extract-no-candidates = I read no row from this report; here is what I could not decide.

extract-btn-keep = ✅ Keep
extract-btn-drop = 🗑 Drop
extract-btn-fix = ✏️ Correct
extract-btn-prev = ◀️ Previous
extract-btn-next = Next ▶️
extract-btn-undecided = ❓ Undecided ({ $count })
extract-btn-preview = 📋 Preview import
extract-btn-back = ↩️ Back to the candidates
extract-btn-import = ✅ Import
extract-btn-cancel = ✖️ Cancel

extract-field-programme = programme
extract-field-year = year
extract-field-category = category
extract-field-entity-code = body
extract-field-entity-name = body name
extract-field-province-code = province
extract-field-score = score
extract-field-zone = zone
extract-field-opinion = grade
extract-field-opinion-text = opinion
extract-field-rank-national = national rank
extract-field-rank-province = rank in the province
extract-field-statement = statement
extract-field-source-url = source URL
extract-field-note = note
extract-field-unit-kind = unit kind
extract-field-unit-name = unit name
extract-field-row = row

extract-why-future = a hope or a target, not a result
extract-why-year-unknown = the year is not stated ("{ $words }")
extract-why-year-relative = a year relative to one the report does not give
extract-why-no-year = the report states no assessment year and has no date
extract-why-ipp-scale = not on the 1-5 scale of KemenPAN-RB's index
extract-why-earlier-zone = the zone of an earlier year the report does not name
extract-why-rank-scope = the rank's scope (within the province or national) is not stated
extract-why-rank-other-province = a rank within { $province }, which is not the province of { $body }
extract-why-unit-rank = a unit's rank (units have no ranks in Rapor)
extract-why-ambiguous-name = "{ $name }" could be { $options }
extract-why-group-figure = a figure of a group the report does not name
extract-why-no-body = no body is named for this figure
extract-why-group-unnamed = a group statement ({ $group }: { $figure }); the report does not name the bodies
extract-why-conflict = differs from the { $field } { $value } read for the same body and year ("{ $text }")
extract-undecided-title = ❓ <b>What I could not decide</b> ({ $from }–{ $to } of { $total }; not imported)
extract-undecided-item = • «{ $text }»: { $why }

extract-refusal-unknown-programme = unknown programme "{ $value }"
extract-refusal-not-assessed-year = { $year } is not an assessment year of this programme
extract-refusal-unknown-code = unknown code "{ $value }"
extract-refusal-wrong-category = { $code } is a { $actual }, not a { $given }
extract-refusal-unknown-province = unknown province code "{ $value }"
extract-refusal-province-empty = must be empty for a { $category }
extract-refusal-province-expected = must be { $expected } for { $code } in { $year }
extract-refusal-province-not-yet = the province { $code } did not exist yet in { $year }
extract-refusal-score-range = must be between { $min } and { $max }
extract-refusal-opinion-not-allowed = must be one of { $allowed } in { $year }
extract-refusal-opinion-none = { $year } has no grades: leave it empty
extract-refusal-zone-not-allowed = must be one of { $allowed } in { $year }
extract-refusal-zone-none = { $year } has no zones: leave it empty
extract-refusal-no-result = the row states no result (score, zone, grade or rank)
extract-refusal-group-with-score = a group statement cannot carry a score or a rank
extract-refusal-no-source = a row needs a source URL or a note naming its report
extract-refusal-format = is not written as the import expects
extract-refusal-one-of = must be one of { $values }
extract-refusal-required = is required
extract-refusal-too-long = is too long

extract-keep-refused = The import would refuse this candidate: correct it first (✏️ Correct).
extract-fix-choose = ✏️ What do you want to correct in candidate { $n }?
extract-fix-ask = Type the new <b>{ $field }</b> (now: { $value }). Type <b>-</b> to empty it, /cancel to stop.
extract-fix-hint-entity-code = The body's full name (Kabupaten Lampung Utara) or its code (18.03).
extract-fix-hint-year = The assessment year, e.g. 2023.
extract-fix-hint-score = A number with at most two decimals, e.g. 94.39 or 94,39.
extract-fix-hint-zone = hijau, kuning or merah (hitam in 2025).
extract-fix-hint-opinion = The letter, e.g. A or B- (the grades of that year).
extract-fix-hint-opinion-text = The opinion as the report words it, e.g. Kualitas Tertinggi.
extract-fix-hint-rank-province = A whole number from 1, e.g. 4.
extract-fix-hint-rank-national = A whole number from 1, e.g. 32.
extract-fix-hint-unit-name = The unit's name as the report writes it.
extract-fix-problem-format = That is not a { $field }. { $hint }
extract-fix-problem-required = The { $field } cannot be empty.
extract-fix-problem-too-long = That is too long for a { $field } (at most 200 characters).
extract-fix-problem-unknown-body = I do not know «{ $text }». { $hint }
extract-fix-problem-ambiguous-body = «{ $text }» could be { $options }. Type the full name.
extract-fix-refused = The import would refuse that value:
extract-fix-again = Type another value, or /cancel.
extract-fix-gave-up = Nothing was changed. Press ✏️ Correct again when you need to.
extract-fix-need-text = Type the value as text, or /cancel.

extract-ask-date = This report states no assessment year and has no date. When was it published? Type the date (e.g. 24 January 2018 or 2018-01-24), or <b>skip</b>.
extract-date-bad = I could not read that date. Type it as 2018-01-24 or 24 January 2018, or <b>skip</b>.
extract-date-late = The figures were already decided on; the date was not applied.
extract-ask-url = Where is this report from? Send its address (URL). If it has none, type <b>none</b>, optionally followed by the outlet and date (e.g. <i>none, Radar Lampung, 5 Feb 2024</i>): each row's note then names the report «{ $title }».
extract-url-bad = That is not an http(s) address. Send the report's URL, or <b>none</b>.
extract-url-need-words = This report has no headline to name it by. Type <b>none</b> followed by the outlet and date, e.g. <i>none, Radar Lampung, 5 Feb 2024</i>.
extract-source-gave-up = The source is still missing; I will ask again before the preview.
extract-need-text = Type the answer as text, or /cancel.

extract-preview =
    🧪 <b>Trial import of the report</b> «{ $title }» (nothing written yet)
    New results rows: { $added }
    Already present from the same source: { $unchanged }
    Conflicting with a stored source: { $conflicts }
    New service units: { $units } (already present: { $unitsUnchanged }, conflicting: { $unitsConflicts })
    Announcements to send: { $messages }, to { $chats } subscribed chats
    Not imported: { $dropped } dropped, { $open } not decided.
extract-preview-nothing-kept = Nothing is kept yet: press ✅ Keep on the candidates that are right.
extract-preview-nothing-new = Everything kept is already recorded from the same source; nothing to import.
extract-preview-rejected = ❌ The import refuses these rows, nothing was written ({ $count } problems):
extract-changed = The review changed after this preview; nothing was imported. Open the preview again.
extract-done = ✅ Imported from «{ $title }»: { $added } new results rows and { $units } new service units. Announcements queued: { $messages }.
extract-cancelled = Review cancelled; nothing was imported.
extract-already = «{ $title }» was already imported; a report is never imported twice.
extract-superseded = The review of «{ $title }» was replaced by a report or file you sent later; nothing was imported from it.
extract-was-cancelled = The review of «{ $title }» was cancelled. Send the report again to review it.
extract-not-yours = This review belongs to another admin.
extract-stale = This button is no longer valid. Send the report again to review it.
extract-nothing = I found no assessment result in this text.
extract-empty = This text is empty.
extract-too-long = This text is too long to read (at most { $max } characters).
extract-unreadable = I could not read this file. Send a .txt or .html file (UTF-8), at most 4 MB.
