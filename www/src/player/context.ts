// Lookups every view needs, computed once per step from the step's state.
import type { Binding, EventView, FrameView, GeneratorView, ObjectView, StepState, StepView } from "../core/schema";
import { withLoops } from "./bindings";

export interface StepContext {
  state: StepState;
  resumedBy: EventView | null;
  departedFrame: FrameView | null;
  departedGenerator: GeneratorView | null;
  objects: ReadonlyMap<number, ObjectView>;
  generators: ReadonlyMap<number, GeneratorView>;
  frames: ReadonlyMap<number, FrameView>;
  /** A generator by the id of its frame (a generator keeps its frame id). */
  generatorOfFrame: ReadonlyMap<number, GeneratorView>;
  /** Names bound to each object (by id), as `name` or `frame.name`. */
  namesOf: ReadonlyMap<number, string[]>;
  sourceLines: readonly string[];
}

export function stepContext(view: StepView, sourceLines: readonly string[]): StepContext {
  const { state } = view;
  const objects = new Map(state.objects.map((object) => [object.id, object]));
  const generators = new Map(state.generators.map((generator) => [generator.id, generator]));
  const frames = new Map(state.frames.map((frame) => [frame.id, frame]));
  const generatorOfFrame = new Map<number, GeneratorView>();
  for (const generator of state.generators) {
    if (generator.frame !== undefined) generatorOfFrame.set(generator.frame, generator);
  }
  const namesOf = new Map<number, string[]>();
  for (const frame of state.frames) {
    for (const binding of frame.locals) {
      if (binding.value.kind !== "ref" || binding.name.startsWith(".")) continue;
      const names = namesOf.get(binding.value.id) ?? [];
      if (!names.includes(binding.name)) names.push(binding.name);
      namesOf.set(binding.value.id, names);
    }
  }
  if (view.departedGenerator?.frame !== undefined) generatorOfFrame.set(view.departedGenerator.frame, view.departedGenerator);
  return {
    state,
    resumedBy: view.resumedBy,
    departedFrame: view.departedFrame,
    departedGenerator: view.departedGenerator,
    objects,
    generators,
    frames,
    generatorOfFrame,
    namesOf,
    sourceLines,
  };
}

/** The source text of a line (1-based), trimmed. */
export function sourceLine(context: StepContext, line: number): string {
  return (context.sourceLines[line - 1] ?? "").trim();
}

/** Locals of a generator: from its frame while it runs, from the card otherwise. */
/** A generator's locals, then the iterators of the loops it is inside. */
export function generatorLocals(context: StepContext, generator: GeneratorView): Binding[] {
  const frame = generator.state === "RUNNING" && generator.frame !== undefined ? context.frames.get(generator.frame) : undefined;
  const shown = frame ?? generator;
  return withLoops(shown.locals, shown.loops);
}
