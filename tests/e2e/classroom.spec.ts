// Teaching: the presentation view (large type, high contrast, clicker
// keys) and predict mode (the player stops before each value comes out
// and keeps score). Expected values come from CPython's recorded output.
import countdown_for from "../corpus/gallery/countdown_for.expected.json" with { type: "json" };
import { mkdirSync } from "node:fs";
import { currentStep, expect, jumpUntil, openExample, openHostPage, COMPONENT_SCRIPT, pressAndMove, scoped, seriousViolations, test } from "./support";

/** The values countdown_for's for loop receives, read from CPython's output (`got 3` ...). */
const YIELDED = countdown_for.stdout
  .split("\n")
  .filter((line) => line.startsWith("got "))
  .map((line) => line.slice("got ".length));

test("P opens the presentation view: large type, high contrast, clicker keys, Esc to leave", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  const theme = await player.root.getAttribute("data-theme");
  const normalSize = await player.narration.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.keyboard.press("p");
  await expect(player.root).toHaveAttribute("data-present", "");
  await expect(player.root).toHaveAttribute("data-theme", "contrast");
  await expect(player.root.locator(".ys-header")).toBeHidden();
  const big = await player.narration.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(big).toBeGreaterThanOrEqual(24);
  expect(big).toBeGreaterThan(normalSize);
  const editorSize = await player.root.locator(".cm-content").evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(editorSize).toBeGreaterThanOrEqual(22);
  const buttonHeight = await player.root.locator(".ys-forward").evaluate((element) => element.getBoundingClientRect().height);
  expect(buttonHeight).toBeGreaterThanOrEqual(48);
  // The player fills the window.
  const box = await player.root.boundingBox();
  expect(box?.width).toBe(1280);
  expect(box?.height).toBe(800);
  // States are told by a word and a shape, not by colour alone.
  const badge = player.card("countdown").locator(".ys-badge");
  await expect(badge).toHaveText("SUSPENDED");
  expect(await badge.evaluate((element) => getComputedStyle(element, "::before").content)).toBe('"❚❚"');

  mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: "test-results/screenshots/present-countdown_for.png" });
  expect(await seriousViolations(page)).toEqual([]);

  // A clicker sends Page Down and Page Up; its black-screen keys change nothing.
  const step = await currentStep(player);
  await pressAndMove(player, "PageDown");
  expect(await currentStep(player)).toBeGreaterThan(step);
  await pressAndMove(player, "PageUp");
  expect(await currentStep(player)).toBe(step);
  await page.keyboard.press("b");
  await page.keyboard.press(".");
  expect(await currentStep(player)).toBe(step);
  await expect(player.root).toHaveAttribute("data-present", "");

  await page.keyboard.press("Escape");
  await expect(player.root).not.toHaveAttribute("data-present", "");
  await expect(player.root).toHaveAttribute("data-theme", theme ?? "");
  await expect(player.root.locator(".ys-header")).toBeVisible();
});

