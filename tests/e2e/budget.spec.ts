// Programs that never end: the trace stops at the step budget, says so,
// and can be extended; while a slow trace grows in the worker, the page
// keeps answering clicks and keys.
import { currentStep, expect, openCode, pressAndMove, test } from "./support";

test("an infinite loop stops at the step budget, which can be extended", async ({ page }) => {
  const player = await openCode(page, "n = 0\nwhile True:\n    n += 1\n");
  const status = player.root.locator(".ys-status");
  await expect(status).toHaveText("stopped by the step budget (1,000,000)", { timeout: 30_000 });
  const extend = player.root.locator(".ys-extend");
  await expect(extend).toHaveText("Run 1,000,000 more steps");
  await pressAndMove(player, "End");
  await expect(player.position).toHaveText("Step 1,000,000 of 1,000,000");
  await expect(player.narration).toContainText("The step budget ran out after 1,000,000 steps");
  await expect(player.root.locator(".ys-console-ending")).toHaveText("Stopped after 1,000,000 steps: the step budget ran out.\n");
  await extend.click();
  await expect(status).toHaveText("stopped by the step budget (2,000,000)", { timeout: 30_000 });
  await expect(player.position).toHaveText("Step 1,000,000 of 2,000,000");
  await pressAndMove(player, "End");
  await expect(player.card("n")).toHaveCount(0);
  await expect(player.stack.locator(".ys-binding")).toHaveText([/^n\d+$/]);
});

test("the page stays responsive while a slow program is traced", async ({ page }) => {
  // Each step multiplies an ever larger integer: tracing crawls, the page must not.
  const player = await openCode(page, "x = 1\nwhile True:\n    x = x * 3\n");
  const status = player.root.locator(".ys-status");
  await expect(status).toHaveText(/^tracing…/);
  const forward = player.root.locator(".ys-forward");
  for (let click = 1; click <= 5; click++) {
    const started = Date.now();
    await forward.click();
    // Poll often: the default back-off alone can add most of a second.
    await expect.poll(() => currentStep(player), { intervals: [20] }).toBe(click);
    // A page blocked by the trace would never answer; the bound is loose
    // because a loaded two-core CI machine can be slow without being stuck.
    expect(Date.now() - started).toBeLessThan(5_000);
  }
  await page.keyboard.press("?");
  await expect(player.root.locator(".ys-help")).toBeVisible();
  await page.keyboard.press("Escape");
  await player.root.locator(".ys-back").click();
  await expect.poll(() => currentStep(player)).toBe(4);
  await expect(status).toHaveText(/^tracing…/);
  // Opening another program abandons the runaway trace.
  await player.root.locator(".ys-example-picker").selectOption("countdown_for");
  await expect(player.position).toHaveText("Step 1 of 36");
  await expect(status).toHaveText("the run ends normally");
});
