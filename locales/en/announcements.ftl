# Announcements of new results to subscribers (src/broadcast/digest.ts). Telegram HTML.
# Numbers come formatted from the code (94.39); every figure comes from the data rows.

announce-title-body = 🔔 <b>New result: { $name }</b>
announce-title-province = 🔔 <b>New results in { $name }</b>
announce-title-category = 🔔 <b>New results: { announce-category-plural }</b>
announce-category-plural = { $category ->
    [provinsi] provincial governments
    [kabupaten] regencies
    [kota] cities
    [kementerian] ministries
   *[lembaga] agencies
  }
announce-item = • <a href="{ $link }">{ $name }</a> · { $year }
announce-item-plain = • { $name } · { $year }
announce-score = Score <b>{ $score }</b>
announce-zone = { $zone ->
    [hijau] 🟢 Green zone
    [kuning] 🟡 Yellow zone
    [merah] 🔴 Red zone
   *[hitam] ⚫ Black zone
  }
announce-zone-name = { $zone ->
    [hijau] the green zone
    [kuning] the yellow zone
    [merah] the red zone
   *[hitam] the black zone
  }
announce-grade = Grade <b>{ $grade }</b>
announce-grade-name = grade { $grade }
announce-change = { $direction ->
    [up] ⬆️ Up
   *[down] ⬇️ Down
  } from { $from } ({ $year })
announce-method-changed = {" "}· the method changed, scores are not comparable
announce-place-national = 🏆 No. { $position } nationally among { announce-category-plural }
announce-place-province = 🏆 No. { $position } in { $province }
announce-place-computed = {" "}(computed from complete data)
announce-more = …and { $count } more results. Ask me for the full list.
announce-footer = Tap a name for the full card with its sources.
announce-button-card = 📊 Full card

# An admin's hand-written announcement (/announce); $text is already escaped.
announce-manual =
    📢 <b>Rapor announcement</b>

    { $text }
