// A picture of every example at a telling moment, in both themes, written
// to test-results/screenshots/ for review (docs/screenshots/ holds a few).
import { expect, jumpUntil, openExample, stepUntil, test, type PlayerPage } from "./support";

interface Moment {
  example: string;
  reach: (player: PlayerPage) => Promise<void>;
}

const MOMENTS: Moment[] = [
  { example: "iterable_vs_iterator", reach: (player) => stepUntil(player, /prints “green”/) },
  { example: "custom_iterator", reach: (player) => stepUntil(player, /calls Countdown.__next__\(\)/) },
  { example: "countdown_for", reach: (player) => jumpUntil(player, "1", /yields 2/) },
  { example: "countdown_next", reach: (player) => jumpUntil(player, "4", /has finished/) },
  { example: "lazy_body", reach: (player) => stepUntil(player, /nothing printed by it yet/) },
  { example: "lazy_evaluation", reach: (player) => stepUntil(player, /prints “consuming 2”/) },
  { example: "list_vs_generator", reach: (player) => stepUntil(player, /prints “328350”/) },
  { example: "infinite_sequence", reach: (player) => jumpUntil(player, "1", /yields 3/) },
  { example: "genexp_pipeline", reach: (player) => jumpUntil(player, "1", /yields 'BETA'/) },
  { example: "yield_from", reach: (player) => jumpUntil(player, "1", /inner yields 'inner done'/) },
  { example: "tree_traversal", reach: (player) => jumpUntil(player, "1", /yields 2/) },
  { example: "running_average", reach: (player) => jumpUntil(player, "1", /yields 15\.0/) },
  { example: "echo", reach: (player) => jumpUntil(player, "2", /^send\('anyone there\?'\)/) },
  { example: "throw_close_finally", reach: (player) => stepUntil(player, /prints “cleaning up”/) },
  { example: "stopiteration_value", reach: (player) => jumpUntil(player, "4", /download has finished and returns 2/) },
];

test.use({ viewport: { width: 1280, height: 720 } });

for (const theme of ["light", "dark"] as const) {
  for (const { example, reach } of MOMENTS) {
    test(`${example} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      const player = await openExample(page, example);
      await reach(player);
      await expect(player.root).toHaveAttribute("data-theme", theme);
      await page.screenshot({ path: `test-results/screenshots/${example}-${theme}.png` });
    });
  }
}
