import type { JabatanOption, SidebarData } from "../../shared/api";
import { type Child, h, replaceChildren } from "./dom";
import type { Jobs } from "./jobs";

/** Form controls shared by both sections; `prefix` keeps their ids unique per section. */

export interface YearSelect {
  element: HTMLElement;
  select: HTMLSelectElement;
  value(): number;
  /** Relabels the options, marking the years that already have sheets "(sudah ada)". */
  markExisting(tahunAda: readonly number[]): void;
}

export function yearSelect(prefix: string, data: SidebarData): YearSelect {
  const id = `${prefix}-tahun`;
  const select = h("select", { id });
  const years = data.tahunPilihan.includes(data.tahunDefault) ? data.tahunPilihan : [...data.tahunPilihan, data.tahunDefault];
  for (const tahun of [...years].sort((a, b) => a - b)) {
    const option = h("option");
    option.value = String(tahun);
    option.selected = tahun === data.tahunDefault;
    select.appendChild(option);
  }
  const markExisting = (tahunAda: readonly number[]) => {
    for (const option of Array.from(select.options)) {
      const tahun = Number(option.value);
      option.textContent = tahunAda.includes(tahun) ? `${tahun} (sudah ada)` : String(tahun);
    }
  };
  markExisting(data.tahunAda);
  const element = h("div", { className: "block form-group" }, h("label", { attrs: { for: id } }, "Tahun"), select);
  return { element, select, value: () => Number(select.value), markExisting };
}

export interface JabatanChecklist {
  element: HTMLElement;
  selected(): string[];
  focusFirst(): void;
}

/** A fieldset of jabatan checkboxes (all checked at first) with a "Pilih semua" toggle. */
export function jabatanChecklist(prefix: string, jabatan: readonly JabatanOption[]): JabatanChecklist {
  const boxes = jabatan.map((j, i) => {
    const id = `${prefix}-jabatan-${i}`;
    const box = h("input", { id, attrs: { type: "checkbox", "aria-describedby": `${id}-nama` } });
    box.value = j.kode;
    box.checked = true;
    const row = h(
      "div",
      { className: "check" },
      box,
      h(
        "label",
        { attrs: { for: id } },
        h("span", { className: "kode" }, j.kode),
        h("span", { id: `${id}-nama`, className: "nama", attrs: { title: j.nama } }, j.nama),
      ),
    );
    return { box, row };
  });
  const allId = `${prefix}-jabatan-semua`;
  const all = h("input", { id: allId, attrs: { type: "checkbox" } });
  const sync = () => {
    const n = boxes.filter((b) => b.box.checked).length;
    all.checked = n === boxes.length && n > 0;
    all.indeterminate = n > 0 && n < boxes.length;
  };
  all.addEventListener("change", () => {
    for (const b of boxes) b.box.checked = all.checked;
    sync();
  });
  for (const b of boxes) b.box.addEventListener("change", sync);
  sync();
  const element = h(
    "fieldset",
    { className: "block form-group" },
    h("legend", {}, "Jabatan"),
    h("div", { className: "check all" }, all, h("label", { attrs: { for: allId } }, "Pilih semua")),
    ...boxes.map((b) => b.row),
  );
  return {
    element,
    selected: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
    focusFirst: () => (boxes[0]?.box ?? all).focus(),
  };
}

export interface RadioGroup<V extends string> {
  element: HTMLElement;
  value(): V;
}

export function radioGroup<V extends string>(
  prefix: string,
  legend: string,
  options: readonly { value: V; label: string }[],
  initial: V,
): RadioGroup<V> {
  const radios = options.map((o, i) => {
    const id = `${prefix}-${i}`;
    const radio = h("input", { id, attrs: { type: "radio", name: prefix } });
    radio.value = o.value;
    radio.checked = o.value === initial;
    return { radio, option: o, row: h("div", { className: "check" }, radio, h("label", { attrs: { for: id } }, o.label)) };
  });
  const element = h("fieldset", { className: "block form-group" }, h("legend", {}, legend), ...radios.map((r) => r.row));
  return {
    element,
    value: () => (radios.find((r) => r.radio.checked) ?? radios[0]!).option.value,
  };
}

/** Progress line (announced politely), error box (announced at once) and result area of a section. */
export interface StatusArea {
  element: HTMLElement;
  progress(text: string, step?: { value: number; max: number }): void;
  error(...content: Child[]): void;
  result(...content: Child[]): void;
  clear(): void;
}

export function statusArea(prefix: string): StatusArea {
  const text = h("span");
  const bar = h("progress", { attrs: { "aria-hidden": "true" } });
  const progress = h("p", { id: `${prefix}-progres`, className: "progress idle", attrs: { role: "status", "aria-live": "polite" } }, text);
  const errorBox = h("div", { id: `${prefix}-galat`, className: "error-box", attrs: { role: "alert" } });
  const resultBox = h("div", { id: `${prefix}-hasil`, className: "result" });
  errorBox.hidden = true;
  // Results first, then what failed: an export lists the saved files, then the jabatan that did not make it.
  const element = h("div", { className: "status" }, progress, resultBox, errorBox);
  return {
    element,
    progress(value, step) {
      text.textContent = value;
      progress.classList.toggle("idle", value === "");
      if (step) {
        bar.max = step.max;
        bar.value = step.value;
        if (!bar.parentNode) progress.appendChild(bar);
      } else bar.remove();
    },
    error(...content) {
      replaceChildren(errorBox, ...content);
      errorBox.hidden = content.length === 0;
    },
    result(...content) {
      replaceChildren(resultBox, ...content);
    },
    clear() {
      text.textContent = "";
      progress.classList.add("idle");
      bar.remove();
      replaceChildren(errorBox);
      errorBox.hidden = true;
      replaceChildren(resultBox);
    },
  };
}

/**
 * A section's form: its fields, one action button registered with the job
 * runner (so two jobs never overlap, and the catalog gate can keep it off with
 * the reason in one line under it), and `submit` run as a job on Enter or click.
 */
export function actionForm(prefix: string, label: string, jobs: Jobs, fields: HTMLElement[], submit: () => Promise<void>): HTMLFormElement {
  const reasonId = `${prefix}-alasan`;
  const button = h(
    "button",
    { id: `${prefix}-tombol`, className: "action", attrs: { type: "submit", "aria-describedby": reasonId } },
    label,
  );
  const reason = h("p", { id: reasonId, className: "gate-reason" });
  jobs.register(button, { reason });
  const form = h(
    "form",
    { attrs: { "aria-labelledby": `${prefix}-judul`, novalidate: "" } },
    ...fields,
    h("div", { className: "block" }, button, reason),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void jobs.run(button, submit);
  });
  return form;
}
