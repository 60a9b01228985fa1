/// <reference types="node" />
// The pages a docs author writes: the README's one snippet pasted into a
// bare file beside a copy of the component folder, served by an ordinary
// static server; the page built from Markdown; a page whose component
// comes from another origin, as from a CDN; the npm package built into an
// app by a bundler; and axe on pages of players.
// CPython's output for each program is the reference.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator } from "@playwright/test";
import { expect, scoped, seriousViolations, serveFolder, test } from "./support";

/** The first html block of the README's "Embed it" section. */
function readmeSnippet(): string {
  const section = readFileSync(resolve("README.md"), "utf8")
    .split(/^## /m)
    .find((part) => part.startsWith("Embed it"));
  const snippet = section ? /```html\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
  if (!snippet) throw new Error("the README has no html block under “Embed it”");
  return snippet;
}

/** What CPython prints for the program a player holds. */
async function cpythonOutput(host: Locator): Promise<string> {
  const code = await host.evaluate((element: HTMLElement & { code: string }) => element.code);
  return execFileSync("python3", ["-"], { input: code, encoding: "utf8" });
}

/** Waits for a player to load (scrolling it into view) and steps it to its end. */
async function playToEnd(host: Locator): Promise<string> {
  await host.scrollIntoViewIfNeeded();
  await expect(host).toHaveAttribute("data-ready", "true");
  const root = host.locator(".ys-player");
  await root.locator(".ys-last").click();
  await expect(root.locator(".ys-position")).toHaveText(/^Step (\d+) of \1$/);
  return (await root.locator(".ys-console-text").textContent()) ?? "";
}

test("the README's snippet works pasted into a blank page beside the component folder", async ({ page }) => {
  const site = resolve("test-results", "readme-site");
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(resolve("dist", "component"), resolve(site, "yieldscope"), { recursive: true });
  const snippet = readmeSnippet();
  // The snippet as the whole file (no doctype, no head), and inside an ordinary page.
  writeFileSync(resolve(site, "bare.html"), snippet);
  writeFileSync(resolve(site, "page.html"), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Notes</title></head>\n<body>\n<h1>Generators</h1>\n${snippet}</body>\n</html>\n`);
  const server = await serveFolder(site);
  try {
    for (const file of ["bare.html", "page.html"]) {
      await page.goto(`${server.url}${file}`);
      const host = page.locator("yield-scope");
      const player = scoped(page, "yield-scope");
      await expect(host).toHaveAttribute("data-ready", "true");
      await expect(player.position).toHaveText(/^Step 1 of \d+$/);
      const box = await player.root.boundingBox();
      expect(box?.height).toBeGreaterThan(500);
      expect(await playToEnd(host)).toBe(await cpythonOutput(host));
    }
  } finally {
    await server.close();
  }
});

test("the page built from Markdown: its yieldscope blocks are players, its other code blocks stay code", async ({ page }) => {
  const wasm: string[] = [];
  page.context().on("request", (request) => {
    if (request.url().endsWith(".wasm")) wasm.push(request.url());
  });
  await page.goto("/examples/docs/generators.html");
  await expect(page).toHaveTitle("Generators");
  const players = page.locator("yield-scope");
  await expect(players).toHaveCount(2);
  await expect(page.locator("pre > code.language-python")).toHaveText("squares = (n * n for n in range(5))");
  await expect(page.locator("pre > code.language-markdown")).toContainText("```python yieldscope step=9 theme=light");

  const first = players.nth(0);
  expect(await playToEnd(first)).toBe(await cpythonOutput(first));
  // The fence's words are the second player's attributes: its height, and predict mode.
  const second = players.nth(1);
  await second.scrollIntoViewIfNeeded();
  await expect(second).toHaveAttribute("data-ready", "true");
  expect((await second.boundingBox())?.height).toBe(640);
  await expect(second.locator(".ys-predict")).toBeVisible();
  await expect(second.locator(".ys-predict-hint")).toBeVisible();
  expect(wasm).toHaveLength(1);
});

test("a component loaded from another origin, as from a CDN, runs", async ({ page, baseURL }) => {
  const cdn = new URL(baseURL ?? "").origin;
  const site = resolve("test-results", "cdn-site");
  mkdirSync(site, { recursive: true });
  writeFileSync(
    resolve(site, "lesson.html"),
    `<!doctype html><html lang="en"><title>Lesson</title>
<script type="module" src="${cdn}/component/yield-scope.js"></script>
<yield-scope><script type="text/python">
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(4)))
</script></yield-scope></html>`,
  );
  const fetched: string[] = [];
  page.context().on("request", (request) => fetched.push(request.url()));
  const server = await serveFolder(site);
  try {
    expect(new URL(server.url).origin).not.toBe(cdn);
    await page.goto(`${server.url}lesson.html`);
    const host = page.locator("yield-scope");
    expect(await playToEnd(host)).toBe(await cpythonOutput(host));
    // The worker and the core came from the component's origin.
    expect(fetched.filter((url) => url.endsWith(".wasm")).map((url) => new URL(url).origin)).toEqual([cdn]);
  } finally {
    await server.close();
  }
});

test("the npm package works in an app built by a bundler", async ({ page }) => {
  test.setTimeout(120_000);
  const app = resolve("test-results", "npm-app");
  rmSync(app, { recursive: true, force: true });
  const installed = resolve(app, "node_modules", "yieldscope");
  mkdirSync(installed, { recursive: true });
  // The package as npm would publish it, unpacked where an install puts it.
  execFileSync("npm", ["pack", "--silent", "--pack-destination", app], { encoding: "utf8" });
  const tarball = readdirSync(app).find((file) => file.endsWith(".tgz"));
  expect(tarball).toBeDefined();
  execFileSync("tar", ["-xzf", resolve(app, tarball ?? ""), "-C", installed, "--strip-components=1"]);
  writeFileSync(resolve(app, "main.js"), 'import "yieldscope";\n');
  writeFileSync(
    resolve(app, "index.html"),
    `<!doctype html><html lang="en"><title>An app</title><script type="module" src="./main.js"></script>
<yield-scope><script type="text/python">
def pairs(items):
    for index, item in enumerate(items):
        yield index, item

print(dict(pairs("ab")))
</script></yield-scope></html>`,
  );
  const { build } = await import("vite");
  await build({ root: app, configFile: false, logLevel: "silent", build: { outDir: "dist" } });
  const server = await serveFolder(resolve(app, "dist"));
  try {
    await page.goto(server.url);
    const host = page.locator("yield-scope");
    expect(await playToEnd(host)).toBe(await cpythonOutput(host));
  } finally {
    await server.close();
  }
});

for (const path of ["/examples/players.html", "/examples/docs/generators.html"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const players = page.locator("yield-scope");
    for (let index = 0; index < (await players.count()); index++) {
      const host = players.nth(index);
      await host.scrollIntoViewIfNeeded();
      await expect(host).toHaveAttribute("data-ready", "true");
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}
