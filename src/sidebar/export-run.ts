import type { ExportedFile, ExportRequest } from "../shared/api";
import { layoutNoticeView } from "./export-notice";
import type { StatusArea } from "./ui/controls";
import { clip, messageOf } from "./ui/errors";
import { exportResultView, type Failure, type Folder, failuresView } from "./ui/render";
import { callServer } from "./ui/server";

/**
 * One PDF export as both sections run it ("Ekspor PDF" for the IKI, the PK's PDF buttons): one
 * exportPdf call per jabatan (each well inside Apps Script's 6-minute limit, and one failing
 * jabatan does not lose the others), or one call for a bundle; then the files, the folder, the
 * layout notice and what failed.
 */

/** What a request carries besides tahun, jabatan and bundel: nothing for the IKI; the PK's `dokumen: "pk"` and `perubahan`. */
export type ExportKind = Omit<ExportRequest, "tahun" | "jabatan" | "bundel">;

/** The words of the progress line and the failures' title, so the IKI's and the PK's read as theirs. */
export interface ExportWording {
  /** One file of many, before "3 / 7: KADIS…": "Mengekspor", "Mengekspor PK". */
  step: string;
  /** What a count counts ("2 dari 7 jabatan gagal", "Mengekspor 7 PK ke satu file gabungan"): "jabatan", "PK". */
  unit: string;
  /** The bundle's name when it fails: "File gabungan", "File PK gabungan". */
  bundle: string;
}

export interface ExportJob {
  tahun: number;
  kodes: readonly string[];
  bundel: boolean;
  kind: ExportKind;
  wording: ExportWording;
}

interface Outcome {
  files: ExportedFile[];
  folder: Folder | null;
  message: string | null;
  failures: Failure[];
  /** The server's notices of Google's default layout (the export address refused the token), one per answer. */
  notices: (string | undefined)[];
}

/** Runs the job, saying its progress in `status`, and shows the outcome there. */
export async function runExport(job: ExportJob, status: StatusArea): Promise<void> {
  const outcome = job.bundel ? await exportBundle(job, status) : await exportEach(job, status);
  const saved = outcome.files.length;
  status.progress(
    outcome.failures.length === 0
      ? `Selesai: ${saved} file PDF tersimpan.`
      : `Selesai: ${saved} file PDF tersimpan, ${outcome.failures.length} gagal.`,
  );
  status.result(...exportResultView(outcome.files, outcome.folder, outcome.message), layoutNoticeView(outcome.notices));
  const { wording } = job;
  const title = job.bundel
    ? `${wording.bundle} gagal dibuat:`
    : `${outcome.failures.length} dari ${job.kodes.length} ${wording.unit} gagal diekspor:`;
  status.error(...failuresView(title, outcome.failures));
}

async function exportEach(job: ExportJob, status: StatusArea): Promise<Outcome> {
  const outcome: Outcome = { files: [], folder: null, message: null, failures: [], notices: [] };
  const { kodes } = job;
  for (const [i, kode] of kodes.entries()) {
    status.progress(`${job.wording.step} ${i + 1} / ${kodes.length}: ${clip(kode)}…`, { value: i, max: kodes.length });
    try {
      const result = await callServer("exportPdf", { ...job.kind, tahun: job.tahun, jabatan: [kode] });
      outcome.files.push(...result.files);
      outcome.folder = { name: result.folderName, url: result.folderUrl };
      outcome.notices.push(result.catatanTataLetak);
    } catch (error) {
      outcome.failures.push({ kode, message: messageOf(error) });
    }
  }
  return outcome;
}

async function exportBundle(job: ExportJob, status: StatusArea): Promise<Outcome> {
  status.progress(`Mengekspor ${job.kodes.length} ${job.wording.unit} ke satu file gabungan… Mohon tunggu.`);
  try {
    const result = await callServer("exportPdf", { ...job.kind, tahun: job.tahun, jabatan: [...job.kodes], bundel: true });
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
