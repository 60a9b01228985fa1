// Every example in the gallery, run in the browser: it steps through
// cleanly, narrates every step in plain words, and ends with exactly the
// output CPython 3.11 recorded for it.
import countdown_for from "../corpus/gallery/countdown_for.expected.json" with { type: "json" };
import countdown_next from "../corpus/gallery/countdown_next.expected.json" with { type: "json" };
import custom_iterator from "../corpus/gallery/custom_iterator.expected.json" with { type: "json" };
import echo from "../corpus/gallery/echo.expected.json" with { type: "json" };
import genexp_pipeline from "../corpus/gallery/genexp_pipeline.expected.json" with { type: "json" };
import infinite_sequence from "../corpus/gallery/infinite_sequence.expected.json" with { type: "json" };
import iterable_vs_iterator from "../corpus/gallery/iterable_vs_iterator.expected.json" with { type: "json" };
import lazy_body from "../corpus/gallery/lazy_body.expected.json" with { type: "json" };
import lazy_evaluation from "../corpus/gallery/lazy_evaluation.expected.json" with { type: "json" };
import list_vs_generator from "../corpus/gallery/list_vs_generator.expected.json" with { type: "json" };
import running_average from "../corpus/gallery/running_average.expected.json" with { type: "json" };
import stopiteration_value from "../corpus/gallery/stopiteration_value.expected.json" with { type: "json" };
import throw_close_finally from "../corpus/gallery/throw_close_finally.expected.json" with { type: "json" };
import tree_traversal from "../corpus/gallery/tree_traversal.expected.json" with { type: "json" };
import yield_from from "../corpus/gallery/yield_from.expected.json" with { type: "json" };
import { currentStep, expect, openExample, pressAndMove, test } from "./support";

interface Expectation {
  stdout: string;
  exit_code: number;
}

const EXPECTED: Record<string, Expectation> = {
  countdown_for,
  countdown_next,
  custom_iterator,
  echo,
  genexp_pipeline,
  infinite_sequence,
  iterable_vs_iterator,
  lazy_body,
  lazy_evaluation,
  list_vs_generator,
  running_average,
  stopiteration_value,
  throw_close_finally,
  tree_traversal,
  yield_from,
};

/** Words that mean narration fell back to a placeholder. */
const PLACEHOLDERS = /undefined|NaN|\[object|a finished call|the generator (?:yields|has|resumes)|null/;

test("the example picker offers every gallery program", async ({ page }) => {
  const player = await openExample(page, "countdown_for");
  const offered = await player.root.locator(".ys-example-picker option:not([value=''])").evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  expect(offered.sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const [id, expected] of Object.entries(EXPECTED)) {
  test(`${id}: steps through, narrating each step, to CPython's output`, async ({ page }) => {
    const player = await openExample(page, id);
    const narrations: string[] = [];
    for (let step = 0; step < 120; step++) {
      narrations.push((await player.narration.textContent()) ?? "");
      if (await player.root.locator(".ys-forward").isDisabled()) break;
      await pressAndMove(player, "ArrowRight");
    }
    for (const narration of narrations) {
      expect(narration).toMatch(/^[A-Za-z_<(].*\.$/);
      expect(narration).not.toMatch(PLACEHOLDERS);
    }
    if (await player.root.locator(".ys-forward").isEnabled()) await pressAndMove(player, "End");
    expect(await currentStep(player)).toBeGreaterThan(0);
    await expect(player.root.locator(".ys-console-earlier")).toHaveText(expected.stdout);
    await expect(player.root.locator(".ys-status")).toHaveText(expected.exit_code === 0 ? "the run ends normally" : "the run ends in an exception");
  });
}
