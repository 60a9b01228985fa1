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

/** The files' sizes, plain and gzipped. */
async function measure(page: Page, urls: string[]): Promise<Size[]> {
  return page.evaluate(async (listed) => {
    const measured: Size[] = [];
    for (const url of listed) {
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

/**
 * Records every script, style and wasm module the page fetches, its
 * worker's included (the worker fetches the core, so the page's resource
 * timeline does not list it); returns a function giving them so far.
 */
function recordFiles(page: Page): () => string[] {
  const fetched = new Set<string>();
  page.context().on("request", (request) => {
    if (/\.(js|css|wasm)$/.test(request.url())) fetched.add(request.url());
  });
  return () => [...fetched];
}

/** Logs the totals and checks them against the budget: JavaScript under 250 KiB, wasm under 450 KiB, gzipped. */
function withinBudget(what: string, sizes: Size[]): void {
  const script = total(sizes, /\.js$/);
  const wasm = total(sizes, /\.wasm$/);
  expect(sizes.filter(({ file }) => file.endsWith(".wasm")), "the core, fetched once").toHaveLength(1);
  console.log(`${what} total: JS ${(script / 1024).toFixed(1)} KiB + wasm ${(wasm / 1024).toFixed(1)} KiB gzipped`);
  expect(script).toBeLessThan(250 * 1024);
  expect(wasm).toBeLessThan(450 * 1024);
}

test("bundle sizes, gzipped", async ({ page }, testInfo) => {
  const loadedFiles = recordFiles(page);
  await page.goto("/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  const sizes = await measure(page, loadedFiles());
  log(testInfo, "bundle", sizes);
  withinBudget("bundle", sizes);
});

test("the component's first module is small; the rest loads when a player nears the viewport", async ({ page }, testInfo) => {
  const loadedFiles = recordFiles(page);
  await openHostPage(
    page,
    "/host/long.html",
    `<!doctype html><html lang="en"><title>Long</title>${COMPONENT_SCRIPT}<body>
<p style="height: 3000px">A long page.</p>
<yield-scope><script type="text/python">print(sum(x * x for x in range(4)))</script></yield-scope></body></html>`,
  );
  await page.waitForFunction(() => customElements.get("yield-scope") !== undefined);
  await expect(page.locator("yield-scope .ys-waiting")).toBeAttached();
  const first = await measure(page, loadedFiles());
  log(testInfo, "component before a player shows", first);
  expect(first.map(({ file }) => file)).toContain("yield-scope.js");
  expect(first.some(({ file }) => /mount|worker|wasm/.test(file))).toBe(false);
  expect(total(first, /\.js$/)).toBeLessThan(12 * 1024);

  await page.locator("yield-scope").scrollIntoViewIfNeeded();
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  const all = await measure(page, loadedFiles());
  log(testInfo, "component with a player", all);
  withinBudget("component", all);
});
