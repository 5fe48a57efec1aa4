/**
 * NIP (Nomor Induk Pegawai): 18 digits. Digits 1-8 are the birth date (YYYYMMDD);
 * digits 9-14 are the appointment period, not checked as a month because PPPK
 * numbers use them differently; digit 15 is the sex (1 or 2); 16-18 a sequence.
 */
export function nipDigits(input: string): string {
  return input.replace(/\s+/g, "");
}

export function isValidNip(input: string): boolean {
  const nip = nipDigits(input);
  if (!/^\d{18}$/.test(nip)) return false;
  if (nip[14] !== "1" && nip[14] !== "2") return false;
  return isRealDate(Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8)));
}

/** "19680223 198803 1 001", the way the seed prints it. */
export function formatNip(nip: string): string {
  const d = nipDigits(nip);
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
