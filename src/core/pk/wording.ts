/**
 * The Perjanjian Kinerja's statement, in the formal Indonesian of the format of PermenPANRB 53/2014 as
 * regional governments reproduce it (written for this add-on, not copied from one Pemda). Pure.
 */

export interface PkWording {
  title: string;
  opening: string;
  pertama: string;
  kedua: string;
  promise: string;
  supervision: string;
  lampiran: string;
}

/** `naskah`: a Pemda's own paragraphs (PENGATURAN), replacing in order the opening, the promise and the supervision clause. */
export function pkWording(tahun: number, perubahan: boolean, naskah: readonly string[] = []): PkWording {
  const title = `PERJANJIAN KINERJA ${perubahan ? "PERUBAHAN " : ""}TAHUN ${tahun}`;
  const own = naskah.map((p) => p.split("{tahun}").join(String(tahun)));
  const wording = {
    title,
    opening:
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, " +
      "kami yang bertanda tangan di bawah ini:",
    pertama: "selanjutnya disebut pihak pertama.",
    kedua: "selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua.",
    promise:
      "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka " +
      "mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan " +
      "kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    supervision:
      "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari " +
      "perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
    lampiran: `LAMPIRAN ${title}`,
  };
  return {
    ...wording,
    opening: own[0] ?? wording.opening,
    promise: own[1] ?? wording.promise,
    supervision: own[2] ?? wording.supervision,
  };
}
