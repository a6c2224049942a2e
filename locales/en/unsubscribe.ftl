## Stopping a subscription asked in chat ("berhenti ikuti Kota Metro", "unsubscribe")

# Outside a chat that can follow (the terminal, inline mode): how to stop.
unsubscribe-hint = To stop following, use <code>/unfollow name</code>; <code>/unfollow</code> alone stops following everything.
unsubscribe-hint-name = To stop following <b>{ $name }</b>, send <code>/unfollow { $name }</code>.
# The chat follows what was named: a ✖️ button per followed item.
bot-unsub-press = Press the button below to stop following.
# Several same-name bodies named, none followed; $names joined by ", ".
bot-unsub-not-following-any = This chat does not follow { $names }.
