// Animation: values travel as tokens between the frame and the generator
// involved in the step's event; with reduced motion nothing travels.
import { expect, jumpUntil, openExample, pressAndMove, test } from "./support";

test("a yielded value travels from the generator to the frame that asked for it", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  await pressAndMove(player, "ArrowLeft");
  await page.keyboard.press("ArrowRight");
  const token = player.root.locator(".ys-tokens .ys-token--yield");
  await expect(token).toHaveText("3");
  await expect(token).toHaveCount(0, { timeout: 3_000 });
});

test("a sent value travels into the generator", async ({ page }) => {
  const player = await openExample(page, "running_average");
  await jumpUntil(player, "2", /^send\(10\)/);
  await pressAndMove(player, "ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await expect(player.root.locator(".ys-tokens .ys-token--send")).toHaveText("10");
});

test("throw() sends the exception in; a finished generator's StopIteration travels out", async ({ page }) => {
  const player = await openExample(page, "throw_close_finally");
  await jumpUntil(player, "2", /^throw\(\)/);
  await pressAndMove(player, "ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await expect(player.root.locator(".ys-tokens .ys-token--exception")).toHaveText("ValueError");

  const countdown = await openExample(page, "countdown_next");
  await jumpUntil(countdown, "4", /has finished/);
  await pressAndMove(countdown, "ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await expect(countdown.root.locator(".ys-tokens .ys-token--finish")).toHaveText("StopIteration");
});

test("with reduced motion, nothing travels", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  await pressAndMove(player, "ArrowLeft");
  await pressAndMove(player, "ArrowRight");
  await expect(player.narration).toHaveText(/yields 3/);
  await expect(player.root.locator(".ys-tokens .ys-token")).toHaveCount(0);
});
