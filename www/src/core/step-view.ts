// A step as the player draws it, from any source of recorded states: the
// worker's live trace session or a trace shipped inside an exported file.
// The context added to the core's state (which resume a yield answers, what
// a departing frame looked like) is read off the neighbouring steps.
import type { EventView, StepState, StepView } from "./schema";

export interface StepSource {
  state(step: number): StepState | null;
  event(step: number): EventView | null;
  /** The index of the nearest `resume` event before `from`, if any. */
  resumeBefore(from: number): number | undefined;
}

/** How far back to look for the resume a yield answers. */
const RESUME_SEARCH_LIMIT = 10_000;

/** The `resume` a yield or return answers: the latest resume of the same generator. */
function resumedBy(source: StepSource, event: EventView): EventView | null {
  if ((event.kind !== "yield" && event.kind !== "gen_return") || event.generator === undefined) return null;
  let from = event.index;
  for (let hop = 0; hop < RESUME_SEARCH_LIMIT; hop++) {
    const found = source.resumeBefore(from);
    if (found === undefined) return null;
    const resume = source.event(found);
    if (resume?.generator === event.generator) return resume;
    from = found;
  }
  return null;
}

export function stepView(source: StepSource, step: number): StepView | null {
  const state = source.state(step);
  if (!state) return null;
  const { event } = state;
  const view: StepView = { state, resumedBy: resumedBy(source, event), departedFrame: null, departedGenerator: null };
  // A call or generator that ends at this step is gone from its own state;
  // the step before still shows it, so narration can name it and its card
  // can leave gracefully.
  const present = (frame: number) =>
    frame === 0 || state.frames.some((shown) => shown.id === frame) || state.generators.some((generator) => generator.frame === frame);
  const missingFrame = [event.frame, event.from].find((frame) => frame !== undefined && !present(frame));
  const missingGenerator =
    event.kind === "gen_return" && event.generator !== undefined && !state.generators.some((generator) => generator.id === event.generator);
  if ((missingFrame !== undefined || missingGenerator) && step > 0) {
    const before = source.state(step - 1);
    if (before) {
      view.departedFrame = before.frames.find((frame) => frame.id === missingFrame) ?? null;
      const departed = before.generators.find(
        (generator) => (missingGenerator && generator.id === event.generator) || (missingFrame !== undefined && generator.frame === missingFrame),
      );
      // A closed generator that is still referenced keeps its own card.
      view.departedGenerator = departed && !state.generators.some((generator) => generator.id === departed.id) ? departed : null;
    }
  }
  return view;
}
