## Stopping a subscription asked in chat ("berhenti ikuti Kota Metro", "unsubscribe")

# Outside a chat that can follow (the terminal, inline mode): how to stop.
unsubscribe-hint = Untuk berhenti mengikuti, pakai <code>/berhenti nama</code>; <code>/berhenti</code> saja untuk berhenti mengikuti semuanya.
unsubscribe-hint-name = Untuk berhenti mengikuti <b>{ $name }</b>, ketik <code>/berhenti { $name }</code>.
# The chat follows what was named: a ✖️ button per followed item.
bot-unsub-press = Tekan tombol di bawah untuk berhenti mengikuti.
# Several same-name bodies named, none followed; $names joined by ", ".
bot-unsub-not-following-any = Obrolan ini tidak mengikuti { $names }.
