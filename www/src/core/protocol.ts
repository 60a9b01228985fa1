// Messages between the page and the worker hosting the core. Every request
// carries an id and gets exactly one reply; progress reports flow
// unrequested while a trace is being extended.
import type { CompileFailure, EventKind, StepView, TraceProgress } from "./schema";

export type Request =
  | { kind: "open"; source: string; filename: string; budget: number }
  | { kind: "close"; session: number }
  | { kind: "state"; session: number; step: number }
  | { kind: "seek"; session: number; from: number; forward: boolean; includeImplicit: boolean; kinds: EventKind[] | null }
  | { kind: "kindMap"; session: number; buckets: number }
  | { kind: "extendBudget"; session: number; steps: number };

export type Opened =
  | { ok: true; session: number; progress: TraceProgress; eventKinds: EventKind[] }
  | { ok: false; failure: CompileFailure };

/** What each request kind answers with. */
export interface Replies {
  open: Opened;
  close: null;
  state: StepView | null;
  /** The nearest step after (or before) `from` of the given kinds, with its state. */
  seek: StepView | null;
  kindMap: Uint16Array;
  extendBudget: null;
}

export type RequestKind = Request["kind"];
export type RequestOf<K extends RequestKind> = Extract<Request, { kind: K }>;

export interface RequestMessage {
  id: number;
  request: Request;
}

/**
 * The page's first message: where the WebAssembly core is. The page's code
 * names it, not the worker's, so a bundler that copies this package's
 * files into another app finds the core and moves it with them.
 */
export interface StartMessage {
  wasm: string;
}

export type WorkerMessage =
  | { type: "ready"; schema: number }
  | { type: "reply"; id: number; ok: true; value: Replies[RequestKind] }
  | { type: "reply"; id: number; ok: false; message: string }
  | { type: "progress"; session: number; progress: TraceProgress };
