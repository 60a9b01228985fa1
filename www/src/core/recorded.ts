// A trace recorded earlier, as an exported file carries it (the states
// `yieldscope trace --json` prints, one per step), played back without the
// core: the viewer of exported traces runs the same player on it.
import type { Opening, TraceHandle, TraceHost } from "./host";
import type { EventKind, EventView, StepState, StepView, TraceProgress } from "./schema";
import { stepView, type StepSource } from "./step-view";

/** What an exported file holds. */
export interface Recording {
  schema: number;
  filename: string;
  source: string;
  /** Event kinds in the bit order of kind maps. */
  eventKinds: EventKind[];
  steps: StepState[];
}

export function isRecording(value: unknown): value is Recording {
  if (typeof value !== "object" || value === null) return false;
  const { source, steps, eventKinds } = value as Record<string, unknown>;
  return typeof source === "string" && Array.isArray(steps) && Array.isArray(eventKinds);
}

class RecordedTrace implements TraceHandle {
  readonly progress: TraceProgress;
  private readonly source: StepSource;

  constructor(private readonly recording: Recording) {
    const end = recording.steps.at(-1)?.end;
    this.progress = { steps: recording.steps.length, complete: true, end: end?.reason, error: end?.error, traceback: end?.traceback };
    const { steps } = recording;
    this.source = {
      state: (step) => steps[step] ?? null,
      event: (step) => steps[step]?.event ?? null,
      resumeBefore: (from) => {
        for (let step = Math.min(from, steps.length) - 1; step >= 0; step--) if (steps[step]?.event.kind === "resume") return step;
        return undefined;
      },
    };
  }

  get stepCount(): number {
    return this.recording.steps.length;
  }

  get eventKinds(): EventKind[] {
    return this.recording.eventKinds;
  }

  onProgress(): () => void {
    // A recording is complete: it never grows.
    return () => undefined;
  }

  state(step: number): Promise<StepView | null> {
    return Promise.resolve(stepView(this.source, step));
  }

  private event(step: number): EventView | null {
    return this.source.event(step);
  }

  seek(from: number, forward: boolean, includeImplicit: boolean, kinds: EventKind[] | null = null): Promise<StepView | null> {
    const matches = (event: EventView | null) =>
      event !== null && (kinds === null || kinds.includes(event.kind)) && (includeImplicit || !event.implicit);
    if (forward) {
      for (let step = from + 1; step < this.stepCount; step++) if (matches(this.event(step))) return this.state(step);
    } else {
      for (let step = Math.min(from, this.stepCount) - 1; step >= 0; step--) if (matches(this.event(step))) return this.state(step);
    }
    return Promise.resolve(null);
  }

  /** Which event kinds occur in each of `buckets` timeline cells, as the core computes it. */
  kindMap(buckets: number): Promise<Uint16Array> {
    const cells = Math.max(buckets, 1);
    const map = new Uint16Array(cells);
    const total = Math.max(this.stepCount, 1);
    this.recording.steps.forEach((state, index) => {
      const bit = Math.max(this.recording.eventKinds.indexOf(state.event.kind), 0);
      const cell = Math.floor((index * cells) / total);
      map[cell] = (map[cell] ?? 0) | (1 << bit);
    });
    return Promise.resolve(map);
  }

  extendBudget(): Promise<null> {
    return Promise.resolve(null);
  }

  close(): void {
    // Nothing to release.
  }
}

/** Serves one recording: whatever program a player opens, this is its trace. */
export class RecordedHost implements TraceHost {
  constructor(private readonly recording: Recording) {}

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  open(): Promise<Opening> {
    return Promise.resolve({ ok: true, trace: new RecordedTrace(this.recording) });
  }
}
