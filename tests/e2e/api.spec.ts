// The WebAssembly API called directly in the page, the way an embedder
// would use it: a trace session with time travel, events, search, the
// timeline's kind map, output, the step budget and structured compile errors.
import { expect, test } from "./support";
import type { Page } from "@playwright/test";

const COUNTDOWN = `def countdown(n):
    while n > 0:
        yield n
        n -= 1


for number in countdown(3):
    print(number)
`;

async function openApi(page: Page): Promise<void> {
  await page.goto("/api.html");
  await expect(page.locator("body")).toHaveAttribute("data-ready", "true");
}

test("a trace session steps, travels back in time and searches events", async ({ page }) => {
  await openApi(page);
  const result = await page.evaluate((source) => {
    const api = window.yieldscope;
    if (!api) throw new Error("the API page did not load the core");
    const session = new api.TraceSession(source, "countdown.py", 0, 4);
    const progress = session.extend(1_000_000);
    const count = session.stepCount();
    const firstYield = session.find(["yield"], 0, true, false);
    const lastYield = session.find(["yield"], count - 1, false, false);
    if (firstYield === undefined || lastYield === undefined) throw new Error("no yields");
    const late = session.state(lastYield);
    const early = session.state(firstYield);
    const earlyAgain = session.state(firstYield);
    const kinds = api.eventKinds();
    const map = Array.from(session.kindMap(8));
    const yieldBit = 1 << kinds.indexOf("yield");
    const output = session.outputAt(count - 1);
    const halfway = session.outputAt(firstYield);
    const event = session.event(firstYield);
    const beyond = session.state(count + 10);
    session.free();
    return {
      progress,
      count,
      early,
      late,
      sameEarly: JSON.stringify(early) === JSON.stringify(earlyAgain),
      kinds,
      markedCells: map.filter((bits) => (bits & yieldBit) !== 0).length,
      mapLength: map.length,
      output,
      halfway,
      event,
      beyond,
      schema: api.schemaVersion(),
    };
  }, COUNTDOWN);
  expect(result.progress).toMatchObject({ complete: true, end: "finished", steps: result.count });
  expect(result.schema).toBe(1);
  expect(result.kinds).toHaveLength(12);
  expect(result.early?.event).toMatchObject({ kind: "yield", value: "3", line: 3 });
  expect(result.early?.generators[0]).toMatchObject({ name: "countdown", state: "SUSPENDED", lastYielded: "3", line: 3 });
  expect(result.early?.generators[0]?.locals).toEqual([{ name: "n", value: { kind: "prim", typeName: "int", repr: "3" } }]);
  expect(result.late?.generators[0]).toMatchObject({ lastYielded: "1" });
  expect(result.sameEarly).toBe(true);
  expect(result.event).toMatchObject({ kind: "yield", frame: 1 });
  expect(result.mapLength).toBe(8);
  expect(result.markedCells).toBeGreaterThanOrEqual(2);
  expect(result.output).toBe("3\n2\n1\n");
  expect(result.halfway).toBe("");
  expect(result.beyond).toBeFalsy();
});

test("a runaway program stops at its budget and continues when extended", async ({ page }) => {
  await openApi(page);
  const result = await page.evaluate(() => {
    const api = window.yieldscope;
    if (!api) throw new Error("the API page did not load the core");
    const session = new api.TraceSession("n = 0\nwhile True:\n    n += 1\n", "loop.py", 5_000, 0);
    const first = session.extend(1_000_000);
    session.extendBudget(5_000);
    const second = session.extend(1_000_000);
    const last = session.state(session.stepCount() - 1);
    session.free();
    return { first, second, end: last?.end };
  });
  expect(result.first).toMatchObject({ steps: 5_000, complete: true, end: "budget" });
  expect(result.second).toMatchObject({ steps: 10_000, complete: true, end: "budget" });
  expect(result.end?.reason).toBe("budget");
});

test("compile errors come back as structured values; run() runs like the CLI", async ({ page }) => {
  await openApi(page);
  const result = await page.evaluate(() => {
    const api = window.yieldscope;
    if (!api) throw new Error("the API page did not load the core");
    let failure: unknown = null;
    try {
      new api.TraceSession("x = 1\nif x:\nprint(x)\n", "bad.py", 0, 0);
    } catch (error) {
      failure = error;
    }
    const ran = api.run("def g():\n    yield 1\n    return 'done'\n\nprint(list(g()))\n", "ok.py", 0);
    const crashed = api.run("next(iter([]))\n", "crash.py", 0);
    return { failure, ran, crashed };
  });
  expect(result.failure).toMatchObject({ kind: "IndentationError", line: 3, message: "expected an indented block after 'if' statement on line 2" });
  expect((result.failure as { report: string }).report).toContain('File "bad.py", line 3');
  expect(result.ran).toEqual({ stdout: "[1]\n", stderr: "", exitCode: 0 });
  expect(result.crashed.exitCode).toBe(1);
  expect(result.crashed.stderr).toContain("StopIteration");
});

test("tracing throughput in this browser", async ({ page }, testInfo) => {
  await openApi(page);
  const runs = await page.evaluate(() => {
    const api = window.yieldscope;
    if (!api) throw new Error("the API page did not load the core");
    api.measure();
    return [api.measure(), api.measure(), api.measure()];
  });
  const best = Math.max(...runs.map((run) => run.stepsPerSecond));
  testInfo.annotations.push({ type: "tracing throughput", description: `${best.toLocaleString("en")} steps/s` });
  console.log(`tracing throughput (main thread, best of 3 × ${runs[0]?.steps.toLocaleString("en")} steps): ${best.toLocaleString("en")} steps/s`);
  expect(best).toBeGreaterThan(1_000_000);
});
