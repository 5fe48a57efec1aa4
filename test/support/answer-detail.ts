/** What the sidebar's shape check (src/sidebar/ui/answers.ts) says of an answer: "ok", or the detail of its format error. */
import type { Endpoint } from "../../src/shared/api";
import { readAnswer } from "../../src/sidebar/ui/answers";
import { ServerError } from "../../src/sidebar/ui/errors";

export function answerDetail(name: Endpoint, data: unknown): string {
  try {
    readAnswer(name, { ok: true, data });
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(ServerError);
    const m = /^Jawaban server tidak sesuai format: (.*)\. Muat ulang sidebar lalu coba lagi\.$/s.exec((error as Error).message);
    return m ? m[1]! : `unexpected message: ${(error as Error).message}`;
  }
}
