// Several players on one page: each draws its own program, and stepping
// one (by click or by key) leaves the other alone.
import { expect, test } from "./support";

test("two embedded players step independently", async ({ page }) => {
  await page.goto("/embed.html");
  const first = page.locator("#first");
  const second = page.locator("#second");
  await expect(first).toHaveAttribute("data-ready", "true");
  await expect(second).toHaveAttribute("data-ready", "true");
  await expect(first.locator(".ys-header")).toBeHidden();
  await expect(first.locator(".ys-position")).toHaveText("Step 1 of 35");
  await expect(second.locator(".ys-position")).toHaveText("Step 1 of 33");

  await first.locator(".ys-forward").click();
  await expect(first).toHaveAttribute("data-step", "1");
  await expect(second).toHaveAttribute("data-step", "0");

  await second.locator(".ys-stage").focus();
  await page.keyboard.press("End");
  await expect(second.locator(".ys-position")).toHaveText("Step 33 of 33");
  await expect(first).toHaveAttribute("data-step", "1");

  await page.keyboard.press("t");
  await expect(second).not.toHaveAttribute("data-theme", (await first.getAttribute("data-theme")) ?? "");
  await expect(page.locator("svg.ys-arrows marker")).toHaveCount(4);
  const markerIds = await page.locator("svg.ys-arrows marker").evaluateAll((markers) => markers.map((marker) => marker.id));
  expect(new Set(markerIds).size).toBe(4);
});
