# Admin imports: drafts kept in the database (issue 10).
store-import-already = { $file } was already imported; a file is never imported twice.
store-import-superseded = The preview of { $file } was replaced by a file you sent later; nothing was imported. Press Import on the latest preview.
store-import-was-cancelled = The import of { $file } was cancelled. Send the file again to import it.
store-import-not-yours = This preview belongs to another admin.
store-import-busy = Another import is taking too long; nothing was written. Try again later.
