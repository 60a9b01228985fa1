// Hosts the WebAssembly core off the main thread. A program is traced in
// bounded chunks, yielding to the message queue between them, so a runaway
// loop keeps answering state requests and the page never waits on it.
import init, { TraceSession, eventKinds, schemaVersion } from "../../pkg/yieldscope.js";
import wasmUrl from "../../pkg/yieldscope_bg.wasm?url";
import type { Opened, Replies, Request, RequestMessage, WorkerMessage } from "./protocol";
import type { CompileFailure, EventKind, EventView, StepView, TraceProgress } from "./schema";

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<RequestMessage>) => void): void;
}

interface Session {
  trace: TraceSession;
  progress: TraceProgress;
  /** Steps per chunk, tuned so that one chunk takes about CHUNK_MILLISECONDS. */
  chunk: number;
  pumping: boolean;
}

const CHUNK_MILLISECONDS = 20;
const FIRST_CHUNK = 5_000;
/** How far back to look for the resume a yield answers. */
const RESUME_SEARCH_LIMIT = 10_000;

const scope = self as unknown as WorkerScope;
const ready = init({ module_or_path: wasmUrl }).then(() => {
  scope.postMessage({ type: "ready", schema: schemaVersion() });
});
const sessions = new Map<number, Session>();
let nextSession = 1;
let allKinds: EventKind[] = [];

// A message posted to ourselves runs after anything already queued, unlike
// setTimeout, which browsers clamp to 4 ms when nested.
const { port1: wake, port2: waker } = new MessageChannel();
const pumpQueue: number[] = [];
wake.onmessage = () => {
  const id = pumpQueue.shift();
  if (id !== undefined) pump(id);
};

function schedulePump(id: number): void {
  pumpQueue.push(id);
  waker.postMessage(null);
}

function pump(id: number): void {
  const session = sessions.get(id);
  if (!session || session.progress.complete) {
    if (session) session.pumping = false;
    return;
  }
  const started = performance.now();
  session.progress = session.trace.extend(session.chunk);
  const elapsed = Math.max(performance.now() - started, 1);
  session.chunk = Math.round(Math.min(Math.max((session.chunk * CHUNK_MILLISECONDS) / elapsed, 100), 400_000));
  scope.postMessage({ type: "progress", session: id, progress: session.progress });
  if (session.progress.complete) {
    session.pumping = false;
  } else {
    schedulePump(id);
  }
}

function startPumping(id: number, session: Session): void {
  if (session.pumping || session.progress.complete) return;
  session.pumping = true;
  schedulePump(id);
}

function isCompileFailure(error: unknown): error is CompileFailure {
  return typeof error === "object" && error !== null && "report" in error && "line" in error;
}

function open(source: string, filename: string, budget: number): Opened {
  let trace: TraceSession;
  try {
    trace = new TraceSession(source, filename, budget, 0);
  } catch (error) {
    if (isCompileFailure(error)) return { ok: false, failure: error };
    throw error;
  }
  const id = nextSession++;
  const progress = trace.extend(FIRST_CHUNK);
  const session: Session = { trace, progress, chunk: FIRST_CHUNK * 4, pumping: false };
  sessions.set(id, session);
  startPumping(id, session);
  return { ok: true, session: id, progress, eventKinds: allKinds };
}

function session(id: number): Session {
  const found = sessions.get(id);
  if (!found) throw new Error(`no trace session ${id}`);
  return found;
}

/** The `resume` a yield or return answers: the latest resume of the same generator. */
function resumedBy(trace: TraceSession, event: EventView): EventView | null {
  if ((event.kind !== "yield" && event.kind !== "gen_return") || event.generator === undefined) return null;
  let from = event.index;
  for (let hop = 0; hop < RESUME_SEARCH_LIMIT; hop++) {
    const found = trace.find(["resume"], from, false, true);
    if (found === undefined) return null;
    const resume = trace.event(found);
    if (resume?.generator === event.generator) return resume;
    from = found;
  }
  return null;
}

function stepView(id: number, step: number): StepView | null {
  const { trace } = session(id);
  const state = trace.state(step);
  if (!state) return null;
  const { event } = state;
  const view: StepView = { state, resumedBy: resumedBy(trace, event), departedFrame: null, departedGenerator: null };
  // A call or generator that ends at this step is gone from its own state;
  // the step before still shows it, so narration can name it and its card
  // can leave gracefully.
  const present = (frame: number) =>
    frame === 0 || state.frames.some((shown) => shown.id === frame) || state.generators.some((generator) => generator.frame === frame);
  const missingFrame = [event.frame, event.from].find((frame) => frame !== undefined && !present(frame));
  const missingGenerator =
    event.kind === "gen_return" && event.generator !== undefined && !state.generators.some((generator) => generator.id === event.generator);
  if ((missingFrame !== undefined || missingGenerator) && step > 0) {
    const before = trace.state(step - 1);
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

function answer(request: Request): Replies[Request["kind"]] {
  switch (request.kind) {
    case "open":
      return open(request.source, request.filename, request.budget);
    case "close": {
      sessions.get(request.session)?.trace.free();
      sessions.delete(request.session);
      return null;
    }
    case "state":
      return stepView(request.session, request.step);
    case "seek": {
      const kinds = request.kinds ?? allKinds;
      const found = session(request.session).trace.find(kinds, request.from, request.forward, request.includeImplicit);
      return found === undefined ? null : stepView(request.session, found);
    }
    case "kindMap":
      return session(request.session).trace.kindMap(request.buckets);
    case "extendBudget": {
      const target = session(request.session);
      target.trace.extendBudget(request.steps);
      target.progress = target.trace.progress();
      startPumping(request.session, target);
      return null;
    }
  }
}

scope.addEventListener("message", (event) => {
  const { id, request } = event.data;
  void ready.then(() => {
    if (allKinds.length === 0) allKinds = eventKinds() as EventKind[];
    try {
      scope.postMessage({ type: "reply", id, ok: true, value: answer(request) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: "reply", id, ok: false, message });
    }
  });
});
