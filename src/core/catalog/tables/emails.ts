/**
 * Email lists typed in the catalog (JABATAN's `Email Pengisi`, PENGATURAN's `Email pengelola`): separated
 * by commas, semicolons or line breaks; each checked for the shape of an address, so a typo is said with
 * its cell rather than leaving someone out of a protection. Pure.
 */

/** An address as Google accounts have them: something@domain.tld, no spaces, no separators. */
const EMAIL = /^[^\s@,;<>"()]+@[^\s@,;<>"()]+\.[^\s@,;<>"()]{2,}$/;

/** The addresses of a cell, each once (compared without regard to case), and what is not an address. */
export function readEmails(text: string): { emails: string[]; wrong: string[] } {
  const parts = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const seen = new Set<string>();
  const emails: string[] = [];
  const wrong: string[] = [];
  for (const part of parts) {
    if (!EMAIL.test(part)) wrong.push(part);
    else if (!seen.has(part.toLowerCase())) {
      seen.add(part.toLowerCase());
      emails.push(part);
    }
  }
  return { emails, wrong };
}

/** The problem of a cell's wrong addresses, or null. */
export function emailsProblem(label: string, wrong: readonly string[]): string | null {
  if (wrong.length === 0) return null;
  const shown = wrong.slice(0, 3).map((w) => `"${w.length > 60 ? `${w.slice(0, 59)}…` : w}"`);
  return (
    `${label}: ${shown.join(", ")}${wrong.length > 3 ? ` (dan ${wrong.length - 3} lagi)` : ""} bukan alamat email. ` +
    "Tulis alamat seperti nama@dinas.go.id; pisahkan beberapa dengan koma atau baris baru."
  );
}
