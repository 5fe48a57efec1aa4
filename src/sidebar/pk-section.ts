import type { PkRequest, SidebarData } from "../shared/api";
import { type ExportWording, runExport } from "./export-run";
import { type LockConfirm, lockConfirm } from "./pk-lock";
import { combinePk, createEach, type PkChoice, pkTitle } from "./pk-steps";
import { pkLockView, pkResultView } from "./pk-views";
import { jabatanChecklist, radioGroup, statusArea, yearSelect } from "./ui/controls";
import { h } from "./ui/dom";
import { clip, messageOf } from "./ui/errors";
import type { Jobs } from "./ui/jobs";
import { failuresView } from "./ui/render";
import { callServer } from "./ui/server";

type Jenis = "murni" | "perubahan";

const WORDING: ExportWording = { step: "Mengekspor PK", unit: "PK", bundle: "File PK gabungan" };

/**
 * "Perjanjian Kinerja": makes or updates the PK sheets (one createPerjanjianKinerja call per
 * jabatan), locks them after an in-panel confirmation (one lockPerjanjianKinerja call), and
 * exports them as PDF through the export section's runner.
 */
export function pkSection(data: SidebarData, jobs: Jobs): HTMLElement {
  const prefix = "pk";
  // No "(sudah ada)" marks: they say which years have IKI sheets, and a PK is made from the catalog, not from them.
  const years = yearSelect(prefix, { ...data, tahunAda: [] });
  const jabatan = jabatanChecklist(prefix, data.jabatan);
  const jenis = radioGroup<Jenis>(
    `${prefix}-jenis`,
    "Jenis PK",
    [
      { value: "murni", label: "PK murni" },
      { value: "perubahan", label: "PK Perubahan" },
    ],
    "murni",
  );
  const status = statusArea(prefix);
  // One line under all the buttons says why they are off (the catalog gate), not one per button.
  const reason = h("p", { id: `${prefix}-alasan`, className: "gate-reason" });
  const button = (id: string, label: string, className = "", type = "button") => {
    const b = h("button", { id: `${prefix}-${id}`, className, attrs: { type, "aria-describedby": reason.id } }, label);
    jobs.register(b, { reason });
    return b;
  };
  const buat = button("tombol", "Buat PK", "action", "submit");
  const pdfEach = button("pdf", "PDF per jabatan");
  const pdfBundle = button("pdf-gabungan", "PDF gabungan");
  const lock: LockConfirm = lockConfirm(prefix, jobs, reason, choose, lockRun);

  /** The choice, or null with the reason said when no jabatan is ticked. */
  function choose(): PkChoice | null {
    const kodes = jabatan.selected();
    if (kodes.length === 0) {
      status.clear();
      status.error("Pilih minimal satu jabatan.");
      jabatan.focusFirst();
      return null;
    }
    return { tahun: years.value(), perubahan: jenis.value() === "perubahan", kodes };
  }

  /** Runs `task` as the section's job from `b`, with a fresh status and any open confirmation closed. */
  const start = (b: HTMLButtonElement, task: (choice: PkChoice) => Promise<void>) => {
    lock.cancel();
    void jobs.run(b, async () => {
      const choice = choose();
      if (!choice) return;
      status.clear();
      try {
        await task(choice);
      } catch (error) {
        // A fault of the sidebar itself (the server's failures are said per jabatan): said, not lost in the console.
        status.progress("");
        status.error(messageOf(error));
      }
    });
  };

  async function create({ tahun, perubahan, kodes }: PkChoice): Promise<void> {
    const total = kodes.length;
    const run = await createEach(tahun, perubahan, kodes, (i) =>
      status.progress(`Membuat PK ${i + 1} / ${total}: ${clip(kodes[i] ?? "")}…`, { value: i, max: total }),
    );
    const done = run.answers.length;
    status.progress(run.failures.length === 0 ? `Selesai: ${done} PK siap.` : `Selesai: ${done} PK siap, ${run.failures.length} gagal.`);
    if (done > 0) status.result(...pkResultView(combinePk(tahun, perubahan, run.answers)));
    status.error(...failuresView(`${run.failures.length} dari ${total} PK gagal dibuat (yang lain tetap dibuat):`, run.failures));
  }

  async function lockRun({ tahun, perubahan, kodes }: PkChoice): Promise<void> {
    status.clear();
    status.progress(`Mengunci ${kodes.length} ${pkTitle(tahun, perubahan)}… Mohon tunggu.`);
    const request: PkRequest = { tahun, jabatan: kodes, perubahan };
    try {
      const result = await callServer("lockPerjanjianKinerja", request);
      status.progress(`Selesai: ${result.dikunci.length} PK dikunci.`);
      status.result(...pkLockView(result));
    } catch (error) {
      status.progress("");
      status.error(...failuresView("PK gagal dikunci:", [{ message: messageOf(error) }]));
    }
  }

  const form = h(
    "form",
    { attrs: { "aria-labelledby": `${prefix}-judul`, novalidate: "" } },
    years.element,
    jabatan.element,
    jenis.element,
    h("div", { className: "block row" }, buat, lock.button),
    lock.element,
    h("p", { className: "gray hint pdf-hint" }, "PDF (A4 tegak) ke folder Drive tahun tersebut:"),
    h("div", { className: "block row" }, pdfEach, pdfBundle),
    reason,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    start(buat, create);
  });
  // A confirmation is for the choice it names: changing the choice closes it.
  form.addEventListener("change", () => lock.cancel());
  const pdf = (bundel: boolean) => (choice: PkChoice) =>
    runExport(
      { tahun: choice.tahun, kodes: choice.kodes, bundel, kind: { dokumen: "pk", perubahan: choice.perubahan }, wording: WORDING },
      status,
    );
  pdfEach.addEventListener("click", () => start(pdfEach, pdf(false)));
  pdfBundle.addEventListener("click", () => start(pdfBundle, pdf(true)));

  return h(
    "section",
    { id: prefix, className: "section" },
    h("h2", { id: `${prefix}-judul` }, "Perjanjian Kinerja"),
    h(
      "p",
      { className: "gray hint" },
      "Membuat atau memperbarui lembar PK per jabatan dari katalog. PK yang sudah dikunci (ditandatangani) tidak diubah lagi.",
    ),
    form,
    status.element,
  );
}
