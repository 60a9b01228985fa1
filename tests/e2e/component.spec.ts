/// <reference types="node" />
// The <yield-scope> web component on a plain HTML page: players that work
// independently, share one core fetched once, load lazily as they scroll
// into view, and answer attribute changes and their JavaScript API.
import countdown_next from "../corpus/gallery/countdown_next.expected.json" with { type: "json" };
import running_average from "../corpus/gallery/running_average.expected.json" with { type: "json" };
import { readFileSync } from "node:fs";
import { COMPONENT_SCRIPT, expect, openHostPage, test } from "./support";

const gallery = (name: string) => readFileSync(new URL(`../corpus/gallery/${name}.py`, import.meta.url), "utf8");

test("three players on one page step independently and fetch the core once", async ({ page }) => {
  const wasm: string[] = [];
  page.context().on("request", (request) => {
    if (request.url().endsWith(".wasm")) wasm.push(request.url());
  });
  await page.goto("/examples/players.html");
  const players = ["#countdown", "#average", "#delegate"].map((id) => page.locator(id));
  for (const player of players) {
    await player.scrollIntoViewIfNeeded();
    await expect(player).toHaveAttribute("data-ready", "true");
  }
  const [countdown, average, delegate] = players as [(typeof players)[0], (typeof players)[0], (typeof players)[0]];
  // The program inside each element is the gallery's, so CPython's recorded output is the reference.
  expect(await countdown.evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(gallery("countdown_next"));
  expect(await average.evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(gallery("running_average"));

  await countdown.locator(".ys-forward").click();
  await expect(countdown.locator(".ys-player")).toHaveAttribute("data-step", "1");
  await expect(average.locator(".ys-player")).toHaveAttribute("data-step", "0");
  await expect(delegate.locator(".ys-player")).toHaveAttribute("data-step", "0");

  await average.locator(".ys-stage").focus();
  await page.keyboard.press("End");
  await expect(average.locator(".ys-console-text")).toHaveText(running_average.stdout);
  await expect(countdown.locator(".ys-player")).toHaveAttribute("data-step", "1");
  await countdown.locator(".ys-last").click();
  await expect(countdown.locator(".ys-console-text")).toHaveText(countdown_next.stdout);

  // Attributes chose each player's look.
  await expect(average.locator(".ys-player")).toHaveAttribute("data-theme", "dark");
  await expect(average.locator(".ys-speed")).toHaveValue("2");
  await expect(delegate.locator(".ys-objects")).toBeHidden();
  await expect(delegate.locator(".ys-console")).toBeHidden();
  await expect(delegate.locator(".ys-speed")).toBeHidden();
  await expect(delegate.locator(".ys-generators")).toBeVisible();
  await expect(delegate.locator(".ys-timeline")).toBeVisible();
  expect(wasm).toHaveLength(1);
});

test("a player below the fold loads only when it scrolls into view", async ({ page }) => {
  const wasm: string[] = [];
  page.context().on("request", (request) => {
    if (request.url().endsWith(".wasm")) wasm.push(request.url());
  });
  await page.goto("/examples/players.html");
  const first = page.locator("#countdown");
  await expect(first).toHaveAttribute("data-ready", "true");
  const below = page.locator("#below");
  await page.waitForTimeout(500);
  await expect(below).not.toHaveAttribute("data-ready", "true");
  await expect(below.locator(".ys-waiting")).toBeAttached();
  await expect(below.locator(".ys-player")).toHaveCount(0);
  await below.scrollIntoViewIfNeeded();
  await expect(below).toHaveAttribute("data-ready", "true");
  await expect(below.locator(".ys-position")).toHaveText(/^Step 1 of \d+$/);
  expect(wasm).toHaveLength(1);
});

test("an example attribute names a gallery program; changing it loads another", async ({ page }) => {
  await openHostPage(page, "/example-attribute.html", `<!doctype html><title>example</title>${COMPONENT_SCRIPT}<yield-scope id="named" example="running_average"></yield-scope>`);
  const named = page.locator("#named");
  await expect(named).toHaveAttribute("data-ready", "true");
  expect(await named.evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(gallery("running_average"));
  await named.locator(".ys-last").click();
  await expect(named.locator(".ys-console-text")).toHaveText(running_average.stdout);
  await named.evaluate((element) => element.setAttribute("example", "countdown_next"));
  await expect.poll(() => named.evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(gallery("countdown_next"));
  await named.locator(".ys-last").click();
  await expect(named.locator(".ys-console-text")).toHaveText(countdown_next.stdout);
  await named.evaluate((element) => element.setAttribute("example", "no_such_example"));
  await expect(named.locator(".cm-content")).toContainText('# There is no example named "no_such_example".');
});
