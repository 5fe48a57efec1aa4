import type { SidebarData } from "../shared/api";
import { type ExportWording, runExport } from "./export-run";
import { actionForm, jabatanChecklist, radioGroup, statusArea, type YearSelect, yearSelect } from "./ui/controls";
import { h } from "./ui/dom";
import type { Jobs } from "./ui/jobs";

type Bentuk = "per-jabatan" | "bundel";

export interface ExportSection {
  element: HTMLElement;
  years: YearSelect;
}

const WORDING: ExportWording = { step: "Mengekspor", unit: "jabatan", bundle: "File gabungan" };

/** "Ekspor PDF": the year's IKI sheets, one file per jabatan or one bundle (export-run.ts). */
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
    await runExport({ tahun: years.value(), kodes: chosen, bundel: bentuk.value() === "bundel", kind: {}, wording: WORDING }, status);
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
