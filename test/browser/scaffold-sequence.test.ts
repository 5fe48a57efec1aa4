import type { Page } from "playwright-core";
import type { ScaffoldRequest, ScaffoldResult } from "../../src/shared/api";
import { chooseOnly, expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * Issue 9, README "The sidebar: preparing a year": "Buat / perbarui lembar" makes one scaffoldYear call per chosen jabatan,
 * in catalog order, `rekap: false` but for the last, which also writes the REKAP; the panel says
 * "n / N" meanwhile and shows one combined result, or where it stopped.
 */

const browser = useBrowser();

const PAYLOAD = `<img src=x onerror=alert(1)>`;
/** A kode with HTML and quotes: shown as text in the progress line, the links and the error. */
const HOSTILE = `KABID "${PAYLOAD}"`;

/** The catalog's jabatan with the second one's kode hostile. */
function hostileData() {
  const data = sidebarData();
  data.jabatan[1] = { kode: HOSTILE, nama: "Kepala Bidang 'Uji' & <b>lain</b>" };
  return data;
}

/** A sheet id of the kode's sheet (links must be "#gid=<digits>" to be links). */
function gid(kode: string): number {
  return [...kode].reduce((n, c) => n + c.charCodeAt(0), 100);
}

/** What the server answers for one jabatan: its sheet, and the REKAP unless `rekap: false`. */
function answer(request: ScaffoldRequest, extra: Partial<ScaffoldResult> = {}): ScaffoldResult {
  const kode = request.jabatan?.[0] ?? "?";
  const rekap = request.rekap !== false;
  return {
    tahun: request.tahun,
    periode: request.periode ?? "tahunan",
    lembar: [
      { name: `${request.tahun} ${kode}`, url: `#gid=${gid(kode)}`, status: kode === "KADIS" ? "diperbarui" : "dibuat" },
      ...(rekap ? [{ name: `${request.tahun} REKAP`, url: "#gid=1", status: "dibuat" as const }] : []),
    ],
    nilaiDipertahankan: 3,
    nilaiDipindahkan: 0,
    lembarLama: [],
    targetDariKatalog: 2,
    targetBerbeda: [],
    ...(rekap && { lembarTakDikenal: [] }),
    message: `Pesan server untuk ${kode}.`,
    ...extra,
  };
}

/** Each call held until the test answers it. */
function heldCalls() {
  const holds: ReturnType<typeof deferred<Reply>>[] = [];
  return {
    handler: () => {
      const hold = deferred<Reply>();
      holds.push(hold);
      return hold.promise;
    },
    answer: (i: number, reply: Reply) => holds[i]!.resolve(reply),
  };
}

const progress = (page: Page) => page.locator("#siapkan-progres").textContent();

describe("sidebar: the year's sheets one jabatan per call, REKAP last", () => {
  it("calls in catalog order, rekap: false but for the last; 'n / N' meanwhile, buttons off; then one combined result", async () => {
    const held = heldCalls();
    const opened = await openSidebar(browser(), { getSidebarData: ok(hostileData()), scaffoldYear: held.handler });
    const { page, stub, close } = opened;
    try {
      const kodes = ["KADIS", HOSTILE, "KABID REHSOS", "KABID PPPA"];
      await chooseOnly(page, [kodes[2]!, kodes[0]!, kodes[3]!, kodes[1]!]);
      await page.locator("#siapkan").getByLabel("Tahun", { exact: true }).selectOption("2027");
      await page.locator("#siapkan-tombol").click();

      const extra: Partial<ScaffoldResult>[] = [
        { nilaiDipindahkan: 2, lembarLama: [{ semula: "2027 KADIS", menjadi: "2027 KADIS (lama)", url: "#gid=2" }] },
        {
          targetBerbeda: [{ lembar: `2027 ${HOSTILE}`, indikator: `IDG ${PAYLOAD}`, target: 80, katalog: 75, url: "#gid=4&range=G12" }],
        },
        {},
        { nilaiDipertahankan: 10, lembarTakDikenal: [{ name: "2027 KABID LAMA", url: "#gid=3" }] },
      ];
      for (const [i, kode] of kodes.entries()) {
        const calls = await stub.waitForCalls("scaffoldYear", i + 1);
        const last = i === kodes.length - 1;
        // One call at a time: the next waits for this answer.
        expect(calls).toHaveLength(i + 1);
        expect(calls[i]).toEqual([{ tahun: 2027, jabatan: [kode], periode: "tahunan", ...(!last && { rekap: false }) }]);
        await expect(progress(page)).resolves.toBe(`Menyiapkan lembar ${i + 1} / 4: ${kode}${last ? " dan REKAP" : ""}…`);
        for (const button of ["#siapkan-tombol", "#ekspor-tombol", "#katalog-periksa"]) {
          await expect(page.locator(button).isDisabled()).resolves.toBe(true);
        }
        held.answer(i, ok(answer(calls[i]![0], extra[i])));
      }

      await page.locator("#siapkan-progres", { hasText: "Selesai" }).waitFor();
      await expect(progress(page)).resolves.toBe("Selesai: 5 lembar tahun 2027 siap.");
      const links = page.locator("#siapkan-hasil .links a");
      await expect(links.allTextContents()).resolves.toEqual([...kodes.map((k) => `2027 ${k}`), "2027 REKAP"]);
      await expect(links.nth(1).getAttribute("href")).resolves.toBe(`#gid=${gid(HOSTILE)}`);
      // One summary, built from the summed counts, not the servers' four messages.
      const message = page.locator("#siapkan-hasil .result-message");
      await expect(message.count()).resolves.toBe(1);
      await expect(message.textContent()).resolves.toBe(
        "Lembar IKI 2027 (tahunan) siap: 4 dibuat, 1 diperbarui. 8 target diisi dari katalog (Target 2027). " +
          "2 isian tidak lagi punya tempat dan dipindahkan ke bagian paling bawah lembar 2027 KADIS.",
      );
      const result = await page.locator("#siapkan-hasil").innerText();
      expect(result).not.toContain("Pesan server");
      expect(result).toContain("Nilai yang sudah diketik: 19 dipertahankan, 2 dipindahkan");
      // Every call's lists joined; the unknown sheets from the REKAP call.
      await expect(page.locator("#siapkan-hasil .renamed:not(.target-berbeda):not(.tak-dikenal) a").textContent()).resolves.toBe(
        "2027 KADIS (lama)",
      );
      await expect(page.locator("#siapkan-hasil .target-berbeda").innerText()).resolves.toContain(
        `2027 ${HOSTILE} · IDG ${PAYLOAD}: 80 (katalog 75)`,
      );
      await expect(page.locator("#siapkan-hasil .tak-dikenal a").textContent()).resolves.toBe("2027 KABID LAMA");
      await expect(page.locator("#siapkan-galat").isHidden()).resolves.toBe(true);
      await expect(page.locator("#siapkan-tombol").isEnabled()).resolves.toBe(true);
      await expect(page.locator("#ekspor-tahun option[value='2027']").textContent()).resolves.toBe("2027 (sudah ada)");
      await expectNoInjection(opened, "img, b");
    } finally {
      await close();
    }
  });

  it("one jabatan chosen: one call, with the REKAP", async () => {
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: (request) => ok(answer(request), 300),
    });
    try {
      await chooseOnly(page, ["KABID PPPA"]);
      await page.locator("#siapkan").getByLabel("Triwulan (TW I–IV)").check();
      await page.locator("#siapkan-tombol").click();
      await expect(progress(page)).resolves.toBe("Menyiapkan lembar 1 / 1: KABID PPPA dan REKAP…");
      await page.locator("#siapkan-hasil a").first().waitFor();
      expect(stub.callsOf("scaffoldYear")).toEqual([[{ tahun: 2026, jabatan: ["KABID PPPA"], periode: "triwulan" }]]);
      await expect(page.locator("#siapkan-hasil .links a").allTextContents()).resolves.toEqual(["2026 KABID PPPA", "2026 REKAP"]);
      await expect(page.locator("#siapkan-hasil .result-message").textContent()).resolves.toBe(
        "Lembar IKI 2026 (triwulan) siap: 2 dibuat, 0 diperbarui. 2 target diisi dari katalog (Target 2026).",
      );
    } finally {
      await close();
    }
  });

  it.each<[string, Reply, string]>([
    ["refuses", refuse(`Lembar tahun 2027 gagal disiapkan: ${PAYLOAD}.`), `Lembar tahun 2027 gagal disiapkan: ${PAYLOAD}.`],
    ["throws", throws("Exception: Service Spreadsheets timed out"), "Kesalahan di server: Exception: Service Spreadsheets timed out"],
  ])(
    "a call that %s midway: stops there, shows the sheets done, which jabatan failed, the REKAP still to do",
    async (_how, reply, shown) => {
      let failing = true;
      const opened = await openSidebar(browser(), {
        getSidebarData: ok(hostileData()),
        scaffoldYear: (request) => (failing && request.jabatan?.[0] === HOSTILE ? reply : ok(answer(request))),
      });
      const { page, stub, close } = opened;
      try {
        await page.locator("#siapkan").getByLabel("Tahun", { exact: true }).selectOption("2027");
        await page.locator("#siapkan-tombol").click();
        const box = page.locator("#siapkan-galat");
        await box.waitFor({ state: "visible" });
        await page.waitForTimeout(200);
        // No call after the failed one: the REKAP is not written over a gap.
        expect(stub.callsOf("scaffoldYear").map(([r]) => r.jabatan)).toEqual([["KADIS"], [HOSTILE]]);
        await expect(progress(page)).resolves.toBe(`Berhenti di lembar 2 / 7: ${HOSTILE}.`);
        const error = await box.innerText();
        expect(error).toContain("Lembar 2 / 7 gagal disiapkan:");
        expect(error).toContain(`${HOSTILE}: ${shown}`);
        expect(error).toContain("REKAP belum diperbarui. Tekan “Buat / perbarui lembar” lagi untuk melanjutkan");
        expect(error).toContain("nilai yang sudah diketik tidak hilang");
        // The sheet done before, with its link; no REKAP.
        await expect(
          page.locator("#siapkan-hasil .links a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")])),
        ).resolves.toEqual([["2027 KADIS", `#gid=${gid("KADIS")}`]]);
        await expect(page.locator("#siapkan-hasil .result-message").textContent()).resolves.toBe(
          "Lembar yang sudah siap sebelum berhenti: 0 dibuat, 1 diperbarui; REKAP belum diperbarui. 2 target diisi dari katalog (Target 2027).",
        );
        await expect(page.locator("#ekspor-tahun option[value='2027']").textContent()).resolves.toBe("2027 (sudah ada)");
        await expect(page.locator("#siapkan-tombol").isEnabled()).resolves.toBe(true);
        await expectNoInjection(opened, "img, b");

        // Pressing again goes through every jabatan, REKAP last.
        failing = false;
        await page.locator("#siapkan-tombol").click();
        await page.locator("#siapkan-progres", { hasText: "Selesai" }).waitFor();
        const again = stub.callsOf("scaffoldYear").slice(2);
        expect(again).toHaveLength(7);
        expect(again.map(([r]) => r.rekap)).toEqual([false, false, false, false, false, false, undefined]);
        await expect(box.isHidden()).resolves.toBe(true);
        await expect(page.locator("#siapkan-hasil .links a").last().textContent()).resolves.toBe("2027 REKAP");
      } finally {
        await close();
      }
    },
  );

  it("the last call (the REKAP's) failing: every jabatan sheet listed, the REKAP said to be not updated", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: (request) => (request.rekap === false ? ok(answer(request)) : refuse("Katalog berubah saat lembar disiapkan.")),
    });
    try {
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-galat").waitFor({ state: "visible" });
      await expect(progress(page)).resolves.toBe("Berhenti di lembar 7 / 7: KABID PPPA.");
      await expect(page.locator("#siapkan-hasil .links a").count()).resolves.toBe(6);
      const error = await page.locator("#siapkan-galat").innerText();
      expect(error).toContain("Lembar 7 / 7 gagal disiapkan:");
      expect(error).toContain("KABID PPPA: Katalog berubah saat lembar disiapkan.");
      expect(error).toContain("REKAP belum diperbarui.");
    } finally {
      await close();
    }
  });
});
