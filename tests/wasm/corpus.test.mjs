// The CPython differential corpus, run through the WebAssembly build in
// Node: the browser must behave exactly like the native CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { initSync, run, TraceSession, eventKinds } from "../../www/pkg/yieldscope.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
initSync({ module: readFileSync(join(root, "www/pkg/yieldscope_bg.wasm")) });

function programs(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      found.push(...programs(path));
    } else if (name.endsWith(".py") && existsSync(path.replace(/\.py$/, ".expected.json"))) {
      found.push(path);
    }
  }
  return found;
}

const lastLine = (text) => text.split("\n").filter((line) => line.trim()).pop() ?? "";

for (const path of programs(join(root, "tests/corpus"))) {
  const name = path.slice(join(root, "tests/corpus").length + 1);
  test(`corpus ${name}`, () => {
    const expected = JSON.parse(readFileSync(path.replace(/\.py$/, ".expected.json"), "utf8"));
    const result = run(readFileSync(path, "utf8"), basename(path), 200_000_000);
    assert.equal(result.stdout, expected.stdout);
    assert.equal(result.exitCode, expected.exit_code);
    if (expected.exit_code !== 0) {
      assert.equal(lastLine(result.stderr), expected.stderr_last_line);
    }
  });
}

test("a trace session steps through a generator and seeks back", () => {
  const source = readFileSync(join(root, "tests/corpus/gallery/countdown_next.py"), "utf8");
  const session = new TraceSession(source, "countdown_next.py", 0, 3);
  const progress = session.extend(1_000_000);
  assert.equal(progress.end, "finished");
  const count = session.stepCount();
  const firstYield = session.find(["yield"], 0, true, false);
  assert.ok(firstYield !== undefined);
  const late = session.state(count - 1);
  const early = session.state(firstYield);
  assert.equal(early.event.kind, "yield");
  assert.equal(early.generators[0].state, "SUSPENDED");
  assert.equal(early.generators[0].lastYielded, "3");
  assert.equal(late.end.reason, "finished");
  assert.deepEqual(session.state(firstYield), early);
  assert.equal(session.state(count), null);
  assert.equal(session.event(count), null);
  assert.equal(eventKinds().length, 12);
  session.free();
});

test("a syntax error comes back as a structured value", () => {
  assert.throws(
    () => new TraceSession("def f(:\n    pass\n", "bad.py", 0, 0),
    (error) => error.kind === "SyntaxError" && error.line === 1 && error.message === "invalid syntax",
  );
});
