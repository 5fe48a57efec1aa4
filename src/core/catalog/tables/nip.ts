/** A NIP cell of PENGATURAN or JABATAN, read and checked by the one NIP rule (rules/nip.ts). */
import { formatNip, isValidNip, nipDigits } from "../../rules/nip";
import { type Read, readText } from "./cells";
import { shown } from "./problems";

const EXAMPLE = "19680223 198803 1 001";

/** The 18 digits, or the whole Indonesian message; blank is "" unless `required`. */
export function readNip(v: unknown, label: string, required: boolean): Read<string> {
  if (typeof v === "number") {
    // 18 digits do not fit a spreadsheet number: the last ones are already gone.
    return {
      ok: false,
      why: `${label} ${shown(v)} terbaca sebagai angka sehingga digit terakhirnya hilang. Ketik dengan spasi, mis. ${EXAMPLE}.`,
    };
  }
  const text = readText(v);
  if (!text.ok) return { ok: false, why: `${label}: ${shown(v)} ${text.why}.` };
  if (text.value === "") return required ? { ok: false, why: `${label} wajib diisi: 18 angka, mis. ${EXAMPLE}.` } : { ok: true, value: "" };
  if (!isValidNip(text.value)) {
    return {
      ok: false,
      why: `${label} ${shown(v)} tidak sah: harus 18 angka (spasi boleh), angka 1–8 tanggal lahir yang benar (TTTTBBHH), angka ke-15 jenis kelamin 1 atau 2; mis. ${EXAMPLE}.`,
    };
  }
  return { ok: true, value: nipDigits(text.value) };
}

/** How the sheets show a NIP: "19680223 198803 1 001"; anything else as it is. */
export function showNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? formatNip(nip) : nip;
}
