// The program's output up to the current step (nothing printed later shows
// yet), then how the run ended: a traceback, the step budget, or a compile
// error before anything ran.
import type { CompileFailure, StepState } from "../core/schema";
import { element, setText } from "./dom";

export interface ConsoleParts {
  text: HTMLElement;
  earlier: HTMLElement;
  fresh: HTMLElement;
  ending: HTMLElement;
}

export function createConsole(text: HTMLElement): ConsoleParts {
  const earlier = element("span", "ys-console-earlier");
  const fresh = element("span", "ys-console-fresh");
  const ending = element("span", "ys-console-ending");
  text.replaceChildren(earlier, fresh, ending);
  return { text, earlier, fresh, ending };
}

function endingText(state: StepState): string {
  const end = state.end;
  if (!end) return "";
  switch (end.reason) {
    case "finished":
      return "";
    case "error":
      return end.traceback ?? end.error ?? "";
    case "budget":
      return `Stopped after ${(state.step + 1).toLocaleString("en")} steps: the step budget ran out.\n`;
  }
}

export function drawConsole(parts: ConsoleParts, state: StepState): void {
  const freshText = state.event.kind === "output" ? (state.event.text ?? "") : "";
  const split = state.output.endsWith(freshText) ? state.output.length - freshText.length : state.output.length;
  const prefix = state.outputTruncated ? "…" : "";
  const before = parts.text.textContent;
  setText(parts.earlier, prefix + state.output.slice(0, split));
  setText(parts.fresh, state.output.slice(split));
  setText(parts.ending, endingText(state));
  parts.ending.dataset.reason = state.end?.reason ?? "";
  parts.text.classList.toggle("is-empty", parts.text.textContent === "");
  if (parts.text.textContent !== before) parts.text.scrollTop = parts.text.scrollHeight;
}

export function drawCompileFailure(parts: ConsoleParts, failure: CompileFailure): void {
  setText(parts.earlier, "");
  setText(parts.fresh, "");
  setText(parts.ending, failure.report);
  parts.ending.dataset.reason = "error";
  parts.text.classList.remove("is-empty");
}
