// The player on its first example: stepping, the generator's lifecycle,
// back-stepping, output in sync with the step, and the line marks.
import { currentStep, expect, jumpUntil, markedLines, openExample, pressAndMove, stepUntil, test } from "./support";

test("opens on the countdown example at its first step", async ({ page }) => {
  await page.goto("/");
  const root = page.locator("#app");
  await expect(root).toHaveAttribute("data-ready", "true");
  await expect(page).toHaveTitle(/Yieldscope/);
  await expect(root.locator(".ys-example-picker")).toHaveValue("countdown_for");
  await expect(root.locator(".ys-position")).toHaveText("Step 1 of 36");
  await expect(root.locator(".ys-narration")).toHaveText("The main program moves to line 2.");
  await expect(root.locator(".ys-frames > .ys-frame")).toHaveCount(1);
  await expect(root.locator(".ys-frame-name")).toHaveText("main program");
  await expect(root.locator(".ys-generators .ys-empty")).toBeVisible();
  await expect(root.locator(".ys-console-text")).toHaveClass(/is-empty/);
  await expect(page).toHaveURL(/#example=countdown_for$/);
});

test("a generator that was created but not started is visibly not run yet", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await stepUntil(player, /calls countdown\(\): that creates a generator object/);
  const card = player.card("countdown");
  await expect(card).toHaveAttribute("data-state", "CREATED");
  await expect(card.locator(".ys-badge")).toHaveText("CREATED");
  await expect(card.locator(".ys-card-where-text")).toHaveText("not run yet: starts at line 3 on the first next()");
  await expect(card.locator(".ys-binding")).toHaveText(["n3"]);
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("—");
  await expect(player.output).toHaveClass(/is-empty/);
});

test("the first yield: the value, the pause and the line marks", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  await expect(player.narration).toHaveText("countdown yields 3 to the for loop in the main program and pauses at line 5.");
  const card = player.card("countdown");
  await expect(card).toHaveAttribute("data-state", "SUSPENDED");
  await expect(card.locator(".ys-card-where-text")).toHaveText("paused at line 5");
  await expect(card.locator(".ys-card-code")).toHaveText("yield n");
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("3");
  await expect(player.output).toHaveText("starting countdown from 3\n");
  expect(await markedLines(player, "ys-line-paused")).toEqual([5]);
  expect(await markedLines(player, "ys-line-running")).toEqual([10]);
  await expect(player.root.locator(".ys-frame[data-running] .ys-frame-name")).toHaveText("main program");
});

test("stepping back restores the earlier state exactly", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 2/);
  const atYield = await currentStep(player);
  await pressAndMove(player, "ArrowLeft");
  expect(await currentStep(player)).toBe(atYield - 1);
  const card = player.card("countdown");
  await expect(card).toHaveAttribute("data-state", "RUNNING");
  await expect(player.narration).toHaveText("countdown moves to line 5.");
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("3");
  await expect(card.locator(".ys-binding")).toHaveText(["n2"]);
  await expect(player.output).toHaveText("starting countdown from 3\ngot 3\n");
  await pressAndMove(player, "ArrowRight");
  await expect(card).toHaveAttribute("data-state", "SUSPENDED");
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("2");
});

test("output shows only what was printed up to the current step", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await pressAndMove(player, "End");
  await expect(player.position).toHaveText("Step 36 of 36");
  await expect(player.output).toHaveText("starting countdown from 3\ngot 3\ngot 2\ngot 1\nliftoff!\n");
  await expect(player.narration).toHaveText("The main program has run to its end.");
  await pressAndMove(player, "Home");
  await expect(player.output).toHaveClass(/is-empty/);
  await stepUntil(player, /prints “got 3”/);
  await expect(player.output).toHaveText("starting countdown from 3\ngot 3\n");
  await expect(player.root.locator(".ys-console-fresh")).toHaveText("got 3\n");
});

test("the timeline seeks to any step and marks where events happen", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  const slider = player.root.locator(".ys-timeline-slider");
  await expect(slider).toHaveAttribute("max", "35");
  await slider.fill("9");
  await expect(player.position).toHaveText("Step 10 of 36");
  await expect(player.narration).toHaveText("countdown yields 3 to the for loop in the main program and pauses at line 5.");
  const marked = await player.root
    .locator(".ys-timeline-markers")
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext("2d");
      if (!context) return 0;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) painted++;
      return painted;
    });
  expect(marked).toBeGreaterThan(20);
});
