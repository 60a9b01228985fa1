// The page's side of the worker: typed, promise-based calls into the core.
// An engine (one worker, one WebAssembly instance) serves any number of
// players: the worker traces their programs in turns of about 20 ms, so a
// runaway program in one player delays another's steps by at most that.
import type { Opening, TraceHandle, TraceHost } from "./host";
import type { Replies, RequestKind, RequestMessage, RequestOf, StartMessage, WorkerMessage } from "./protocol";
import { SCHEMA_VERSION, type EventKind, type StepView, type TraceProgress } from "./schema";
import wasmUrl from "../../pkg/yieldscope_bg.wasm?url";
import workerUrl from "./worker.ts?worker&url";

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the worker next to this module. A page on another origin (the
 * component served from a CDN) may not start a worker from there directly,
 * so a same-origin blob imports it instead (the host's CSP must then allow
 * `worker-src blob:`).
 */
function startWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  const options: WorkerOptions = { type: "module", name: "yieldscope-core" };
  if (url.origin === self.location.origin) return new Worker(url, options);
  const shim = new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" });
  return new Worker(URL.createObjectURL(shim), options);
}

export class Engine implements TraceHost {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly traces = new Map<number, Trace>();
  private readonly ready: Promise<void>;
  private nextId = 1;

  constructor() {
    this.worker = startWorker();
    const start: StartMessage = { wasm: new URL(wasmUrl, import.meta.url).href };
    this.worker.postMessage(start);
    let markReady: () => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      fail = reject;
    });
    this.worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "ready") {
        if (message.schema === SCHEMA_VERSION) markReady();
        else fail(new Error(`the core speaks trace schema ${message.schema}, this page draws ${SCHEMA_VERSION}`));
      } else if (message.type === "progress") {
        this.traces.get(message.session)?.report(message.progress);
      } else {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!waiting) return;
        if (message.ok) waiting.resolve(message.value as never);
        else waiting.reject(new Error(message.message));
      }
    });
    this.worker.addEventListener("error", (event) => {
      fail(new Error(event.message || "the core failed to load"));
      for (const waiting of this.pending.values()) waiting.reject(new Error("the core stopped"));
      this.pending.clear();
    });
  }

  /** Resolves once the WebAssembly core is loaded. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  call<K extends RequestKind>(request: RequestOf<K>): Promise<Replies[K]> {
    const id = this.nextId++;
    const message: RequestMessage = { id, request };
    return new Promise<Replies[K]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  /** Compiles `source` and starts tracing it; the trace grows in the background. */
  async open(source: string, filename: string, budget: number): Promise<Opening> {
    const opened = await this.call({ kind: "open", source, filename, budget });
    if (!opened.ok) return opened;
    const trace = new Trace(this, opened.session, opened.progress, opened.eventKinds);
    this.traces.set(opened.session, trace);
    return { ok: true, trace };
  }

  forget(session: number): void {
    this.traces.delete(session);
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error("the core was stopped"));
    this.pending.clear();
    this.traces.clear();
  }
}

/** One traced run of a program: time travel over its steps. */
export class Trace implements TraceHandle {
  private listeners = new Set<(progress: TraceProgress) => void>();
  private closed = false;

  constructor(
    private readonly engine: Engine,
    readonly session: number,
    public progress: TraceProgress,
    /** Event kinds in the bit order of `kindMap`. */
    readonly eventKinds: EventKind[],
  ) {}

  get stepCount(): number {
    return this.progress.steps;
  }

  onProgress(listener: (progress: TraceProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(progress: TraceProgress): void {
    this.progress = progress;
    for (const listener of this.listeners) listener(progress);
  }

  state(step: number): Promise<StepView | null> {
    return this.engine.call({ kind: "state", session: this.session, step });
  }

  /** One round trip per step while playing. */
  seek(from: number, forward: boolean, includeImplicit: boolean, kinds: EventKind[] | null = null): Promise<StepView | null> {
    return this.engine.call({ kind: "seek", session: this.session, from, forward, includeImplicit, kinds });
  }

  kindMap(buckets: number): Promise<Uint16Array> {
    return this.engine.call({ kind: "kindMap", session: this.session, buckets });
  }

  extendBudget(steps: number): Promise<null> {
    return this.engine.call({ kind: "extendBudget", session: this.session, steps });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    this.engine.forget(this.session);
    void this.engine.call({ kind: "close", session: this.session });
  }
}
