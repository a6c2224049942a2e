import { beforeAll, describe, expect, it } from "vitest";
import { createUnderstander } from "../../src/understand/parse.js";
import type { Query } from "../../src/understand/query.js";
import { NOW, seededGazetteer } from "./fixture.js";

/** Other phrasings of the same kinds of question: typos, chat Indonesian, English. Only the fields given are checked. */
interface Case {
  q: string;
  intent: Query["intent"];
  codes?: string[];
  ambiguous?: string[];
  year?: Query["year"];
  province?: string | null;
  n?: number | null;
  category?: Query["category"];
  unit?: string | null;
  zone?: Query["zone"];
  grade?: string | null;
  topic?: string | null;
  language?: Query["language"];
}

const CASES: Case[] = [
  // score, with prefixes, chat abbreviations, typos, English
  { q: "nilai kab. lampung utara tahun lalu", intent: "score", codes: ["18.03"], year: 2025 },
  { q: "Lampura thn 21 dpt nilai brp sih", intent: "score", codes: ["18.03"], year: 2021 },
  { q: "skor kabupaten lebonggg 2022", intent: "score", codes: ["17.07"], year: 2022 },
  { q: "nilaiii Lebong thn 2023 brp ya kak", intent: "score", codes: ["17.07"], year: 2023 },
  { q: "brp nilai pemkot Bogor 2023?", intent: "score", codes: ["32.71"], year: 2023, category: "kota" },
  { q: "Bogor city score 2022", intent: "score", codes: ["32.71"], language: "en" },
  { q: "nilai kabupaten tanjung jabng timr", intent: "score", codes: ["15.07"] },
  { q: "pekanbru 2023", intent: "score", codes: ["14.71"], year: 2023 },
  { q: "score of North Sumatra province 2022", intent: "score", codes: ["12"], category: "provinsi", language: "en" },
  { q: "nilai Kemenlu terbaru", intent: "score", codes: ["KL.KEMLU"], year: "latest" },
  { q: "Kementerian Luar Negeri 2023 dapat opini apa", intent: "score", codes: ["KL.KEMLU"], year: 2023 },
  { q: "how did Bekasi city do in 2023", intent: "score", codes: ["32.75"], language: "en" },
  { q: "nilai Palangkaraya 2023", intent: "score", codes: ["62.71"] },
  { q: "nilai Kabupaten Lima Puluh Kota 2022", intent: "score", codes: ["13.07"], n: null },
  // a bare province name that is also a city: the province; with its prefix: the city
  { q: "nilai Jambi 2022", intent: "score", codes: ["15"], category: "provinsi" },
  { q: "nilai Kota Jambi 2022", intent: "score", codes: ["15.71"] },
  { q: "Gorontalo 2023", intent: "score", codes: ["75"] },
  { q: "kab gorontalo 2023", intent: "score", codes: ["75.01"] },
  // same-name pairs: ambiguous unless the text says which
  { q: "nilai malang 2022", intent: "score", ambiguous: ["35.07", "35.73"] },
  { q: "nilai banjar", intent: "score", ambiguous: ["32.79", "63.03"] },
  { q: "nilai tangerang", intent: "score", ambiguous: ["36.03", "36.71"] },
  { q: "Bogor regency vs Bogor city 2022", intent: "compare", codes: ["32.01", "32.71"] },
  { q: "nilai Banjar di Kalsel", intent: "score", codes: ["63.03"], province: "63" },
  { q: "peringkat Bogor di antara kabupaten se-Jabar 2022", intent: "rank", codes: ["32.01"], province: "32" },
  // rank: province as a filter or as the body
  { q: "peringkat Lampung Utara di Provinsi Lampung thn 2021", intent: "rank", codes: ["18.03"], province: "18" },
  { q: "Lampung Utara peringkat brp se-Lampung", intent: "rank", codes: ["18.03"], province: "18" },
  { q: "ranking nasional kota kendari 2022", intent: "rank", codes: ["74.71"], province: null },
  { q: "peringakt Tebo 2022", intent: "rank", codes: ["15.09"] },
  { q: "peringkat lampung utara 2021 se provinsi", intent: "rank", codes: ["18.03"], province: "18", category: "kabupaten" },
  { q: "What rank is Deli Serdang in North Sumatra 2022?", intent: "rank", codes: ["12.07"], province: "12", language: "en" },
  { q: "ranking provinsi 2022", intent: "top", category: "provinsi", n: null },
  { q: "is Kota Magelang the best city in 2023?", intent: "rank", codes: ["33.71"] },
  // top / bottom
  { q: "kota terbaik di jambi 2022", intent: "top", province: "15", category: "kota", n: null },
  { q: "lima besar kab di sumbar thn 22", intent: "top", province: "13", category: "kabupaten", n: 5, year: 2022 },
  { q: "top five cities in West Java 2023", intent: "top", province: "32", category: "kota", n: 5, language: "en" },
  { q: "sepuluh besar provinsi 2023", intent: "top", category: "provinsi", n: 10 },
  { q: "show me the top 3 cities in North Sumatra for 2023", intent: "top", province: "12", category: "kota", n: 3 },
  { q: "peringkat 1 di Sumbar 2022", intent: "top", province: "13", n: 1 },
  { q: "3 kabupaten terendah di sumsel 2023", intent: "bottom", province: "16", category: "kabupaten", n: 3 },
  { q: "the 10 lowest regencies nationally in 2022", intent: "bottom", category: "kabupaten", n: 10, province: null },
  { q: "peringkat terakhir se-jambi 2022", intent: "bottom", province: "15" },
  { q: "best province 2024", intent: "top", category: "provinsi", n: null, language: "en" },
  // compare
  { q: "bandingin Sulut sama Sultra 2023", intent: "compare", codes: ["71", "74"] },
  { q: "compare Kota Metro with Kota Bandar Lampung in 2023", intent: "compare", codes: ["18.72", "18.71"] },
  { q: "bandingkna tebo dan batanghari", intent: "compare", codes: ["15.09", "15.04"] },
  { q: "BPOM vs BPS 2022", intent: "compare", codes: ["KL.BPOM", "KL.BPS"], category: "lembaga" },
  // trend
  { q: "gmn perkembangan kota payakumbuh dr thn ke thn", intent: "trend", codes: ["13.76"] },
  { q: "how has Tebo's score changed over the years?", intent: "trend", codes: ["15.09"], language: "en" },
  { q: "nilai Tebo 2021 sampai 2023", intent: "trend", codes: ["15.09"] },
  { q: "Tebo naik atau turun?", intent: "trend", codes: ["15.09"] },
  // list, stats
  { q: "daftar kota di zona kuning 2021", intent: "list", category: "kota", zone: "kuning" },
  { q: "which regencies in Jambi got opini A in 2023?", intent: "list", province: "15", grade: "A", category: "kabupaten" },
  { q: "ada berapa daerah zona hijau thn 2023", intent: "stats", zone: "hijau", year: 2023 },
  { q: "how many cities are in the green zone in 2023", intent: "stats", zone: "hijau", category: "kota" },
  { q: "berapa kabupaten di Lampung yang zona merah 2022", intent: "stats", province: "18", zone: "merah" },
  // explain
  { q: "apa maksud zona hitam", intent: "explain", zone: "hitam", topic: "hitam" },
  { q: "what does high quality mean", intent: "explain", topic: "kualitas tinggi", language: "en" },
  { q: "arti opini C", intent: "explain", grade: "C" },
  { q: "zona kuning itu apa", intent: "explain", zone: "kuning" },
  // units
  { q: "unit layanan kab bangka barat", intent: "units", codes: ["19.05"], unit: null },
  { q: "nilai disdukcapil bangka barat thn 2017", intent: "units", codes: ["19.05"], unit: "dukcapil", year: 2017 },
  { q: "dinkes kota palembang 2025", intent: "units", codes: ["16.71"], unit: "kesehatan" },
  { q: "nilai DPM-PTSP Kota Palembang", intent: "units", codes: ["16.71"], unit: "dpmptsp" },
  { q: "puskesmas di Wonogiri", intent: "units", codes: ["33.12"], unit: "puskesmas" },
  // help, subscribe, unknown
  { q: "hai min", intent: "help" },
  { q: "/start@RaporBot", intent: "help" },
  { q: "what can you do?", intent: "help", language: "en" },
  { q: "langganan nilai Kota Metro", intent: "subscribe", codes: ["18.72"] },
  { q: "follow Deli Serdang", intent: "subscribe", codes: ["12.07"] },
  // Stopping holds a subscribe word ("berhenti ikuti"): it is read as stopping, never as following.
  { q: "berhenti ikuti kota metro", intent: "unsubscribe", codes: ["18.72"] },
  { q: "unsubscribe kota metro", intent: "unsubscribe", codes: ["18.72"] },
  { q: "stop langganan kota metro", intent: "unsubscribe", codes: ["18.72"] },
  { q: "unfollow kota metro", intent: "unsubscribe", codes: ["18.72"] },
  { q: "gak usah kabarin lagi soal kab tebo", intent: "unsubscribe", codes: ["15.09"] },
  { q: "stop following Deli Serdang", intent: "unsubscribe", codes: ["12.07"] },
  // A place said about the asker, in a clause that asks nothing, is no subject: the body asked about is.
  { q: "Saya tinggal di Kupang. Berapa nilai Kabupaten Timor Tengah Selatan tahun 2021?", intent: "score", codes: ["53.02"], year: 2021 },
  { q: "Saya dari Bogor, berapa nilai kota metro 2023?", intent: "score", codes: ["18.72"], year: 2023 },
  { q: "Selamat malam admin, saya mahasiswa dari Universitas Nusa Cendana di Kupang, sedang menyusun skripsi tentang pelayanan publik di Nusa Tenggara Timur. Boleh saya tahu berapa nilai kepatuhan Kabupaten Timor Tengah Selatan tahun 2021 dan apakah masuk zona merah? Terima kasih banyak atas bantuannya.", intent: "score", codes: ["53.02"], year: 2021, zone: "merah" },
  { q: "Halo, saya wartawan di Bandung. Nilai Kota Bekasi 2023 berapa ya?", intent: "score", codes: ["32.75"] },
  { q: "nilai kota metro 2023, saya asli Tebo", intent: "score", codes: ["18.72"] },
  { q: "Saya dari Bogor. Bandingkan kota metro dan kab tebo 2023", intent: "compare", codes: ["18.72", "15.09"] },
  // ...but not when nothing else carries the question, when a comparison needs it, or when its clause asks.
  { q: "saya tinggal di kupang, berapa nilai kota saya 2021?", intent: "score", codes: ["53.71"] },
  { q: "Saya dari Bogor, bandingkan dengan kota metro 2023", intent: "compare", codes: ["18.72"], ambiguous: ["32.01", "32.71"] },
  { q: "Kota Kupang, Kabupaten TTS, nilai 2021", intent: "compare", codes: ["53.71", "53.02"] },
  { q: "kupang vs tts 2021", intent: "compare", codes: ["53.02"], ambiguous: ["53.01", "53.71"] },
  { q: "bandingkan bogor dan bekasi", intent: "compare", ambiguous: ["32.01", "32.71"] },
  { q: "Kab. Bogor dan Kota Bekasi nilai 2023", intent: "compare", codes: ["32.01", "32.75"] },
  { q: "keren banget", intent: "unknown" },
  { q: "xkcd zzzz", intent: "unknown" },
  { q: "2021", intent: "unknown" },
];

describe("other phrasings", () => {
  let understand: ReturnType<typeof createUnderstander>;
  beforeAll(async () => {
    const { gazetteer } = await seededGazetteer();
    understand = createUnderstander(gazetteer, { now: NOW });
  });

  it.each(CASES)("$q", (c) => {
    const q = understand(c.q);
    const got: Record<string, unknown> = { intent: q.intent };
    const want: Record<string, unknown> = { intent: c.intent };
    if (c.codes) [got.codes, want.codes] = [q.entities.map((e) => e.code), c.codes];
    if (c.ambiguous) [got.ambiguous, want.ambiguous] = [q.ambiguous[0]?.candidates.map((x) => x.code).sort(), c.ambiguous];
    for (const key of ["year", "province", "n", "category", "unit", "zone", "grade", "topic", "language"] as const) {
      if (c[key] !== undefined) [got[key], want[key]] = [q[key], c[key]];
    }
    expect(got).toEqual(want);
  });
});
