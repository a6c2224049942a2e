# Admin imports: drafts kept in the database (issue 10).
store-import-already = { $file } sudah diimpor; berkas tidak diimpor dua kali.
store-import-superseded = Pratinjau { $file } sudah diganti oleh berkas yang Anda kirim sesudahnya; tidak ada yang diimpor. Tekan Impor pada pratinjau terbaru.
store-import-was-cancelled = Impor { $file } sudah dibatalkan. Kirim berkasnya lagi untuk mengimpor.
store-import-not-yours = Pratinjau ini milik admin lain.
store-import-busy = Impor lain sedang berjalan terlalu lama; tidak ada yang ditulis. Coba lagi nanti.
