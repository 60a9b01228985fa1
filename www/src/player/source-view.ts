// What the player asks of the view that shows the program: the CodeMirror
// editor in the app and the component, or a plain read-only listing in
// exported files (which must stay small and work without the editor).
import type { CompileFailure, SpanView } from "../core/schema";

export interface LineMarks {
  /** The line (and exact span) the running frame is at. */
  running: SpanView | null;
  /** Lines where suspended generators are paused. */
  paused: number[];
  /** The line a compile error is on. */
  error?: number;
}

export const NO_MARKS: LineMarks = { running: null, paused: [] };

export interface SourceViewOptions {
  source: string;
  readOnly: boolean;
  label: string;
  onChange: (source: string) => void;
  onRun: () => void;
  onLeave: () => void;
}

export interface SourceView {
  readonly source: string;
  setSource(source: string): void;
  showMarks(marks: LineMarks): void;
  showFailure(failure: CompileFailure | null): void;
  setReadOnly(readOnly: boolean): void;
  /** Scrolls the running line into view (after the type size changed, say). */
  revealRunning(): void;
  focus(): void;
  destroy(): void;
}

export type SourceViewFactory = (parent: HTMLElement, options: SourceViewOptions) => SourceView;
