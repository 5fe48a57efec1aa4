import { catalogSection } from "./catalog-section";
import { exportSection } from "./export-section";
import { pkSection } from "./pk-section";
import { scaffoldSection } from "./scaffold-section";
import type { SidebarAnswer } from "./ui/answers";
import { h, replaceChildren } from "./ui/dom";
import { messageOf } from "./ui/errors";
import { createJobs } from "./ui/jobs";
import { callServer } from "./ui/server";

/**
 * Sidebar entry: loads getSidebarData(), then renders "Katalog", "Siapkan lembar
 * tahun", "Ekspor PDF" and "Perjanjian Kinerja". Bundled by scripts/build-sidebar.mjs into dist/Sidebar.html.
 */

/** `notice`: what the catalog section says after the panel was rebuilt for a new catalog (and takes the focus). */
function render(root: HTMLElement, data: SidebarAnswer, notice?: string): void {
  const jobs = createJobs();
  const tahunAda = new Set(data.tahunAda);
  const exporter = exportSection(data, jobs);
  const scaffolder = scaffoldSection(data, jobs, (tahun) => {
    tahunAda.add(tahun);
    for (const years of [scaffolder.years, exporter.years]) years.markExisting([...tahunAda]);
  });
  const reload = async (message: string) => render(root, await callServer("getSidebarData"), message);
  const katalog = catalogSection(data, jobs, { reload }, notice);
  const pk = pkSection(data, jobs);
  replaceChildren(root, katalog.element, h("hr"), scaffolder.element, h("hr"), exporter.element, h("hr"), pk);
  if (notice !== undefined) katalog.focus();
}

async function load(root: HTMLElement): Promise<void> {
  replaceChildren(root, h("p", { className: "progress", attrs: { role: "status", "aria-live": "polite" } }, "Memuat data…"));
  try {
    render(root, await callServer("getSidebarData"));
  } catch (error) {
    const retry = h("button", { attrs: { type: "button" } }, "Coba lagi");
    retry.addEventListener("click", () => void load(root));
    replaceChildren(
      root,
      h("div", { className: "error-box", attrs: { role: "alert" } }, h("p", {}, `Data sidebar tidak dapat dimuat. ${messageOf(error)}`)),
      h("div", { className: "block" }, retry),
    );
    retry.focus();
  }
}

const root = document.getElementById("app");
if (root) void load(root);
