// Every control has a key, and the keys are listed in the help overlay.
import { currentStep, expect, openExample, pressAndMove, test } from "./support";

test("arrows step, Home and End jump to the ends, Space plays and pauses", async ({ page }) => {
  const player = await openExample(page, "countdown_next");
  await pressAndMove(player, "ArrowRight");
  await pressAndMove(player, "l");
  expect(await currentStep(player)).toBe(2);
  await pressAndMove(player, "ArrowLeft");
  await pressAndMove(player, "j");
  expect(await currentStep(player)).toBe(0);
  await pressAndMove(player, "End");
  await expect(player.position).toHaveText(/^Step (\d+) of \1$/);
  await pressAndMove(player, "Home");
  expect(await currentStep(player)).toBe(0);

  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await expect(player.root.locator(".ys-speed")).toHaveValue("5");
  await page.keyboard.press(" ");
  await expect(player.root).toHaveAttribute("data-playing", "true");
  await expect.poll(() => currentStep(player)).toBeGreaterThan(3);
  await page.keyboard.press(" ");
  await expect(player.root).toHaveAttribute("data-playing", "false");
  const paused = await currentStep(player);
  await page.waitForTimeout(300);
  expect(await currentStep(player)).toBe(paused);
  await page.keyboard.press("-");
  await expect(player.root.locator(".ys-speed")).toHaveValue("4");
});

test("] and [ jump between events of the chosen kind", async ({ page }) => {
  const player = await openExample(page, "countdown_next");
  await page.keyboard.press("1");
  await expect(player.root.locator(".ys-jump-kind")).toHaveValue("yield");
  await pressAndMove(player, "]");
  await expect(player.root).toHaveAttribute("data-event", "yield");
  const first = await currentStep(player);
  await pressAndMove(player, "]");
  await expect(player.root).toHaveAttribute("data-event", "yield");
  await pressAndMove(player, "[");
  expect(await currentStep(player)).toBe(first);
  await page.keyboard.press("2");
  await pressAndMove(player, "]");
  await expect(player.root).toHaveAttribute("data-event", "resume");
  await page.keyboard.press("4");
  await pressAndMove(player, "]");
  await expect(player.root).toHaveAttribute("data-event", "gen_return");
});

test("I shows the for loop's hidden iter() and next() steps, which stepping otherwise skips", async ({ page }) => {
  const player = await openExample(page, "genexp_pipeline");
  const visited = async () => {
    const kinds = new Set<string>();
    if ((await currentStep(player)) !== 0) await pressAndMove(player, "Home");
    for (let step = 0; step < 12; step++) {
      kinds.add((await player.root.getAttribute("data-event")) ?? "");
      await pressAndMove(player, "ArrowRight");
    }
    return kinds;
  };
  expect(await visited()).not.toContain("next");
  await page.keyboard.press("i");
  await expect(player.root.locator(".ys-implicit")).toBeChecked();
  const shown = await visited();
  expect(shown).toContain("iter");
  expect(shown).toContain("next");
  await expect(player.narration).not.toHaveText("");
});

test("T switches the theme and ? opens the help, which lists every shortcut", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  const theme = await player.root.getAttribute("data-theme");
  await page.keyboard.press("t");
  await expect(player.root).not.toHaveAttribute("data-theme", theme ?? "");
  await page.keyboard.press("?");
  const help = player.root.locator(".ys-help");
  await expect(help).toBeVisible();
  for (const key of ["→ or L", "← or J", "Space or K", "Home", "End", "]", "[", "+", "−", "I", "T", "?", "Ctrl+Enter", "Esc"]) {
    await expect(help.locator("kbd", { hasText: key }).first()).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.reload();
  await expect(player.root).toHaveAttribute("data-ready", "true");
  await expect(player.root).not.toHaveAttribute("data-theme", theme ?? "");
});

test("keys pressed in the editor move its cursor, not the player", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await player.root.locator(".cm-content").click();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowRight");
  expect(await currentStep(player)).toBe(0);
  await page.keyboard.press("Escape");
  await pressAndMove(player, "ArrowRight");
});
