import type { ExportedFile, SidebarData } from "../shared/api";
import { layoutNoticeView } from "./export-notice";
import { actionForm, jabatanChecklist, radioGroup, type StatusArea, statusArea, type YearSelect, yearSelect } from "./ui/controls";
import { h } from "./ui/dom";
import { messageOf } from "./ui/errors";
import type { Jobs } from "./ui/jobs";
import { exportResultView, type Failure, type Folder, failuresView } from "./ui/render";
import { callServer } from "./ui/server";

type Bentuk = "per-jabatan" | "bundel";

export interface ExportSection {
  element: HTMLElement;
  years: YearSelect;
}

interface Outcome {
  files: ExportedFile[];
  folder: Folder | null;
  message: string | null;
  failures: Failure[];
  /** The server's notices of Google's default layout (the export address refused the token), one per answer. */
  notices: (string | undefined)[];
}

/**
 * "Ekspor PDF": one exportPdf call per jabatan (each well inside Apps Script's
 * 6-minute limit, and one failing jabatan does not lose the others), or one call
 * for a bundle.
 */
export function exportSection(data: SidebarData, jobs: Jobs): ExportSection {
  const prefix = "ekspor";
  const years = yearSelect(prefix, data);
  const jabatan = jabatanChecklist(prefix, data.jabatan);
  const bentuk = radioGroup<Bentuk>(
    `${prefix}-bentuk`,
    "Bentuk file",
    [
      { value: "per-jabatan", label: "Satu file per jabatan" },
      { value: "bundel", label: "Satu file gabungan (bundel)" },
    ],
    "per-jabatan",
  );
  const status = statusArea(prefix);
  const form = actionForm(prefix, "Ekspor PDF", jobs, [years.element, jabatan.element, bentuk.element], submit);

  async function submit(): Promise<void> {
    status.clear();
    const chosen = jabatan.selected();
    if (chosen.length === 0) {
      status.error("Pilih minimal satu jabatan.");
      jabatan.focusFirst();
      return;
    }
    const tahun = years.value();
    const bundel = bentuk.value() === "bundel";
    const outcome = bundel ? await exportBundle(tahun, chosen, status) : await exportEach(tahun, chosen, status);
    const saved = outcome.files.length;
    status.progress(
      outcome.failures.length === 0
        ? `Selesai: ${saved} file PDF tersimpan.`
        : `Selesai: ${saved} file PDF tersimpan, ${outcome.failures.length} gagal.`,
    );
    status.result(...exportResultView(outcome.files, outcome.folder, outcome.message), layoutNoticeView(outcome.notices));
    const title = bundel ? "File gabungan gagal dibuat:" : `${outcome.failures.length} dari ${chosen.length} jabatan gagal diekspor:`;
    status.error(...failuresView(title, outcome.failures));
  }

  const element = h(
    "section",
    { id: prefix, className: "section" },
    h("h2", { id: `${prefix}-judul` }, "Ekspor PDF"),
    h("p", { className: "gray hint" }, "Menyimpan PDF (A4 mendatar) ke folder Drive tahun tersebut."),
    form,
    status.element,
  );
  return { element, years };
}

async function exportEach(tahun: number, kodes: readonly string[], status: StatusArea): Promise<Outcome> {
  const outcome: Outcome = { files: [], folder: null, message: null, failures: [], notices: [] };
  for (const [i, kode] of kodes.entries()) {
    status.progress(`Mengekspor ${i + 1} / ${kodes.length}: ${kode}…`, { value: i, max: kodes.length });
    try {
      const result = await callServer("exportPdf", { tahun, jabatan: [kode] });
      outcome.files.push(...result.files);
      outcome.folder = { name: result.folderName, url: result.folderUrl };
      outcome.notices.push(result.catatanTataLetak);
    } catch (error) {
      outcome.failures.push({ kode, message: messageOf(error) });
    }
  }
  return outcome;
}

async function exportBundle(tahun: number, kodes: readonly string[], status: StatusArea): Promise<Outcome> {
  status.progress(`Mengekspor ${kodes.length} jabatan ke satu file gabungan… Mohon tunggu.`);
  try {
    const result = await callServer("exportPdf", { tahun, jabatan: [...kodes], bundel: true });
    return {
      files: result.files,
      folder: { name: result.folderName, url: result.folderUrl },
      message: result.message || null,
      failures: [],
      notices: [result.catatanTataLetak],
    };
  } catch (error) {
    return { files: [], folder: null, message: null, failures: [{ message: messageOf(error) }], notices: [] };
  }
}
