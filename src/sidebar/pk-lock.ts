import { listed } from "../shared/messages";
import { type PkChoice, pkTitle } from "./pk-steps";
import { h, replaceChildren } from "./ui/dom";
import { clip } from "./ui/errors";
import type { Jobs } from "./ui/jobs";

/**
 * "Kunci PK" with a confirmation in the panel: a lock cannot be undone from the sidebar, so the
 * first click only asks — the button gives way to a sentence saying what locking means and
 * "Ya, kunci N PK" / "Batal" — and only "Ya" calls the server. Not window.confirm: Apps Script's
 * sidebar frame may block dialogs, and an in-panel question is read like the rest of the panel.
 */

export interface LockConfirm {
  /** "Kunci PK": registered with the job runner, hidden while its question is open. */
  button: HTMLButtonElement;
  /** The question with its two buttons; hidden until asked. */
  element: HTMLElement;
  /** Closes an open question without locking (the choice changed, another job starts). */
  cancel(): void;
}

export function lockConfirm(
  prefix: string,
  jobs: Jobs,
  reason: HTMLElement,
  choose: () => PkChoice | null,
  lock: (choice: PkChoice) => Promise<void>,
): LockConfirm {
  const kunci = h("button", { id: `${prefix}-kunci`, attrs: { type: "button", "aria-describedby": reason.id } }, "Kunci PK");
  const question = h("p", { id: `${prefix}-konfirmasi-teks`, className: "confirm-text" });
  const ya = h("button", { id: `${prefix}-kunci-ya`, className: "danger", attrs: { type: "button" } });
  const batal = h("button", { id: `${prefix}-kunci-batal`, attrs: { type: "button" } }, "Batal");
  // Both gated like every action: "Ya" must not lock while another job runs or the catalog is off.
  jobs.register(kunci, { reason });
  jobs.register(ya, { reason });
  const box = h(
    "div",
    { id: `${prefix}-konfirmasi`, className: "confirm", attrs: { role: "group", "aria-labelledby": question.id } },
    question,
    h("div", { className: "row" }, ya, batal),
  );
  box.hidden = true;
  /** The choice the open question names; what "Ya" locks, whatever the form says by then. */
  let pending: PkChoice | null = null;

  const close = (refocus: boolean) => {
    pending = null;
    box.hidden = true;
    kunci.hidden = false;
    if (refocus) kunci.focus();
  };

  kunci.addEventListener("click", () => {
    const choice = choose();
    if (!choice) return;
    pending = choice;
    const n = choice.kodes.length;
    replaceChildren(
      question,
      h("strong", {}, `Kunci ${n} ${pkTitle(choice.tahun, choice.perubahan)} (${listed(choice.kodes.map((k) => clip(k)))})?`),
      " PK yang dikunci tidak dapat diubah lagi oleh siapa pun selain pemilik spreadsheet; perubahan sesudahnya dibuat sebagai PK Perubahan.",
      " PK yang masih berisi titik-titik tidak ikut dikunci.",
    );
    ya.textContent = `Ya, kunci ${n} PK`;
    kunci.hidden = true;
    box.hidden = false;
    // The safe answer has the focus: Enter or Space right after the click does not lock.
    batal.focus();
  });
  batal.addEventListener("click", () => close(true));
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close(true);
  });
  ya.addEventListener("click", () => {
    const choice = pending;
    if (!choice) return;
    close(false);
    void jobs.run(kunci, () => lock(choice));
  });

  return {
    button: kunci,
    element: box,
    cancel: () => {
      if (pending) close(false);
    },
  };
}
