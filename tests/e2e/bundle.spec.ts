// The download budget: JavaScript and WebAssembly, gzipped as a server
// would send them. The sizes are logged for the record.
import { expect, test } from "./support";

test("bundle sizes, gzipped", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  const sizes = await page.evaluate(async () => {
    const urls = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => /\.(js|css)$/.test(url));
    // The worker loads the core itself, so the page's timeline does not list it.
    for (const url of urls.filter((candidate) => candidate.includes("worker"))) {
      const wasm = /[\w./-]+\.wasm/.exec(await (await fetch(url)).text())?.[0];
      if (wasm) urls.push(new URL(wasm, url).href);
    }
    const measured: { file: string; bytes: number; gzipped: number }[] = [];
    for (const url of urls) {
      const bytes = await (await fetch(url)).arrayBuffer();
      const gzipped = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
      measured.push({ file: url.slice(url.lastIndexOf("/") + 1), bytes: bytes.byteLength, gzipped: gzipped.byteLength });
    }
    return measured;
  });
  for (const { file, bytes, gzipped } of sizes) {
    const line = `${file}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`;
    testInfo.annotations.push({ type: "bundle", description: line });
    console.log(`bundle ${line}`);
  }
  const total = (pattern: RegExp) => sizes.filter(({ file }) => pattern.test(file)).reduce((sum, { gzipped }) => sum + gzipped, 0);
  console.log(`bundle total: JS ${(total(/\.js$/) / 1024).toFixed(1)} KiB + wasm ${(total(/\.wasm$/) / 1024).toFixed(1)} KiB gzipped`);
  expect(total(/\.js$/)).toBeLessThan(250 * 1024);
  expect(total(/\.wasm$/)).toBeLessThan(450 * 1024);
});
