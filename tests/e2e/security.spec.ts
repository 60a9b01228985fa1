// Program text from an address or an attribute is only ever handed to the
// Python core, and everything from a program is drawn as text: markup in
// code, in output or in the address stays inert. The component works
// under a strict Content Security Policy, and a hostile host stylesheet
// neither breaks it nor is changed by it.
import LZString from "lz-string";
import { COMPONENT_SCRIPT, expect, forbidDialogs, jumpUntil, openCode, openHostPage, scoped, test } from "./support";

const PAYLOAD = "<img src=x onerror=alert(1)>";
const HOSTILE = `# </script><script>alert(2)</script>
name = "${PAYLOAD}"
print("${PAYLOAD}")
print(name.upper())
`;
const HOSTILE_OUTPUT = `${PAYLOAD}\n${PAYLOAD.toUpperCase()}\n`;

/** Elements a payload would have created, anywhere (the locator reaches into shadow roots). */
async function injected(page: import("@playwright/test").Page): Promise<number> {
  return (await page.locator("img").count()) + (await page.locator("script:not([src]):not([type='text/python']):not([type='application/json'])").count());
}

test("markup in code and output renders as text in the app", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const player = await openCode(page, HOSTILE);
  await jumpUntil(player, "6", /prints/);
  await expect(player.narration).toContainText(PAYLOAD);
  await expect(player.root.locator(".ys-frame").first()).toContainText(PAYLOAD);
  await expect(player.root.locator(".cm-content")).toContainText(PAYLOAD);
  await player.page.keyboard.press("End");
  await expect(player.output).toHaveText(HOSTILE_OUTPUT);
  expect(await injected(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("markup in the address renders as text", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(`/#example=${encodeURIComponent(PAYLOAD)}&step=${encodeURIComponent(PAYLOAD)}&theme=${encodeURIComponent(PAYLOAD)}`);
  await expect(page.locator("#app")).toHaveAttribute("data-ready", "true");
  const code = LZString.compressToEncodedURIComponent(HOSTILE);
  await page.goto(`/frame.html#code=${code}&theme=%22%3E${encodeURIComponent(PAYLOAD)}&panels=${encodeURIComponent(PAYLOAD)},code,output`);
  const player = scoped(page, "yield-scope");
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  await player.root.locator(".ys-last").click();
  await expect(player.output).toHaveText(HOSTILE_OUTPUT);
  expect(await injected(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("a program that closes script elements is embedded safely, and runs as written", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const player = await openCode(page, HOSTILE);
  await player.root.locator(".ys-embed").click();
  const snippet = await player.root.locator(".ys-embed-dialog").getByLabel("Web component").inputValue();
  // The program cannot sit in a script element it would close, so it goes, escaped, into the code attribute.
  expect(snippet).not.toContain('type="text/python"');
  expect(snippet).toContain("code=");
  await openHostPage(page, "/pasted/hostile.html", `<!doctype html><html lang="en"><title>Pasted</title><body>${snippet}</body></html>`);
  const pasted = scoped(page, "yield-scope");
  await expect(page.locator("yield-scope")).toHaveAttribute("data-ready", "true");
  expect(await page.locator("yield-scope").evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(HOSTILE);
  await pasted.root.locator(".ys-last").click();
  await expect(pasted.output).toHaveText(HOSTILE_OUTPUT);
  expect(await injected(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the component runs under a strict Content Security Policy", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto("/examples/strict-csp.html");
  const host = page.locator("#strict");
  await expect(host).toHaveAttribute("data-ready", "true");
  const player = scoped(page, "#strict");
  await player.root.locator(".ys-last").click();
  await expect(player.output).toHaveText("hello\n");
  // Styles arrived (constructable sheets), so the player is laid out, not a heap of text.
  expect(await player.root.evaluate((element) => getComputedStyle(element).display)).toBe("grid");
  await expect(player.root.locator(".ys-narration")).toHaveCSS("font-size", "18.5px");
  // Editing works too: the edited program reruns.
  await player.root.locator(".cm-content").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type('print("again")\n');
  await expect(player.position).toHaveText(/^Step 1 of /);
  await player.root.locator(".ys-last").click();
  await expect(player.output).toHaveText("hello\nagain\n");
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

const HOSTILE_CSS = `
  * { all: unset; }
  html { font-size: 40px; }
  body { font: 40px/3 serif; letter-spacing: 12px; text-transform: uppercase; text-align: center; color: rgb(200, 0, 0); }
  div { display: none !important; }
  p, button, pre, section, code { color: rgb(0, 128, 0) !important; font-size: 30px !important; }
  [hidden] { display: block !important; }
`;

test("a hostile host stylesheet neither breaks the player nor is changed by it", async ({ page }) => {
  await openHostPage(
    page,
    "/host/hostile.html",
    `<!doctype html><html lang="en"><head><title>Hostile</title><style>${HOSTILE_CSS}</style>${COMPONENT_SCRIPT}</head><body>
<p id="before">A paragraph of the host page.</p><button id="host-button" type="button">Host button</button>
<yield-scope id="guest" height="600"><script type="text/python">
def gen():
    yield 1
    yield 2

print(sum(gen()))
</script></yield-scope></body></html>`,
  );
  const hostStyles = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll("#before, #host-button, body"), (element) => {
        const style = getComputedStyle(element);
        return [style.color, style.fontSize, style.letterSpacing, style.display, style.fontFamily, style.lineHeight].join(" | ");
      }),
    );
  const before = await hostStyles();
  const host = page.locator("#guest");
  await expect(host).toHaveAttribute("data-ready", "true");
  expect(await hostStyles()).toEqual(before);

  const player = scoped(page, "#guest");
  await expect(player.root).toBeVisible();
  const box = await player.root.boundingBox();
  expect(box?.height).toBeGreaterThan(500);
  await expect(player.narration).toHaveCSS("font-size", "18.5px");
  await expect(player.narration).toHaveCSS("letter-spacing", "normal");
  await expect(player.narration).toHaveCSS("text-transform", "none");
  await expect(player.root.locator(".ys-header")).toBeHidden();
  await player.root.locator(".ys-last").click();
  await expect(player.output).toHaveText("3\n");
  await expect(player.position).toHaveText(/^Step (\d+) of \1$/);
});
