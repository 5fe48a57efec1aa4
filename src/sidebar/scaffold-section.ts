import type { Periode, SidebarData } from "../shared/api";
import { combine, runSequence, scaffoldRequests } from "./scaffold-steps";
import { actionForm, jabatanChecklist, radioGroup, statusArea, type YearSelect, yearSelect } from "./ui/controls";
import { h } from "./ui/dom";
import { clip, messageOf } from "./ui/errors";
import type { Jobs } from "./ui/jobs";
import { buktiBelumAdaView, scaffoldResultView, scaffoldStoppedView } from "./ui/render";

/** A Map, not an object: a periode named "constructor" must not find Object.prototype's. */
const PERIODE_LABEL = new Map<string, string>([
  ["tahunan", "Tahunan"],
  ["triwulan", "Triwulan (TW I–IV)"],
]);

export interface ScaffoldSection {
  element: HTMLElement;
  years: YearSelect;
}

/** "Siapkan lembar tahun": creates or updates the year's sheets, one scaffoldYear call per jabatan, REKAP last (scaffold-steps.ts). */
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
    try {
      await scaffold(years.value(), periode.value(), chosen);
    } catch (error) {
      // A fault of the sidebar itself (the server's failures stop the sequence, below): said, not lost in the console.
      status.progress("");
      status.error(messageOf(error));
    }
  }

  async function scaffold(tahun: number, chosenPeriode: Periode, chosen: readonly string[]): Promise<void> {
    // The kode values come from getSidebarData(); the server validates them again with zod.
    const requests = scaffoldRequests(tahun, chosenPeriode, chosen);
    const total = requests.length;
    const { answers, stop } = await runSequence(requests, (i) => {
      const kode = clip(chosen[i] ?? "");
      const what = i === total - 1 ? `${kode} dan REKAP` : kode;
      status.progress(`Menyiapkan lembar ${i + 1} / ${total}: ${what}…`, { value: i, max: total });
    });
    // Sheets made before a stop are there too: the year is one that has sheets.
    if (answers.length > 0) onDone(tahun);
    if (!stop) {
      const result = combine(tahun, chosenPeriode, answers, true);
      status.progress(`Selesai: ${result.lembar.length} lembar tahun ${tahun} siap.`);
      status.result(...scaffoldResultView(result));
      return;
    }
    const kode = clip(chosen[stop.index] ?? "");
    status.progress(`Berhenti di lembar ${stop.index + 1} / ${total}: ${kode}.`);
    if (answers.length > 0) status.result(...scaffoldResultView(combine(tahun, chosenPeriode, answers, false)));
    status.error(...scaffoldStoppedView(stop.index + 1, total, { kode, message: stop.message }));
  }

  const element = h(
    "section",
    { id: prefix, className: "section" },
    h("h2", { id: `${prefix}-judul` }, "Siapkan lembar tahun"),
    h("p", { className: "gray hint" }, "Membuat lembar IKI per jabatan, REKAP dan BUKTI. Nilai yang sudah diketik tetap aman."),
    // What the BUKTI sheet still misses, as it stands now: seen by a pengisi too, who may not press the button.
    data.buktiBelumAda ? buktiBelumAdaView(data.buktiBelumAda.daftar, data.buktiBelumAda.tahun) : null,
    form,
    status.element,
  );
  return { element, years };
}
