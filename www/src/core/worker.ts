// Hosts the WebAssembly core off the main thread. A program is traced in
// bounded chunks, yielding to the message queue between them, so a runaway
// loop keeps answering state requests and the page never waits on it.
import init, { TraceSession, eventKinds, schemaVersion } from "../../pkg/yieldscope.js";
import type { Opened, Replies, Request, RequestMessage, StartMessage, WorkerMessage } from "./protocol";
import type { CompileFailure, EventKind, StepView, TraceProgress } from "./schema";
import { stepView } from "./step-view";

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<RequestMessage | StartMessage>) => void): void;
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

const scope = self as unknown as WorkerScope;
/** Settles once the core is loaded; the page's first message says where it is. */
let markStarted: (wasm: string) => void = () => undefined;
const ready = new Promise<string>((resolve) => (markStarted = resolve))
  .then((wasm) => init({ module_or_path: wasm }))
  .then(() => {
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

function stepViewOf(id: number, step: number): StepView | null {
  const { trace } = session(id);
  return stepView(
    {
      state: (at) => trace.state(at) ?? null,
      event: (at) => trace.event(at) ?? null,
      resumeBefore: (from) => trace.find(["resume"], from, false, true),
    },
    step,
  );
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
      return stepViewOf(request.session, request.step);
    case "seek": {
      const kinds = request.kinds ?? allKinds;
      const found = session(request.session).trace.find(kinds, request.from, request.forward, request.includeImplicit);
      return found === undefined ? null : stepViewOf(request.session, found);
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
  if ("wasm" in event.data) {
    markStarted(event.data.wasm);
    return;
  }
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
