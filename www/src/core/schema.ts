// The trace schema, exactly as the core declares it (docs/trace-schema.md).
// The declarations are generated from the Rust types by the wasm build, so
// the front end cannot drift from the core.
export type {
  Binding,
  CompileFailure,
  EndView,
  EventKind,
  EventView,
  FrameView,
  GeneratorState,
  GeneratorView,
  InFlight,
  IteratorView,
  LoopView,
  MemoryView,
  ObjectKind,
  ObjectView,
  SpanView,
  StepState,
  TraceProgress,
  ValueView,
  Via,
} from "../../pkg/yieldscope";

import type { EventView, FrameView, GeneratorView, StepState } from "../../pkg/yieldscope";

/** The schema version this front end draws. */
export const SCHEMA_VERSION = 1;

/**
 * One step as the player draws it: the core's self-contained state, plus
 * context from the trace around it.
 */
export interface StepView {
  state: StepState;
  /**
   * The `resume` a `yield` or `gen_return` answers: it tells whether the
   * value goes back to a `for` loop, `next()`, `send()` or `yield from`.
   */
  resumedBy: EventView | null;
  /** For a `return`: the callee's frame as it was the step before (it is gone now). */
  departedFrame: FrameView | null;
  /** For a `gen_return`: the finished generator as it was the step before, when it no longer exists. */
  departedGenerator: GeneratorView | null;
}
