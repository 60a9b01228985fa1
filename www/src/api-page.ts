// A page with the WebAssembly core loaded directly (no worker): browser
// tests call the API through `window.yieldscope`, and anyone can measure
// tracing speed on their own machine.
import init, { eventKinds, run, schemaVersion, TraceSession } from "../pkg/yieldscope.js";
import wasmUrl from "../pkg/yieldscope_bg.wasm?url";
import "./app/api-page.css";

const LOOP = "total = 0\nfor i in range(100_000_000):\n    total += i\n";
const STEPS = 3_000_000;

interface Throughput {
  steps: number;
  milliseconds: number;
  stepsPerSecond: number;
}

function measure(): Throughput {
  const trace = new TraceSession(LOOP, "loop.py", STEPS, 0);
  const started = performance.now();
  trace.extend(STEPS);
  const milliseconds = performance.now() - started;
  const steps = trace.stepCount();
  trace.free();
  return { steps, milliseconds, stepsPerSecond: Math.round((steps * 1000) / milliseconds) };
}

const api = { TraceSession, run, eventKinds, schemaVersion, measure };

declare global {
  interface Window {
    yieldscope?: typeof api;
  }
}

const report = document.querySelector<HTMLElement>("#report");
const button = document.querySelector<HTMLButtonElement>("#measure");

void init({ module_or_path: wasmUrl }).then(() => {
  window.yieldscope = api;
  document.body.dataset.ready = "true";
  if (report) report.textContent = `Core loaded: trace schema ${schemaVersion()}, ${eventKinds().length} event kinds.`;
  if (button) {
    button.disabled = false;
    button.addEventListener("click", () => {
      const result = measure();
      if (report) {
        report.textContent = `${result.steps.toLocaleString("en")} steps in ${result.milliseconds.toFixed(0)} ms: ${result.stepsPerSecond.toLocaleString("en")} steps/s`;
      }
    });
  }
});
