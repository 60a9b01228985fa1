// Shared set-up for the browser tests: every test fails on a console error
// or an uncaught exception in the page, and these functions drive the player the
// way a user does (keys, the example picker, the address).
/// <reference types="node" />
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import LZString from "lz-string";

export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, "the page logged no errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface PlayerPage {
  page: Page;
  root: Locator;
  narration: Locator;
  position: Locator;
  output: Locator;
  stack: Locator;
  cards: Locator;
  objects: Locator;
  card(name: string): Locator;
}

/** A player's parts, below its root element. */
function partsOf(page: Page, root: Locator): PlayerPage {
  return {
    page,
    root,
    narration: root.locator(".ys-narration"),
    position: root.locator(".ys-position"),
    output: root.locator(".ys-console-text"),
    stack: root.locator(".ys-frames > .ys-frame"),
    cards: root.locator(".ys-cards > .ys-card"),
    objects: root.locator(".ys-object-list > .ys-object"),
    card: (name: string) => root.locator(".ys-card", { has: page.locator(".ys-card-name", { hasText: new RegExp(`^${name}$`) }) }),
  };
}

function locate(page: Page): PlayerPage {
  return partsOf(page, page.locator("#app"));
}

async function opened(page: Page): Promise<PlayerPage> {
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  return locate(page);
}

export async function openExample(page: Page, id: string): Promise<PlayerPage> {
  await page.goto(`/#example=${id}`);
  const player = await opened(page);
  await expect(player.root.locator(".ys-example-picker")).toHaveValue(id);
  await expect(player.root).toHaveAttribute("data-step", "0");
  return player;
}

export async function openCode(page: Page, source: string): Promise<PlayerPage> {
  await page.goto(`/#code=${LZString.compressToEncodedURIComponent(source)}`);
  return opened(page);
}

/** The step on screen (0-based), as the player reports it. */
export async function currentStep(player: PlayerPage): Promise<number> {
  return Number(await player.root.getAttribute("data-step"));
}

/** Presses a key and waits until the step on screen has changed. */
export async function pressAndMove(player: PlayerPage, key: string): Promise<void> {
  const before = String(await currentStep(player));
  await player.page.keyboard.press(key);
  await player.page.waitForFunction((step) => document.querySelector("#app")?.getAttribute("data-step") !== step, before, {
    polling: "raf",
    timeout: 10_000,
  });
}

/** Steps forward until the narration matches. */
export async function stepUntil(player: PlayerPage, narration: RegExp, limit = 200): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (narration.test((await player.narration.textContent()) ?? "")) return;
    await pressAndMove(player, "ArrowRight");
  }
  throw new Error(`never narrated ${narration}: last was “${await player.narration.textContent()}”`);
}

/** Jumps to the next event of a kind group (keys 1–6 choose it, ] jumps) until the narration matches. */
export async function jumpUntil(player: PlayerPage, kindKey: string, narration: RegExp, limit = 60): Promise<void> {
  await player.page.keyboard.press(kindKey);
  for (let jump = 0; jump < limit; jump++) {
    if (narration.test((await player.narration.textContent()) ?? "")) return;
    await pressAndMove(player, "]");
  }
  throw new Error(`never narrated ${narration}: last was “${await player.narration.textContent()}”`);
}

/** The 1-based editor line elements with a class (`ys-line-running`, `ys-line-paused`). */
export async function markedLines(player: PlayerPage, className: string): Promise<number[]> {
  return player.page.evaluate((name) => {
    const lines = Array.from(document.querySelectorAll("#app .cm-content > .cm-line"));
    return lines.flatMap((line, index) => (line.classList.contains(name) ? [index + 1] : []));
  }, className);
}

/**
 * Serves `body` as a page at `path` on the test server's origin (as a host
 * site would hold a page with our snippet in it) and opens it.
 */
export async function openHostPage(page: Page, path: string, body: string): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  await page.goto(path);
}

/** The component's script, as a host page links it. */
export const COMPONENT_SCRIPT = '<script type="module" src="/component/yield-scope.js"></script>';

/** A `<yield-scope>` player's parts (Playwright's CSS locators reach into its shadow root). */
export function scoped(page: Page, selector: string): PlayerPage {
  return partsOf(page, page.locator(selector).locator(".ys-player"));
}

/** Fails the test if the page opens an alert, confirm or prompt (an XSS payload firing). */
export function forbidDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Axe's serious and critical violations on the page, one line each. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(", ")})`);
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/**
 * Serves a folder over HTTP on a free port, as any static host would (no
 * headers beyond the content type): for pages that are files on disk, a
 * site with our component folder copied into it. Returns the folder's
 * address and a function that stops the server.
 */
export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    // The URL parser has already resolved any `..` in the path.
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    // Browsers ask every site for an icon; a missing one is not the page's fault.
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    let file = join(folder, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
