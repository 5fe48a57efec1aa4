/**
 * The seed document (a copy: test/support/fixtures/seed-sampang.txt): the IKI of Dinas Sosial PPPA
 * Kabupaten Sampang. Texts are verbatim, typos included; formulasi is the seed's
 * LaTeX/HTML rendered as plain text (Σ, /, ×). Validated in ./index.ts. Beyond the seed, for the
 * Perjanjian Kinerja: each jabatan's Atasan as a Dinas is usually ordered (the Sekretaris and the Kabid
 * under the Kepala Dinas, the Kasubag Umum under the Sekretaris) and the kepala daerah's title.
 */
import type { Catalog, Indikator } from "./model";

const SUMBER = "Dinsos PPPA";

function rasio(id: string, nama: string, pembilang: string, penyebut: string, kali100: boolean): Indikator {
  return {
    id,
    nama,
    formulasi: `${pembilang} / ${penyebut}${kali100 ? " × 100%" : ""}`,
    sumberData: SUMBER,
    jenis: "rasio",
    satuan: "%",
    polaritas: "positif",
    pembilang,
    penyebut,
    sifatTriwulan: "akhir",
    target: {},
  };
}

const S_PMKS = "Meningkatnya Kesejahteraan Sosial PMKS";
const S_PEREMPUAN = "Meningkatnya Kualitas Hidup dan Pemberdayaan Perempuan";
const S_KLA = "Mewujudkan Implementasi Kabupaten Layak Anak (KLA)";

/** The three indicators that Kepala Dinas and Sekretaris share; ids prefixed per jabatan. */
function sasaranPimpinan(slug: string): Catalog["jabatan"][number]["sasaran"] {
  return [
    {
      nama: S_PMKS,
      indikator: [
        rasio(
          `${slug}.pmks-terpulihkan`,
          "Persentase PMKS yang terpulihkan kembali fungsi sosialnya",
          "Σ PMKS yg ditangani",
          "Σ PMKS seluruhnya",
          true,
        ),
      ],
    },
    {
      nama: S_PEREMPUAN,
      indikator: [
        {
          id: `${slug}.idg`,
          nama: "Indeks Pemberdayaan Gender (IDG)",
          formulasi:
            "IDG: 1/3 (Ipar+IDM+Lin-Dist) Ipar= indeks keterwakilan di parlemen IDM= indeks pengambilan keputusan Linc= indeks distribusi pendapatan.",
          sumberData: SUMBER,
          jenis: "nilai",
          satuan: "indeks",
          polaritas: "positif",
          sifatTriwulan: "akhir",
          target: {},
        },
      ],
    },
    {
      nama: S_KLA,
      indikator: [
        {
          id: `${slug}.kla`,
          nama: "Status Capaian Kabupaten Layak Anak (KLA)",
          formulasi: "-",
          sumberData: SUMBER,
          jenis: "status",
          satuan: "status",
          polaritas: "positif",
          sifatTriwulan: "akhir",
          target: {},
        },
      ],
    },
  ];
}

