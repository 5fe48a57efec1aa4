/** exportPdf's refusal of `request`: its Indonesian error, after checking nothing was fetched or saved. */
import { exportPdf } from "../../src/server/export-pdf";
import { fakeExportServices } from "./fakes/export-services";

export function exportRefusal(request: unknown): string {
  const fakes = fakeExportServices();
  const response = exportPdf(request, fakes.services);
  if (response.ok) throw new Error("expected an error");
  expect(fakes.urlFetch.calls).toEqual([]);
  expect(fakes.drive.calls).toEqual([]);
  return response.error;
}