test("the Present button and the address open the presentation view too", async ({ page }) => {
  const player = await openExample(page, "yield_from");
  await player.root.locator(".ys-present-tool").click();
  await expect(player.root).toHaveAttribute("data-present", "");
  await expect(page).toHaveURL(/[#&]present(&|$)/);
  await page.reload();
  await expect(page.locator("#app")).toHaveAttribute("data-present", "");
  await page.locator("#app .ys-present").click();
  await expect(page.locator("#app")).not.toHaveAttribute("data-present", "");
});

test("predict mode asks before each value comes out and keeps score", async ({ page }) => {
  expect(YIELDED).toEqual(["3", "2", "1"]);
  const player = await openExample(page, "countdown_for");
  await player.root.locator(".ys-predict-toggle").click();
  const panel = player.root.locator(".ys-predict");
  await expect(panel).toBeVisible();
  await expect(panel.locator(".ys-predict-score")).toHaveText("0 right of 0");

  // Stepping stops before the first yield, with the value not yet shown.
  await player.root.locator(".ys-stage").focus();
  for (let guard = 0; guard < 40 && (await player.root.getAttribute("data-asking")) === null; guard++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(30);
  }
  await expect(player.root).toHaveAttribute("data-asking", "true");
  await expect(panel.locator(".ys-predict-prompt")).toHaveText("countdown is about to yield. What value comes out to the for loop?");
  await expect(player.card("countdown").locator("[data-role=yielded] .ys-exchange-value")).toHaveText("—");
  expect(await seriousViolations(page)).toEqual([]);
  const asked = await currentStep(player);
  await page.keyboard.press("ArrowRight");
  expect(await currentStep(player)).toBe(asked);

  // A wrong answer, typed.
  await panel.getByLabel("Your answer").fill("4");
  await panel.getByRole("button", { name: "Check" }).click();
  await expect(panel.locator(".ys-predict-feedback")).toHaveText(`✗ Not quite: you said 4, and countdown yields ${YIELDED[0]}.`);
  await expect(panel.locator(".ys-predict-score")).toHaveText("0 right of 1");
  await expect(player.narration).toHaveText(/countdown yields 3 to the for loop/);

  // A right answer, typed with spaces around it; the keys step on to the next question.
  await page.keyboard.press("ArrowRight");
  for (let guard = 0; guard < 40 && (await player.root.getAttribute("data-asking")) === null; guard++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(30);
  }
  await expect(player.root).toHaveAttribute("data-asking", "true");
  await panel.getByLabel("Your answer").fill(`  ${YIELDED[1]} `);
  await page.keyboard.press("Enter");
  await expect(panel.locator(".ys-predict-feedback")).toHaveText(`✓ Right: countdown yields ${YIELDED[1]}.`);
  await expect(panel.locator(".ys-predict-score")).toHaveText("1 right of 2");

  // A right answer, picked from the choices.
  await page.keyboard.press("1");
  await page.keyboard.press("]");
  await expect(player.root).toHaveAttribute("data-asking", "true");
  const choices = panel.locator(".ys-predict-choice");
  expect(await choices.count()).toBeGreaterThanOrEqual(2);
  await choices.filter({ hasText: new RegExp(`^${YIELDED[2]}$`) }).click();
  await expect(panel.locator(".ys-predict-score")).toHaveText("2 right of 3");
  await expect(player.narration).toHaveText(/countdown yields 1/);

  // Stepping back over an answered question does not ask it again.
  await pressAndMove(player, "ArrowLeft");
  await pressAndMove(player, "ArrowRight");
  await expect(player.root).not.toHaveAttribute("data-asking", "true");
});

test("predict mode in the web component reports each answer as an event", async ({ page }) => {
  await openHostPage(
    page,
    "/host/predict.html",
    `<!doctype html><html lang="en"><title>Predict</title>${COMPONENT_SCRIPT}<body>
<yield-scope predict height="620"><script type="text/python">
def echo():
    received = None
    while True:
        received = yield received


e = echo()
next(e)
print(e.send("hi"))
</script></yield-scope></body></html>`,
  );
  const host = page.locator("yield-scope");
  await expect(host).toHaveAttribute("data-ready", "true");
  await page.evaluate(() => {
    const answers: unknown[] = [];
    (window as unknown as { answers: unknown[] }).answers = answers;
    document.querySelector("yield-scope")?.addEventListener("yieldscope-predict", (event) => answers.push((event as CustomEvent).detail));
  });
  const player = scoped(page, "yield-scope");
  await player.root.locator(".ys-stage").focus();
  const panel = player.root.locator(".ys-predict");
  const answer = async (text: string) => {
    for (let guard = 0; guard < 60 && (await player.root.getAttribute("data-asking")) === null; guard++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(30);
    }
    await expect(player.root).toHaveAttribute("data-asking", "true");
    await panel.getByLabel("Your answer").fill(text);
    await page.keyboard.press("Enter");
    await expect(player.root).not.toHaveAttribute("data-asking", "true");
    // The event counts steps from 1, as the player's position does.
    const reported = await page.evaluate(() => (window as unknown as { answers: { step: number }[] }).answers.at(-1)?.step);
    await expect(player.position).toHaveText(new RegExp(`^Step ${reported} of `));
    await player.root.locator(".ys-stage").focus();
  };
  await answer("None"); // next(e): the first yield hands out None
  await answer('"hi"'); // send("hi") lands in the paused yield: double quotes equal the repr's single ones
  await answer("'hello'"); // and comes back out: wrong on purpose
  const answers = await page.evaluate(() => (window as unknown as { answers: { right: boolean; expected: string }[] }).answers);
  expect(answers.map(({ right, expected }) => [right, expected])).toEqual([
    [true, "None"],
    [true, "'hi'"],
    [false, "'hi'"],
  ]);
  expect(await host.evaluate((element: HTMLElement & { score: { right: number; asked: number } }) => element.score)).toEqual({ right: 2, asked: 3 });
});

test("a component asked to present loads at once, fills the window and a clicker drives it", async ({ page }) => {
  await openHostPage(
    page,
    "/host/lesson.html",
    `<!doctype html><html lang="en"><title>Lesson</title>${COMPONENT_SCRIPT}<body>
<p style="height: 3000px">Notes above the player, longer than the window.</p>
<yield-scope present><script type="text/python">
def countdown(n):
    while n > 0:
        yield n
        n -= 1

for number in countdown(3):
    print("got", number)
</script></yield-scope></body></html>`,
  );
  // Far below the fold, yet loaded: it is the lesson's one slide.
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  const player = scoped(page, "yield-scope");
  await expect(player.root).toHaveAttribute("data-present", "");
  await expect(player.root).toHaveAttribute("data-theme", "contrast");
  const box = await player.root.boundingBox();
  expect([box?.x, box?.y, box?.width, box?.height]).toEqual([0, 0, 1280, 800]);
  expect(await seriousViolations(page)).toEqual([]);

  // The clicker's keys reach the player with no click first.
  await page.keyboard.press("PageDown");
  await expect(player.root).toHaveAttribute("data-step", "1");
  await page.keyboard.press("PageDown");
  await expect(player.root).toHaveAttribute("data-step", "2");
  await page.keyboard.press("PageUp");
  await expect(player.root).toHaveAttribute("data-step", "1");
  await page.keyboard.press("Escape");
  await expect(player.root).not.toHaveAttribute("data-present", "");
  await page.keyboard.press("p");
  await expect(player.root).toHaveAttribute("data-present", "");
});
