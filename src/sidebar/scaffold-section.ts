import type { Periode, ScaffoldRequest, SidebarData } from "../shared/api";
import { actionForm, jabatanChecklist, radioGroup, statusArea, yearSelect, type YearSelect } from "./controls";
import { h } from "./dom";
import { messageOf } from "./errors";
import type { Jobs } from "./jobs";
import { scaffoldResultView } from "./render";
import { callServer } from "./server";

/** A Map, not an object: a periode named "constructor" must not find Object.prototype's. */
const PERIODE_LABEL = new Map<string, string>([
  ["tahunan", "Tahunan"],
  ["triwulan", "Triwulan (TW I–IV)"],
]);

export interface ScaffoldSection {
  element: HTMLElement;
  years: YearSelect;
}

/** "Siapkan lembar tahun": creates or updates the year's sheets through scaffoldYear(request). */
export function scaffoldSection(data: SidebarData, jobs: Jobs, onDone: (tahun: number) => void): ScaffoldSection {
  const prefix = "siapkan";
  const years = yearSelect(prefix, data);
  const jabatan = jabatanChecklist(prefix, data.jabatan);
  const offered: readonly Periode[] = data.periode.length ? data.periode : ["tahunan"];
  const periodeOptions = offered.map((p) => ({ value: p, label: PERIODE_LABEL.get(p) ?? p }));
  const periode = radioGroup<Periode>(`${prefix}-periode`, "Periode", periodeOptions, periodeOptions[0]!.value);
  const status = statusArea(prefix);
  const form = actionForm(prefix, "Buat / perbarui lembar", jobs, [years.element, jabatan.element, periode.element], submit);

  async function submit(): Promise<void> {
    status.clear();
    const chosen = jabatan.selected();
    if (chosen.length === 0) {
      status.error("Pilih minimal satu jabatan.");
      jabatan.focusFirst();
      return;
    }
    // The kode values come from getSidebarData(); the server validates them again with zod.
    const request: ScaffoldRequest = { tahun: years.value(), jabatan: chosen, periode: periode.value() };
    status.progress(`Menyiapkan lembar tahun ${request.tahun} (${chosen.length} jabatan dan REKAP)… Mohon tunggu.`);
    try {
      const result = await callServer("scaffoldYear", request);
      status.progress(`Selesai: ${result.sheets.length} lembar tahun ${result.tahun} siap.`);
      status.result(...scaffoldResultView(result));
      onDone(result.tahun);
    } catch (error) {
      status.progress("");
      status.error(messageOf(error));
    }
  }

  const element = h(
    "section",
    { id: prefix, className: "section" },
    h("h2", { id: `${prefix}-judul` }, "Siapkan lembar tahun"),
    h("p", { className: "gray hint" }, "Membuat lembar IKI per jabatan dan REKAP. Nilai yang sudah diketik tetap aman."),
    form,
    status.element,
  );
  return { element, years };
}