export const SAMPANG: Catalog = {
  instansi: {
    nama: "DINAS SOSIAL PPPA KABUPATEN SAMPANG",
    kabupaten: "Sampang",
    kepala: {
      jabatan: ["KEPALA DINAS SOSIAL PEMBERDAYAAN", "PEREMPUAN DAN PERLINDUNGAN ANAK", "KABUPATEN SAMPANG"],
      nama: "MOHAMMAD FADELL S.Pd. M.S",
      pangkat: "Pembina Utama Muda",
      nip: "196802231988031001",
      status: "",
    },
    tempatTanggal: "",
    penandaTanganLembar: "kepala instansi",
    skala: "baik",
    // The seed names no Bupati: a PK of the head of office prints a placeholder for the name.
    kepalaDaerah: { jabatan: "BUPATI SAMPANG", nama: "" },
  },
  jabatan: [
    {
      kode: "KADIS",
      atasan: "",
      nama: "KEPALA DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas:
        "Membantu Bupati melaksanakan urusan pemerintahan yang menjadi kewenangan daerah bidang sosial, bidang pemberdayaan perempuan, dan perlindungan anak dan tugas pembantuan",
      fungsi: [
        "perumusan kebijakan bidang Sosial, Pemberdayaan Perempuan dan Perlindungan Anak;",
        "pelaksanaan kebijakan bidang Sosial Pemberdayaan Perempuan dan Perlindungan Anak;",
        "pelaksanaan evaluasi dan pelaporan bidang Sosial, Pemberdayaa Perempuan dan Perlindungan Anak;",
        "pelaksanaan administrasi dinas bidang Sosial, Pemberdayaan Perempuan dan Perlindungan Anak; dan",
        "pelaksanaan fungsi lain yang diberikan oleh Bupati.",
      ],
      sasaran: sasaranPimpinan("kadis"),
    },
    {
      kode: "SEKRETARIS",
      atasan: "KADIS",
      nama: "SEKRETARIS DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas:
        "merencanakan, melaksanakan, mengkoordinasikan dan mengendalikan kegiatan administrasi umum, kepegawaian, perlengkapan, penyusunan program, hubungan masyarakat, protokol dan keuangan.",
      fungsi: [
        "pengelolaan dan pelayanan administrasi umum;",
        "pengeloan administrasi kepegawaian dan pembinaan sumber daya manusia;",
        "pengelolaan administrasi keuangan;",
        "pengelolaan urusan rumah tangga, hubungan masyarakat dan protokol;",
        "pengelolaan administrasi perlengkapan;",
        "pengelolaan surat menyurat, kearsipan dan perpustakaan;",
        "pembinaan organisasi dan tatalaksana Dinas;",
        "pelaksanaan monitoring dan evaluasi organisasi dan tatalaksana Dinas;",
        "pelaksanaan koordinasi penyusunan perundang- undangan;",
        "pelaksanaan koordinasi penyusunan program, rencana anggaran, pengelolaan keuangan serta mempertanggungjawabkan pelaksanaannya;",
        "pelaksanaan koordinasi penyelesaian masalah hukum (non yudisial);",
        "pelaksanaan koordinasi perencanaan jaringan teknologi informasi dan pemeliharaannya (maintenance);",
        "pelaksanaan koordinasi penyelenggaraan tugas- tugas bidang; dan",
        "pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.",
      ],
      sasaran: sasaranPimpinan("sekretaris"),
    },
    {
      kode: "KASUBAG UMUM",
      atasan: "SEKRETARIS",
      nama: "Ka. SUB BAGIAN UMUM DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas: [
        "melaksanakan penerimaan, pendistribusian dan pengiriman surat, penggandaan naskah dinas, kearsipan dan perpustakaan;",
        "melaksanakan urusan rumah tangga dan keprotokolan;",
        "melaksanakan tugas bidang hubungan masyarakat;",
        "menyusun perencanaan dan pelaksanaan urusan kepegawaian;",
        "melaksanakan penyusunan kebutuhan perlengkapan, pengadaan, perawatan perlengkapan kantor dan pengamanan;",
        "membantu penyelesaian masalah hukum di luar pengadilan (non yudisial);",
        // Items f and g are identical in the seed: kept both.
        "membantu penyelesaian masalah hukum di luar pengadilan (non yudisial);",
        "menyiapkan bahan perencanaan jaringan teknologi informasi dan pemeliharannya (maintenance); dan",
        "melaksanakan tugas lain yang diberikan oleh Sekretaris.",
      ],
      fungsi: [],
      sasaran: [
        {
          nama: S_PMKS,
          indikator: [
            rasio(
              "umum.penunjang-urusan-difasilitasi",
              "Persentase penunjang urusan pemerintahan daerah yang difasilitasi",
              "Σ Pelayanan administrasi dan operasional perkantoran yang difasilitasi",
              "Σ Jumlah keseluruhan Pelayanan administrasi dan operasional perkantoran",
              true,
            ),
          ],
        },
        { nama: S_PEREMPUAN, indikator: [], sumberData: SUMBER },
        { nama: S_KLA, indikator: [], sumberData: SUMBER },
      ],
    },
    {
      kode: "KABID REHSOS",
      atasan: "KADIS",
      nama: "Ka. BIDANG REHABILITASI SOSIAL DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas:
        "merumuskan dan menyiapkan bahan pelaksanaan kebijakan teknis rehabilitasi sosial dan pengembangan kesejahteraan sosial sesuai dengan ketentuan peraturan perundang-undangan;",
      fungsi: [
        "perumusan kebijakan teknis bidang rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas;",
        "pelaksanaan kebijakan teknis penyelenggaraan rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas;",
        "perumusan pedoman penyelenggaraan rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas;",
        "pelaksanaan bimbingan teknis penyelenggaraan rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas;",
        "pelaksanaan koordinasi teknis penyelenggaraan rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas;",
        "pengawasan penyelenggaraan rehabilitasi sosial bagi anak, lanjut usia, tuna sosial dan disabilitas; dan",
        "pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.",
      ],
      sasaran: [
        {
          nama: S_PMKS,
          indikator: [
            rasio(
              "rehsos.pmks-rehabilitasi",
              "Persentase PMKS yang menerima pelayanan dan rehabilitasi sosial",
              "Jumlah PMKS yang menertima pelayanan dan rahab sosial",
              "Jumlah PMKS",
              false,
            ),
            rasio(
              "rehsos.disabilitas-terlantar",
              "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
              "Jumlah Warga Kabupaten penyandang disabilitas yang memperoleh Rehabilitasi social diluar panti",
              "Jumlah keseluruhan warga kabupaten penyandang disabilitas diluar panti",
              false,
            ),
            rasio(
              "rehsos.anak-terlantar",
              "Persentase Anak Terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
              "Jumlah anak terlantar yang memperoleh rehabilitasi sosial diluar panti",
              "Jumlah keseluruhan anak terlantar diluar panti",
              false,
            ),
            rasio(
              "rehsos.lansia-terlantar",
              "Persentase lanjut usia terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
              "Jumlah Warga Kabupaten lanjut usia terlantar yang memperoleh Rehabilitasi sosial diluar panti",
              "Jumlah Warga Kabupaten lanjut usia terlantar diluar panti",
              false,
            ),
            rasio(
              "rehsos.gelandangan-pengemis",
              "Persentase Gelandangan dan Pengemis yang terpenuhi kebutuhan dasarnya di luar panti",
              "Jumlah Warga Kabupaten yang gelandangan dan pengemis yang memperoleh rehabilitasi social dasar tuna sosial diluar panti",
              "Jumlah Warga Kabupaten yang gelandangan dan pengemis diluar panti",
              false,
            ),
          ],
        },
      ],
    },
    {
      kode: "KABID DAYASOS",
      atasan: "KADIS",
      nama: "Ka. BIDANG PEMBERDAYAAN SOSIAL DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas: "merumuskan dan menyiapkan bahan pelaksanaan kebijakan teknis pemberdayaan sosial sesuai dengan peraturan perundang-undangan;",
      fungsi: [
        "perumusan kebijakan bidang pemberdayaan sosial perorangan, keluarga, kelembagaan masyarakat, dan pengembangan potensi sumber kesejahteraan sosial serta pemberdayaan sosial kepahlawanan, keperintisan, kesetiakawanan dan restorasi sosial;",
        "pelaksanaan kebijakan bidang pemberdayaan sosial perorangan, keluarga, dan kelembagaan masyarakat serta pemberdayaan sosial kepahlawanan, keperintisan, kesetiakawanan dan restorasi sosial;",
        "pemberian bimbingan teknis dan supervisi bidang pemberdayaan sosial perorangan, keluarga, dan kelembagaan masyarakat serta pemberdayaan sosial kepahlawanan, keperintisan, kesetiakawanan dan restorasi sosial;",
        "pelaksanaan monitoring, evaluasi, dan pelaporan bidang pemberdayaan sosial perorangan, keluarga, dan kelembagaan masyarakat serta pemberdayaan sosial kepahlawanan, keperintisan, kesetiakawanan dan restorasi sosial;",
        "pelaksanaan monitoring, evaluasi, dan pelaporan tugas dan fungsi Bidang;",
        "pengembangan potensi sumber kesejahteraan sosial daerah Kabupaten/Kota;",
        "pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.",
      ],
      sasaran: [
        {
          nama: S_PMKS,
          indikator: [
            rasio(
              "dayasos.fakir-miskin-dibina",
              "Persentase fakir miskin yang mendapatkan pembinaan dalam penyelenggaraan pemberdayaan sosial",
              "Jumlah Fakir Miskin yang mendapatkan pembinaan",
              "Jumlah Fakir Miskin",
              false,
            ),
            rasio(
              "dayasos.tmp-dikelola",
              "Persentase Taman Makam Pahlawan (TMP) yang dikelola",
              "Σ Jumlah TMP yang dipelihara",
              "Σ Jumlah seluruh TMP",
              true,
            ),
          ],
        },
      ],
    },
    {
      kode: "KABID LINJAMSOS",
      atasan: "KADIS",
      nama: "Ka. BIDANG PERLINDUNGAN DAN JAMINAN SOSIAL DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas:
        "merumuskan dan menyiapkan bahan pelaksanaan kebijakan teknis di bidang perlindungan dan jaminan sosial sesuai dengan ketentuan peraturan perundang-undangan.",
      fungsi: [
        "perumusan kebijakan teknis bidang perlindungan dan jaminan sosial, serta kebencanaan;",
        "pelaksanaan kebijakan bidang perlindungan dan jaminan sosial serta kebencanaan;",
        "penyusunan pedoman penyelenggaraan perlindungan dan jaminan sosial serta kebencanaan;",
        "pemberian bimbingan teknis dan supervisi penyelenggaraan perlindungan dan jaminan sosial serta kebencanaan;",
        "pelaksanaan koordinasi teknis penyelenggaraan perlindungan dan jaminan sosial serta kebencanaan;",
        "pengawasan penyelenggaraan perlindungan dan jaminan sosial; serta kebencanaan;",
        "pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.",
      ],
      sasaran: [
        {
          nama: S_PMKS,
          indikator: [
            rasio(
              "linjamsos.pmks-linjamsos",
              "Persentase PMKS penerima program perlindungan dan jaminan sosial",
              "Jumlah PMKS yang menerima perlindungan dan jaminan sosial",
              "Jumlah PMKS",
              false,
            ),
            rasio(
              "linjamsos.korban-bencana-sosial",
              "Persentase bantuan KSB korban bencana alam dan Korban Sosial yg tertangani",
              "Jumlah Korban Bencana alam dan sosial yang diberi bantuan",
              "Jumlah Korban Bencana",
              false,
            ),
            rasio(
              "linjamsos.korban-bencana-tanggap-darurat",
              "Presentase korban bencana skala kabupaten yang menerima perlindungan dan jaminan sosial selama masa tanggap darurat & pasca",
              "Jumlah korban bencana yang menerima perlindungan dan jaminan sosial selama masa tanggap darurat (KK) dan pasca",
              "Jumlah korban bencana yang seharusnya menerima perlindungan dan jaminan sosial selama masa tanggap darurat (KK) dan pasca",
              false,
            ),
          ],
        },
      ],
    },
    {
      kode: "KABID PPPA",
      atasan: "KADIS",
      nama: "Ka. BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      tugas:
        "merencanakan, melaksanakan, mengendalikan program kegiatan Kesetaraan Gender, Pemberdayaan Perempuan, Perlindungan Perempuan dan Anak.",
      fungsi: [
        "pelaksanaan analisa dan perencanaan untuk merumuskan kebijakan kesetaraan gender, pemberdayaan perempuan dan perlindungan anak;",
        "perumusan pedoman teknis dan program kesetaraan gender, pemberdayaan perempuan, perlindungan perempuan dan anak;",
        "pelaksanaan norma, standart, prosedur dan kriteria terkait kesetaraan gender, pemberdayaan perempuan, perlindungan perempuan dan anak;",
        "penyusunan system informasi data gender, Pengolahan data pemberdayaan perempuan, pelaksanaan sistem informasi data perlindungan perempuan dan anak;",
        "pelaksanaan koordinasi, sinkronisasi, fasilitasi terkait kesetaraan gender, pemberdayaan perempuan, perlindungan perempuan dan anak;",
        "pelaksanaan Advokasi, komunikasi, informasi, edukasi kesetaraan gender, pemberdayaan perempuan, perlindungan perempuan dan anak;",
        "pelaksanaan monitoring, evaluasi dan pelaporan di bidang pemberdayaan perempuan dan perlindungan anak;",
        "pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.",
      ],
      sasaran: [
        {
          nama: S_PEREMPUAN,
          indikator: [
            rasio(
              "pppa.pprg",
              "Persentase Perangkat Daerah yang melaksanakan perencanaan dan penganggaran yang resposif gender (PPRG)",
              "Jumlah PD yang melaksanakan PPRG",
              "Jumlah PD yang ada",
              false,
            ),
          ],
        },
        {
          // The seed's rows after this one have an empty sasaran cell: they continue it.
          nama: S_KLA,
          indikator: [
            rasio(
              "pppa.korban-kekerasan",
              "Persentase korban kekerasan terhadap perempuan dan anak yang tertangani",
              "Jumlah Korban Kekerasan Perempuan dan Anak yang tertangani",
              "Jumlah Perempuan dan Anak Korban Kekerasan",
              false,
            ),
            rasio(
              "pppa.organisasi-perempuan",
              "Persentase Organisasi Perempuan yang dibina",
              "Jumlah Organisasi Perempuan yang dibina",
              "Jumlah organisasi yang ada",
              false,
            ),
            rasio("pppa.puha", "Persentase Kelembagaan PUHA yang dibina", "Jumlah PUHA yang dibina", "Jumlah PUHA yang ada", false),
            rasio(
              "pppa.anak-perlindungan-khusus",
              "Persentase Anak yang memerlukan Perlindungan Khusus yang ditangani",
              "Jumlah Kasus Anak yang tertangani",
              "Jumlah Kasus Anak",
              false,
            ),
          ],
        },
      ],
    },
  ],
};
