// What a player needs from whatever runs its programs: the worker-hosted
// core (`Engine`), or a trace recorded earlier and shipped with a page
// (`RecordedHost`, for exported files that open without the core).
import type { CompileFailure, EventKind, StepView, TraceProgress } from "./schema";

/** One traced run of a program: time travel over its steps. */
export interface TraceHandle {
  readonly progress: TraceProgress;
  readonly stepCount: number;
  /** Event kinds in the bit order of `kindMap`. */
  readonly eventKinds: EventKind[];
  onProgress(listener: (progress: TraceProgress) => void): () => void;
  state(step: number): Promise<StepView | null>;
  /**
   * The nearest step after (or before) `from` whose kind is in `kinds` (any
   * kind when null), with its state.
   */
  seek(from: number, forward: boolean, includeImplicit: boolean, kinds?: EventKind[] | null): Promise<StepView | null>;
  kindMap(buckets: number): Promise<Uint16Array>;
  extendBudget(steps: number): Promise<null>;
  close(): void;
}

export type Opening = { ok: true; trace: TraceHandle } | { ok: false; failure: CompileFailure };

export interface TraceHost {
  /** Resolves once programs can be opened. */
  whenReady(): Promise<void>;
  /** Compiles `source` and starts tracing it; the trace may grow in the background. */
  open(source: string, filename: string, budget: number): Promise<Opening>;
}
