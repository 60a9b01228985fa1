// Drawing one step: every view is a function of the step's state (and the
// program's source), so any step can be drawn in any order.
import { drawArrows } from "./arrows";
import { drawConsole, type ConsoleParts } from "./console-view";
import { sourceLine, type StepContext } from "./context";
import { setText } from "./dom";
import type { LineMarks, SourceView } from "./source-view";
import { drawFrames } from "./frames-view";
import { drawGenerators } from "./generators-view";
import type { Layout } from "./layout";
import { drawMemory, type MemoryGauge } from "./memory-gauge";
import { narrate } from "./narration";
import { drawObjects } from "./objects-view";

export interface Views {
  layout: Layout;
  editor: SourceView;
  console: ConsoleParts;
  memory: MemoryGauge;
}

/** The running frame's line and every suspended generator's line. */
function lineMarks(context: StepContext): LineMarks {
  const { state } = context;
  const running = state.frames.find((frame) => frame.running) ?? [...state.frames].reverse().find((frame) => frame.kind === "python");
  const paused = state.generators.filter((generator) => generator.state === "SUSPENDED").map((generator) => generator.line);
  return { running: running && running.line > 0 ? running.span : null, paused };
}

export function renderStep(views: Views, context: StepContext, playing: boolean): void {
  const { state } = context;
  const { layout } = views;
  layout.root.dataset.step = String(state.step);
  layout.root.dataset.event = state.event.kind;
  drawFrames(layout.frames, layout.framesEmpty, context);
  drawGenerators(layout.generators, layout.generatorsEmpty, context);
  drawObjects(layout.objects, layout.objectsEmpty, context);
  drawConsole(views.console, state);
  drawMemory(views.memory, state.memory);
  setText(layout.narration, narrate(context));
  // While playing, a screen reader would hear a flood; paused, every step is read.
  layout.narration.setAttribute("aria-live", playing ? "off" : "polite");
  const line = state.event.line;
  const code = line > 0 ? sourceLine(context, line) : "";
  setText(layout.narrationCode, code ? `line ${line}   ${code}` : "");
  views.editor.showMarks(lineMarks(context));
  drawArrows(layout.arrows, layout.stageContent);
}
