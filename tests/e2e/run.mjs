// Runs the browser tests (Playwright, headless Chromium) and prints one
// summary line from the JSON report: `e2e: N passed, M failed`. Arguments
// are passed to `playwright test` (a file or `-g pattern` to run fewer;
// `--project=measure` for the timing measurements).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const report = join(root, "test-results", "e2e-report.json");
rmSync(report, { force: true });

const given = process.argv.slice(2);
// The suite, unless another project (the timing measurements) is named.
const project = given.some((argument) => argument.startsWith("--project")) ? [] : ["--project=suite"];
const run = spawnSync("npx", ["playwright", "test", ...project, ...given], { cwd: root, stdio: "inherit" });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed = stats.unexpected ?? 0;
}
// A run that broke before reporting (the server did not start, say) is a failure too.
if (failed === 0 && (run.status !== 0 || passed === 0)) failed = 1;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
