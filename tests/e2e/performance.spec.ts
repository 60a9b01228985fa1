// Measurements, logged for the record and held to generous bounds: time
// to the first drawn step, bundle sizes, and the frame rate while playing
// at full speed.
import { expect, openExample, test } from "./support";

test("the first step is drawn soon after navigation", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  const milliseconds = await page.evaluate(() => performance.getEntriesByName("yieldscope:first-step")[0]?.startTime ?? -1);
  testInfo.annotations.push({ type: "first drawn step", description: `${Math.round(milliseconds)} ms` });
  console.log(`first drawn step: ${Math.round(milliseconds)} ms after navigation`);
  expect(milliseconds).toBeGreaterThan(0);
  expect(milliseconds).toBeLessThan(3_000);
});

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

test("playing at full speed keeps the frame rate up", async ({ page }, testInfo) => {
  const player = await openExample(page, "list_vs_generator");
  await player.root.locator(".ys-speed").selectOption({ label: "Full speed" });
  const measured = await page.evaluate(async () => {
    const root = document.querySelector("#app");
    const step = () => Number(root?.getAttribute("data-step"));
    const play = document.querySelector<HTMLButtonElement>("#app .ys-play");
    play?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const startStep = step();
    const started = performance.now();
    let frames = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        frames++;
        if (performance.now() - started < 2_000) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const seconds = (performance.now() - started) / 1000;
    const steps = step() - startStep;
    play?.click();
    return { fps: frames / seconds, stepsPerSecond: steps / seconds };
  });
  const line = `${measured.fps.toFixed(1)} frames/s, ${measured.stepsPerSecond.toFixed(1)} trace steps/s`;
  testInfo.annotations.push({ type: "playing at full speed", description: line });
  console.log(`playing at full speed: ${line}`);
  expect(measured.fps).toBeGreaterThan(30);
  expect(measured.stepsPerSecond).toBeGreaterThan(20);
});
