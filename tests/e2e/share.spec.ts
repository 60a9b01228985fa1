// Permalinks, Share and Embed: a link restores the program and the exact
// step; the Embed dialog's snippets, pasted into a blank page, show the
// same program at the same step, as a web component and as an iframe.
import countdown_for from "../corpus/gallery/countdown_for.expected.json" with { type: "json" };
import LZString from "lz-string";
import { expect, jumpUntil, openCode, openExample, openHostPage, scoped, seriousViolations, test } from "./support";

const PROGRAM = "def squares(n):\n    for i in range(n):\n        yield i * i\n\n\nfor value in squares(3):\n    print('square', value)\n";

test("a permalink restores the program and the step", async ({ page, browser }) => {
  const player = await openCode(page, PROGRAM);
  await jumpUntil(player, "1", /yields 4/);
  const step = await player.root.getAttribute("data-step");
  const narration = await player.narration.textContent();
  await expect(page).toHaveURL(new RegExp(`[#&]step=${Number(step) + 1}(&|$)`));
  const link = page.url();

  const other = await browser.newPage();
  await other.goto(link);
  const restored = other.locator("#app");
  await expect(restored).toHaveAttribute("data-ready", "true");
  await expect(restored).toHaveAttribute("data-step", step ?? "");
  await expect(restored.locator(".ys-narration")).toHaveText(narration ?? "");
  await expect(restored.locator(".cm-content")).toHaveText(PROGRAM.replace(/\n/g, ""));
  await expect(restored.locator(".ys-console-text")).toHaveText("square 0\nsquare 1\n");
  await other.close();
});

test("Share copies a link that opens at the same step", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 2/);
  const step = await player.root.getAttribute("data-step");
  await player.root.locator(".ys-share").click();
  await expect(player.root.locator(".ys-share")).toHaveText("Copied ✓");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("example=countdown_for");
  await page.goto("about:blank");
  await page.goto(link);
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("#app")).toHaveAttribute("data-step", step ?? "");
  await expect(page.locator("#app .ys-narration")).toHaveText("countdown yields 2 to the for loop in the main program and pauses at line 5.");
});

test("the web component snippet from the Embed dialog works pasted into a blank page", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  const step = Number(await player.root.getAttribute("data-step"));
  await player.root.locator(".ys-embed").click();
  const dialog = player.root.locator(".ys-embed-dialog");
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Copy web component" }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  await expect(dialog.getByLabel("Web component")).toHaveValue(snippet);
  expect(snippet).toContain("<yield-scope");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await openHostPage(page, "/pasted/blank.html", `<!doctype html><html lang="en"><title>Pasted</title><body>\n${snippet}</body></html>`);
  const pasted = scoped(page, "yield-scope");
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  await expect(pasted.root).toHaveAttribute("data-step", String(step));
  await expect(pasted.narration).toHaveText("countdown yields 3 to the for loop in the main program and pauses at line 5.");
  await pasted.root.locator(".ys-last").click();
  await expect(pasted.output).toHaveText(countdown_for.stdout);
});

test("the iframe snippet shows the same program at the same step", async ({ page }) => {
  const player = await openCode(page, PROGRAM);
  await jumpUntil(player, "1", /yields 1/);
  const step = Number(await player.root.getAttribute("data-step"));
  await player.root.locator(".ys-embed").click();
  const snippet = await player.root.locator(".ys-embed-dialog").getByLabel("iframe").inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/frame\.html#code=/);
  await openHostPage(page, "/pasted/iframe.html", `<!doctype html><html lang="en"><title>Pasted</title><body>\n${snippet}</body></html>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  await expect(frame.locator(".ys-player")).toHaveAttribute("data-step", String(step));
  await expect(frame.locator(".ys-narration")).toHaveText(/squares yields 1/);
  // Keys act anywhere in the frame.
  await frame.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("End");
  await expect(frame.locator(".ys-console-text")).toHaveText("square 0\nsquare 1\nsquare 4\n");
});

test("the iframe page takes the component's options in its address", async ({ page }) => {
  const code = LZString.compressToEncodedURIComponent(PROGRAM);
  await page.goto(`/frame.html#code=${code}&step=4&theme=dark&panels=code,narration,generators&controls=minimal`);
  const player = scoped(page, "yield-scope");
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  await expect(player.root).toHaveAttribute("data-step", "3");
  await expect(player.root).toHaveAttribute("data-theme", "dark");
  await expect(player.root.locator(".ys-stack")).toBeHidden();
  await expect(player.root.locator(".ys-generators")).toBeVisible();
  await expect(player.root.locator(".ys-speed")).toBeHidden();
  // Changing the address changes the player.
  await page.evaluate(() => (window.location.hash = window.location.hash.replace("theme=dark", "theme=light").replace("step=4", "step=6")));
  await expect(player.root).toHaveAttribute("data-theme", "light");
  await expect(player.root).toHaveAttribute("data-step", "5");
});
