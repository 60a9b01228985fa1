// The generator protocol as the player shows it: send, throw, close and
// finally, yield from as a pipe, StopIteration carrying a return value,
// pipelines of generator expressions, and iterators as cursors.
import { currentStep, expect, jumpUntil, openExample, pressAndMove, stepUntil, test } from "./support";

test("send(): the value goes in as the result of the yield, the next yield comes out", async ({ page }) => {
  const player = await openExample(page, "running_average");
  await jumpUntil(player, "2", /^send\(10\)/);
  await expect(player.narration).toHaveText("send(10) resumes running_average: 10 becomes the value of the yield at line 7.");
  const card = player.card("running_average");
  await expect(card).toHaveAttribute("data-state", "RUNNING");
  await expect(card.locator("[data-role=sent] .ys-exchange-value")).toHaveText("10");
  await jumpUntil(player, "1", /yields 10\.0/);
  await expect(player.narration).toHaveText("running_average yields 10.0 to send() in the main program and pauses at line 7.");
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("10.0");
  await expect(card.locator(".ys-binding")).toHaveText(["total10", "count1", "average10.0", "value10"]);
});

test("echo: every sent string comes back changed", async ({ page }) => {
  const player = await openExample(page, "echo");
  await jumpUntil(player, "1", /yields 'echo: hello'/);
  const card = player.card("echo");
  await expect(card.locator("[data-role=sent] .ys-exchange-value")).toHaveText("'hello'");
  await expect(card.locator("[data-role=yielded] .ys-exchange-value")).toHaveText("'echo: hello'");
  await expect(card.locator(".ys-card-alias")).toHaveText("talker");
});

test("throw() raises inside the paused generator, close() ends it, finally runs", async ({ page }) => {
  const player = await openExample(page, "throw_close_finally");
  await jumpUntil(player, "2", /^throw\(\)/);
  await expect(player.narration).toHaveText("throw() raises ValueError inside worker at line 6, where it was paused.");
  await page.keyboard.press("3");
  await pressAndMove(player, "]");
  await expect(player.narration).toHaveText("ValueError: a bad task is raised in worker at line 6.");
  await pressAndMove(player, "]");
  await expect(player.narration).toHaveText("worker catches ValueError: a bad task at line 8.");
  await jumpUntil(player, "2", /^close\(\)/);
  await expect(player.narration).toHaveText("close() throws GeneratorExit into worker at line 6 to make it finish.");
  await stepUntil(player, /prints “cleaning up”/);
  const card = player.card("worker");
  await expect(card).toHaveAttribute("data-state", "RUNNING");
  await pressAndMove(player, "ArrowRight");
  await expect(player.narration).toHaveText("GeneratorExit is not handled in worker(): it leaves at line 11.");
  await stepUntil(player, /prints “closed”/);
  await expect(card).toHaveAttribute("data-state", "CLOSED");
  await expect(card.locator(".ys-card-where-text")).toHaveText("finished");
  await expect(player.output).toHaveText("working on task 1\nrecovered from a bad task\nworking on task 2\ncleaning up\nclosed\n");
});

test("yield from is a pipe: values pass up through the delegating generator", async ({ page }) => {
  const player = await openExample(page, "yield_from");
  await jumpUntil(player, "1", /^inner yields 'inner ready'/);
  await expect(player.narration).toHaveText("inner yields 'inner ready' up through yield from to outer and pauses at line 3.");
  const outer = player.card("outer");
  await expect(outer.locator(".ys-card-delegate")).toBeVisible();
  await expect(outer.locator(".ys-card-delegate .ys-ref")).toHaveText("inner");
  await expect(player.root.locator("path.ys-arrow--pipe")).toHaveCount(1);
  await pressAndMove(player, "]");
  await expect(player.narration).toHaveText("outer yields 'inner ready' to next() in the main program and pauses at line 10.");
  await jumpUntil(player, "2", /passes 'hello' down through yield from to inner/);
  await expect(player.root.locator("path.ys-arrow--pipe")).toHaveCount(1);
  await jumpUntil(player, "4", /inner has finished/);
  await expect(player.narration).toHaveText(
    "inner has finished and returns 'result from inner': that becomes the value of yield from in outer.",
  );
  await expect(player.card("inner")).toHaveClass(/is-departing/);
  await pressAndMove(player, "ArrowRight");
  await expect(player.card("inner")).toHaveCount(0);
  await expect(player.root.locator("path.ys-arrow--pipe")).toHaveCount(0);
});

test("a recursive generator chains one card per subtree", async ({ page }) => {
  const player = await openExample(page, "tree_traversal");
  await jumpUntil(player, "1", /yields 1 to the for loop/);
  await expect(player.cards).toHaveCount(2);
  await expect(player.root.locator("path.ys-arrow--pipe")).toHaveCount(1);
  await expect(player.objects.filter({ hasText: "Node" })).toHaveCount(3);
});

