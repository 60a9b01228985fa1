// Errors: a syntax error is marked where it is, before anything runs; an
// uncaught exception ends the run with its traceback; edits rerun the program.
import { expect, openCode, openExample, pressAndMove, test } from "./support";

test("a syntax error is underlined at its line and reported, and nothing runs", async ({ page }) => {
  const player = await openCode(page, "print('first')\n\ndef broken(:\n    pass\n");
  const underlined = player.root.locator(".cm-line", { has: page.locator(".cm-lintRange-error") });
  await expect(underlined).toHaveCount(1);
  const lines = player.root.locator(".cm-content > .cm-line");
  await expect(lines.nth(2)).toContainText("def broken(:");
  await expect(lines.nth(2).locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(player.root.locator(".ys-console-ending")).toContainText("SyntaxError: invalid syntax");
  await expect(player.root.locator(".ys-console-ending")).toContainText('line 3');
  await expect(player.narration).toHaveText("SyntaxError at line 3: invalid syntax. Nothing runs until it is fixed.");
  await expect(player.root.locator(".ys-status")).toHaveText("fix the error to run the program");
  await expect(player.root.locator(".ys-forward")).toBeDisabled();
  await player.root.locator(".cm-lint-marker-error").hover();
  await expect(page.locator(".cm-tooltip-lint")).toContainText("SyntaxError: invalid syntax");
});

test("fixing the code in the editor reruns it", async ({ page }) => {
  const player = await openCode(page, "def f(:\n    return 1\nprint(f())\n");
  await expect(player.root.locator(".cm-lintRange-error")).toHaveCount(1);
  await player.root.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(")");
  await expect(player.root.locator(".cm-lintRange-error")).toHaveCount(0);
  await expect(player.root.locator(".ys-status")).toHaveText("the run ends normally");
  await page.keyboard.press("Escape");
  await pressAndMove(player, "End");
  await expect(player.output).toHaveText("1\n");
  await expect(page).toHaveURL(/#code=/);
});

test("an uncaught exception ends the run with CPython's traceback", async ({ page }) => {
  const player = await openCode(page, "def gen():\n    yield 1\n\ng = gen()\nnext(g)\nnext(g)\n");
  await expect(player.root.locator(".ys-status")).toHaveText("the run ends in an exception");
  await pressAndMove(player, "End");
  await expect(player.root.locator(".ys-console-ending")).toHaveText(
    'Traceback (most recent call last):\n  File "main.py", line 6, in <module>\n    next(g)\nStopIteration\n',
  );
  await expect(player.narration).toContainText("The program stops with an uncaught StopIteration.");
});

test("valid Python that Yieldscope does not run is refused before it runs", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await player.root.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("async def main(): pass\n");
  await expect(player.root.locator(".ys-console-ending")).toContainText("NotImplementedError: 'async def' functions are not supported");
  await expect(player.root.locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(player.narration).toHaveText(/^NotImplementedError at line 1:/);
});
