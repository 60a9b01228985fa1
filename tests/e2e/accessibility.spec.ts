// Automated accessibility checks (axe) on the app in both themes, with a
// program loaded and a generator on screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, jumpUntil, openExample, test } from "./support";

for (const theme of ["light", "dark"] as const) {
  test(`no serious accessibility violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const player = await openExample(page, "genexp_pipeline");
    await expect(player.root).toHaveAttribute("data-theme", theme);
    await jumpUntil(player, "1", /yields 9/);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(", ")})`);
    expect(serious).toEqual([]);
  });
}
