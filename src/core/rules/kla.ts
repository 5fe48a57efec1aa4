import { BLANK, type Blank, type Num } from "./blank";
import { RuleProblem } from "./problem";

/** KLA statuses, lowest first: the index is the rank used to compare statuses. */
export const KLA_STATUS = ["Belum Peringkat", "Pratama", "Madya", "Nindya", "Utama", "KLA"] as const;
export type KlaStatus = (typeof KLA_STATUS)[number];

/** Lower bounds of Pratama (inclusive) and the higher statuses (exclusive). */
export const KLA_BATAS = { Pratama: 500, Madya: 600, Nindya: 700, Utama: 800, KLA: 900 } as const;

/** KLA status from an evaluation score 0-1000 (decimals allowed). */
export function klaStatus(nilai: Num): KlaStatus | Blank {
  if (nilai === null) return BLANK;
  if (nilai < 0 || nilai > 1000) throw new RuleProblem("NILAI_KLA_DI_LUAR_RENTANG", "nilai");
  if (nilai > KLA_BATAS.KLA) return "KLA";
  if (nilai > KLA_BATAS.Utama) return "Utama";
  if (nilai > KLA_BATAS.Nindya) return "Nindya";
  if (nilai > KLA_BATAS.Madya) return "Madya";
  if (nilai >= KLA_BATAS.Pratama) return "Pratama";
  return "Belum Peringkat";
}

export function klaRank(status: string): number {
  return (KLA_STATUS as readonly string[]).indexOf(status);
}

/**
 * Capaian of a status indicator: 100 when the realised status ranks at or above
 * the target status; otherwise the share of the target's rank reached.
 */
export function klaCapaian(realisasi: KlaStatus | Blank, target: KlaStatus | Blank): number | Blank {
  if (realisasi === BLANK || target === BLANK) return BLANK;
  const r = klaRank(realisasi);
  const t = klaRank(target);
  return r >= t ? 100 : (r / t) * 100;
}
