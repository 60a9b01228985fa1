// Measurements, logged for the record: time to the first drawn step and
// the frame rate while playing at full speed. Timings depend on the
// machine and its load, so they are not part of the test suite; run them
// with `npm run measure`.
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

test("a component's first step is drawn soon after navigation", async ({ page }, testInfo) => {
  // The moment each player reports it has drawn its first step, on the page's clock.
  await page.addInitScript(() => {
    const drawn: number[] = [];
    (window as unknown as { drawn: number[] }).drawn = drawn;
    document.addEventListener("yieldscope-ready", () => drawn.push(performance.now()));
  });
  await page.goto("/examples/players.html");
  await expect(page.locator("#countdown")).toHaveAttribute("data-ready", "true");
  const milliseconds = await page.evaluate(() => (window as unknown as { drawn: number[] }).drawn[0] ?? -1);
  testInfo.annotations.push({ type: "component: first drawn step", description: `${Math.round(milliseconds)} ms` });
  console.log(`component: first drawn step ${Math.round(milliseconds)} ms after navigation`);
  expect(milliseconds).toBeGreaterThan(0);
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
