// Exports: the frame on screen as a PNG (a real, readable picture), and a
// whole trace as one HTML file, written by `yieldscope export` or by the
// app's HTML button, that opens from disk with the network cut off and
// steps through to CPython's output.
import yield_from from "../corpus/gallery/yield_from.expected.json" with { type: "json" };
import stopiteration_value from "../corpus/gallery/stopiteration_value.expected.json" with { type: "json" };
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { COMPONENT_SCRIPT, expect, forbidDialogs, jumpUntil, openExample, openHostPage, test } from "./support";

const OUT = resolve("test-results", "export");

/** Opens an exported file from disk with every network request refused. */
async function openOffline(page: Page, file: string): Promise<string[]> {
  const attempted: string[] = [];
  await page.context().route(/^(?!file:)/, (route) => {
    attempted.push(route.request().url());
    return route.abort();
  });
  await page.context().setOffline(true);
  await page.goto(`file://${file}`);
  await expect(page.locator("#player")).toHaveAttribute("data-ready", "true");
  return attempted;
}

/** Steps the viewer to its end by key, checking the output and a step back on the way. */
async function stepThrough(page: Page, expected: string): Promise<void> {
  const player = page.locator("#player");
  await expect(player.locator(".ys-position")).toHaveText(/^Step 1 of \d+$/);
  await page.keyboard.press("ArrowRight");
  await expect(player).toHaveAttribute("data-step", /^[1-9]/);
  await page.keyboard.press("1");
  await page.keyboard.press("]");
  await expect(player).toHaveAttribute("data-event", "yield");
  await page.keyboard.press("End");
  await expect(player.locator(".ys-console-text")).toHaveText(expected);
  const count = /of (\d+)/.exec((await player.locator(".ys-position").textContent()) ?? "")?.[1];
  await expect(player.locator(".ys-position")).toHaveText(`Step ${count} of ${count}`);
  await page.keyboard.press("ArrowLeft");
  await expect(player).toHaveAttribute("data-step", String(Number(count) - 2));
}

test("yieldscope export writes a file that opens and steps through offline", async ({ page }) => {
  test.setTimeout(600_000);
  mkdirSync(OUT, { recursive: true });
  const file = resolve(OUT, "yield_from-cli.html");
  // cargo builds the CLI first if it is not built yet (it is in `npm test`).
  execFileSync("cargo", ["run", "--release", "--quiet", "--bin", "yieldscope", "--", "export", "tests/corpus/gallery/yield_from.py", "-o", file], {
    stdio: "inherit",
  });
  expect(readFileSync(file, "utf8")).toMatch(/^<!doctype html>/);
  const dialogs = forbidDialogs(page);
  const attempted = await openOffline(page, file);
  await expect(page).toHaveTitle("yield_from.py: Yieldscope trace");
  await stepThrough(page, yield_from.stdout);
  // The trace drawn is the core's: pipes, cards and narration as in the app.
  await page.keyboard.press("Home");
  await page.keyboard.press("1");
  await page.keyboard.press("]");
  await expect(page.locator("#player .ys-narration")).toHaveText(/yields .* up through yield from|yields/);
  expect(attempted).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("the app's HTML export opens and steps through offline", async ({ page, browser }) => {
  const player = await openExample(page, "stopiteration_value");
  const downloading = page.waitForEvent("download");
  await player.root.locator(".ys-export-html").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("stopiteration_value.html");
  const file = resolve(OUT, "stopiteration_value-app.html");
  await download.saveAs(file);
  const offline = await browser.newPage();
  const attempted = await openOffline(offline, file);
  await stepThrough(offline, stopiteration_value.stdout);
  expect(attempted).toEqual([]);
  await offline.close();
});

test("the PNG export is a picture of the frame on screen", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  await jumpUntil(player, "1", /yields 3/);
  const size = await player.root.evaluate((element) => [element.clientWidth, element.clientHeight, window.devicePixelRatio]);
  const downloading = page.waitForEvent("download");
  await player.root.locator(".ys-export-png").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("countdown_for-step-10.png");
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const [width, height, scale] = size as [number, number, number];
  expect(bytes.readUInt32BE(16)).toBe(Math.round(width * scale));
  expect(bytes.readUInt32BE(20)).toBe(Math.round(height * scale));
  mkdirSync(OUT, { recursive: true });
  await download.saveAs(resolve(OUT, "countdown_for-step-10.png"));

  // Decoded, it is a picture of the player: many colours, and the player's background where it has no content.
  const seen = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) return { colours: 0, corner: "" };
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 4 * 7) colours.add(((pixels[index] ?? 0) << 16) | ((pixels[index + 1] ?? 0) << 8) | (pixels[index + 2] ?? 0));
    const corner = Array.from(context.getImageData(2, image.height - 2, 1, 1).data.slice(0, 3)).join(",");
    return { colours: colours.size, corner };
  }, bytes.toString("base64"));
  expect(seen.colours).toBeGreaterThan(50);
  const background = await player.root.locator(".ys-controls").evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(`rgb(${seen.corner.replace(/,/g, ", ")})`).toBe(background);
});

test("the component's toPng() gives a picture of its frame", async ({ page }) => {
  await openHostPage(
    page,
    "/host/picture.html",
    `<!doctype html><html lang="en"><title>Picture</title>${COMPONENT_SCRIPT}<body>
<yield-scope step="4" height="500"><script type="text/python">
def gen():
    yield "a"

print(next(gen()))
</script></yield-scope></body></html>`,
  );
  const host = page.locator("yield-scope");
  await expect(host).toHaveAttribute("data-ready", "true");
  const picture = await host.evaluate(async (element: HTMLElement & { toPng(scale?: number): Promise<Blob> }) => {
    const blob = await element.toPng(1);
    const root = element.shadowRoot?.querySelector(".ys-player");
    return { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 24)), size: [root?.clientWidth, root?.clientHeight] };
  });
  expect(picture.type).toBe("image/png");
  const bytes = Buffer.from(picture.bytes);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual(picture.size);
});
