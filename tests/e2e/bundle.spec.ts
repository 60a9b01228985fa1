// The download budget: JavaScript and WebAssembly, gzipped as a server
// would send them, for the app and for the web component (whose first
// module must stay small: the rest waits until a player nears the
// viewport). The sizes are logged for the record.
import type { Page, TestInfo } from "@playwright/test";
import { COMPONENT_SCRIPT, expect, openHostPage, test } from "./support";

interface Size {
  file: string;
  bytes: number;
  gzipped: number;
}

/** The files' sizes, plain and gzipped; a worker's script adds the wasm module it loads. */
async function measure(page: Page, urls: string[]): Promise<Size[]> {
  return page.evaluate(async (listed) => {
    const all = [...listed];
    // The worker loads the core itself, so the page's timeline does not list it.
    for (const url of listed.filter((candidate) => candidate.includes("worker"))) {
      const wasm = /[\w./-]+\.wasm/.exec(await (await fetch(url)).text())?.[0];
      if (wasm) all.push(new URL(wasm, url).href);
    }
    const measured: Size[] = [];
    for (const url of all) {
      const bytes = await (await fetch(url)).arrayBuffer();
      const gzipped = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
      measured.push({ file: url.slice(url.lastIndexOf("/") + 1), bytes: bytes.byteLength, gzipped: gzipped.byteLength });
    }
    return measured;
  }, urls);
}

function log(testInfo: TestInfo, what: string, sizes: Size[]): void {
  for (const { file, bytes, gzipped } of sizes) {
    const line = `${file}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`;
    testInfo.annotations.push({ type: what, description: line });
    console.log(`${what} ${line}`);
  }
}

function total(sizes: Size[], pattern: RegExp): number {
  return sizes.filter(({ file }) => pattern.test(file)).reduce((sum, { gzipped }) => sum + gzipped, 0);
}

/** Scripts and styles the page has fetched so far. */
async function loadedFiles(page: Page): Promise<string[]> {
  const listed = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => /\.(js|css)$/.test(url)),
  );
  // A module that a later chunk imports again is listed again.
  return [...new Set(listed)];
}

/** Logs the totals and checks them against the budget: JavaScript under 250 KiB, wasm under 450 KiB, gzipped. */
function withinBudget(what: string, sizes: Size[]): void {
  const script = total(sizes, /\.js$/);
  const wasm = total(sizes, /\.wasm$/);
  console.log(`${what} total: JS ${(script / 1024).toFixed(1)} KiB + wasm ${(wasm / 1024).toFixed(1)} KiB gzipped`);
  expect(script).toBeLessThan(250 * 1024);
  expect(wasm).toBeLessThan(450 * 1024);
}

test("bundle sizes, gzipped", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  const sizes = await measure(page, await loadedFiles(page));
  log(testInfo, "bundle", sizes);
  withinBudget("bundle", sizes);
});

test("the component's first module is small; the rest loads when a player nears the viewport", async ({ page }, testInfo) => {
  await openHostPage(
    page,
    "/host/long.html",
    `<!doctype html><html lang="en"><title>Long</title>${COMPONENT_SCRIPT}<body>
<p style="height: 3000px">A long page.</p>
<yield-scope><script type="text/python">print(sum(x * x for x in range(4)))</script></yield-scope></body></html>`,
  );
  await page.waitForFunction(() => customElements.get("yield-scope") !== undefined);
  await expect(page.locator("yield-scope .ys-waiting")).toBeAttached();
  const first = await measure(page, await loadedFiles(page));
  log(testInfo, "component before a player shows", first);
  expect(first.map(({ file }) => file)).toContain("yield-scope.js");
  expect(first.some(({ file }) => /mount|worker|wasm/.test(file))).toBe(false);
  expect(total(first, /\.js$/)).toBeLessThan(12 * 1024);

  await page.locator("yield-scope").scrollIntoViewIfNeeded();
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  const all = await measure(page, await loadedFiles(page));
  log(testInfo, "component with a player", all);
  withinBudget("component", all);
});