test("StopIteration carries a generator's return value", async ({ page }) => {
  const player = await openExample(page, "stopiteration_value");
  await jumpUntil(player, "4", /download has finished/);
  await expect(player.narration).toHaveText("download has finished and returns 2: StopIteration(2) carries it to the main program.");
  await stepUntil(player, /prints “finished, value = 2”/);
  await expect(player.objects.filter({ hasText: "StopIteration" })).toHaveCount(1);
  await jumpUntil(player, "4", /that becomes the value of yield from in report/);
});

test("a generator expression pipeline: sum() pulls one value at a time through the stages", async ({ page }) => {
  const player = await openExample(page, "genexp_pipeline");
  await jumpUntil(player, "2", /^sum\(\) asks the generator expression/);
  await expect(player.root.locator(".ys-frame[data-kind=builtin] .ys-frame-name")).toHaveText("sum()");
  const iterator = player.objects.filter({ hasText: "list_iterator" });
  await expect(iterator.locator(".ys-ref[data-cursor]")).toHaveAttribute("data-cursor", "0");
  await jumpUntil(player, "1", /yields 1 to sum\(\)/);
  await expect(iterator.locator(".ys-ref[data-cursor]")).toHaveAttribute("data-cursor", "1");
  await expect(player.objects.filter({ hasText: "numbers" }).locator(".ys-cell.is-cursor")).toHaveAttribute("data-index", "1");
  await jumpUntil(player, "1", /yields 'ALPHA' to list\(\)/);
  await expect(player.cards).toHaveCount(4);
  await expect(player.root.locator("path.ys-arrow--pipe")).toHaveCount(2);
});

test("iter() gives a cursor into the list; the iterator is used up after one pass", async ({ page }) => {
  const player = await openExample(page, "iterable_vs_iterator");
  await stepUntil(player, /prints “red”/);
  const iterator = player.objects.filter({ hasText: "list_iterator" });
  await expect(iterator.locator(".ys-object-alias")).toHaveText("it");
  await expect(iterator.locator(".ys-ref[data-cursor]")).toHaveAttribute("data-cursor", "1");
  await stepUntil(player, /StopIteration is raised/);
  await expect(iterator.locator(".ys-object-state")).toHaveText("exhausted");
  await expect(iterator.locator(".ys-ref[data-cursor]")).toHaveCount(0);
  await stepUntil(player, /prints “True”/);
});

test("an iterator class: __next__ is an ordinary method call each time", async ({ page }) => {
  const player = await openExample(page, "custom_iterator");
  await stepUntil(player, /calls Countdown.__next__\(\)/);
  const instance = player.objects.filter({ hasText: "Countdown" });
  await expect(instance.locator(".ys-binding")).toHaveText(["current3"]);
  await stepUntil(player, /__next__\(\) returns 3 to /);
  await expect(instance.locator(".ys-binding")).toHaveText(["current2"]);
  await stepUntil(player, /prints “got 3”/);
  await stepUntil(player, /calls Countdown.__next__\(\)/);
  await expect(instance.locator(".ys-binding")).toHaveText(["current2"]);
});

test("the body of a generator runs only at the first next()", async ({ page }) => {
  const player = await openExample(page, "lazy_body");
  await stepUntil(player, /prints “generator created, nothing printed by it yet”/);
  await expect(player.output).not.toContainText("body starts");
  await stepUntil(player, /next\(\) is called: greeter starts running its body/);
  await stepUntil(player, /prints “body starts”/);
});

test("lazy evaluation: producing and consuming interleave", async ({ page }) => {
  const player = await openExample(page, "lazy_evaluation");
  await stepUntil(player, /prints “consuming 1”/);
  await expect(player.output).toHaveText("producing 1\nconsuming 1\n");
});

test("memory: the list holds every element, the generator none", async ({ page }) => {
  const player = await openExample(page, "list_vs_generator");
  const elements = player.root.locator(".ys-gauge-row").nth(1).locator(".ys-gauge-value");
  await stepUntil(player, /prints “328350”/);
  await expect(elements).toHaveText("100");
  await stepUntil(player, /builds a generator expression/);
  await expect(elements).toHaveText("0");
  await jumpUntil(player, "1", /yields 9801 to sum\(\)/, 120);
  await expect(elements).toHaveText("0");
  expect(await currentStep(player)).toBeGreaterThan(300);
});

test("islice stops asking an infinite generator after five values", async ({ page }) => {
  const player = await openExample(page, "infinite_sequence");
  await jumpUntil(player, "1", /yields 4 to islice\(\)/);
  await expect(player.root.locator(".ys-frame[data-kind=builtin] .ys-frame-name")).toHaveText(["list()", "islice()"]);
  await pressAndMove(player, "End");
  await expect(player.output).toHaveText("[0, 1, 2, 3, 4]\n");
});
