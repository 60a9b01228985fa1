// The code editor (CodeMirror 6): Python highlighting, compile errors as
// diagnostics at their line and column, and line marks for the frame that
// is running and for every suspended generator.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Annotation, Compartment, EditorState, RangeSet, StateEffect, StateField, type Range } from "@codemirror/state";
import {
  Decoration,
  drawSelection,
  EditorView,
  gutter,
  GutterMarker,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  type DecorationSet,
} from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { CompileFailure } from "../core/schema";
import { NO_MARKS, type LineMarks, type SourceView, type SourceViewOptions } from "./source-view";

class LineMarker extends GutterMarker {
  constructor(private readonly kind: "running" | "paused") {
    super();
  }

  override eq(other: GutterMarker): boolean {
    return other instanceof LineMarker && other.kind === this.kind;
  }

  override toDOM(): Node {
    const marker = document.createElement("span");
    marker.className = `ys-gutter-mark ys-gutter-mark--${this.kind}`;
    marker.textContent = this.kind === "running" ? "▶" : "❚❚";
    marker.setAttribute("aria-hidden", "true");
    return marker;
  }
}

const RUNNING_MARKER = new LineMarker("running");
const PAUSED_MARKER = new LineMarker("paused");

interface Marked {
  decorations: DecorationSet;
  markers: RangeSet<GutterMarker>;
}

const setMarks = StateEffect.define<LineMarks>();
const programmatic = Annotation.define<boolean>();

function lineStart(state: EditorState, line: number): number | null {
  return line >= 1 && line <= state.doc.lines ? state.doc.line(line).from : null;
}

function position(state: EditorState, line: number, column: number): number | null {
  if (line < 1 || line > state.doc.lines) return null;
  const text = state.doc.line(line);
  return Math.min(text.from + column, text.to);
}

function buildMarks(state: EditorState, marks: LineMarks): Marked {
  const lines = new Map<number, Set<string>>();
  const addLine = (line: number, kind: string) => lines.set(line, (lines.get(line) ?? new Set()).add(kind));
  if (marks.running) addLine(marks.running.line, "running");
  for (const line of marks.paused) addLine(line, "paused");
  if (marks.error) addLine(marks.error, "error");
  const decorations: Range<Decoration>[] = [];
  const markers: Range<GutterMarker>[] = [];
  for (const [line, kinds] of [...lines].sort(([a], [b]) => a - b)) {
    const from = lineStart(state, line);
    if (from === null) continue;
    const classes = [...kinds].map((kind) => `ys-line-${kind}`).join(" ");
    decorations.push(Decoration.line({ class: classes }).range(from));
    // The lint gutter marks an error line already.
    if (!kinds.has("error")) markers.push((kinds.has("running") ? RUNNING_MARKER : PAUSED_MARKER).range(from));
  }
  const span = marks.running;
  if (span && span.line > 0) {
    const from = position(state, span.line, span.col);
    // A compound statement's span covers its whole body (a `def`, say): mark its first line only.
    const to = span.endLine > span.line ? position(state, span.line, Infinity) : position(state, span.endLine, span.endCol);
    if (from !== null && to !== null && to > from) decorations.push(Decoration.mark({ class: "ys-span-running" }).range(from, to));
  }
  return {
    decorations: Decoration.set(decorations, true),
    markers: RangeSet.of(markers, true),
  };
}

const marksField = StateField.define<Marked>({
  create: () => ({ decorations: Decoration.none, markers: RangeSet.of<GutterMarker>([]) }),
  update(marked, transaction) {
    let next: Marked = { decorations: marked.decorations.map(transaction.changes), markers: marked.markers.map(transaction.changes) };
    for (const effect of transaction.effects) {
      if (effect.is(setMarks)) next = buildMarks(transaction.state, effect.value);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field, (marked) => marked.decorations),
});

const highlighting = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: "var(--syntax-keyword)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--syntax-string)" },
  { tag: [tags.number, tags.bool, tags.null], color: "var(--syntax-number)" },
  { tag: tags.comment, color: "var(--syntax-comment)", fontStyle: "italic" },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: "var(--syntax-definition)" },
  { tag: [tags.function(tags.variableName), tags.standard(tags.variableName)], color: "var(--syntax-call)" },
  { tag: [tags.self, tags.className], color: "var(--syntax-class)" },
  { tag: [tags.operator, tags.punctuation], color: "var(--syntax-punctuation)" },
]);

const appearance = EditorView.theme({
  "&": { height: "100%", color: "var(--text)", backgroundColor: "var(--surface)" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.6" },
  ".cm-content": { caretColor: "var(--text)", padding: "10px 0" },
  ".cm-gutters": { backgroundColor: "var(--surface)", color: "var(--faint)", border: "none" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 6px 0 10px", minWidth: "2.2em" },
  ".cm-cursor": { borderLeftColor: "var(--text)", borderLeftWidth: "2px" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--selection)" },
});

function editability(readOnly: boolean) {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}

export class CodeEditor implements SourceView {
  readonly view: EditorView;
  private readonly editable = new Compartment();
  private shownLine = 0;
  private shownMarks = "";

  constructor(parent: HTMLElement, options: SourceViewOptions) {
    const runKeys = keymap.of([
      { key: "Mod-Enter", run: () => (options.onRun(), true) },
      { key: "Escape", run: () => (options.onLeave(), true) },
    ]);
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: options.source,
        extensions: [
          lineNumbers(),
          gutter({ class: "ys-gutter", markers: (view) => view.state.field(marksField).markers }),
          lintGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          python(),
          syntaxHighlighting(highlighting),
          marksField,
          appearance,
          runKeys,
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorState.tabSize.of(4),
          EditorView.lineWrapping,
          this.editable.of(editability(options.readOnly)),
          // An explicit tab stop tells checkers the scrolling editor is reachable by keyboard.
          EditorView.contentAttributes.of({ "aria-label": options.label, tabindex: "0" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(programmatic))) {
              options.onChange(update.state.doc.toString());
            }
          }),
        ],
      }),
    });
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  setSource(source: string): void {
    this.shownLine = 0;
    this.shownMarks = "";
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: source },
      effects: setMarks.of(NO_MARKS),
      annotations: programmatic.of(true),
    });
  }

  showMarks(marks: LineMarks): void {
    const key = JSON.stringify(marks);
    if (key === this.shownMarks) return;
    this.shownMarks = key;
    const line = marks.running?.line ?? 0;
    const from = line > 0 ? lineStart(this.view.state, line) : null;
    const scroll = from !== null && line !== this.shownLine ? [EditorView.scrollIntoView(from, { y: "nearest", yMargin: 48 })] : [];
    this.shownLine = line;
    this.view.dispatch({ effects: [setMarks.of(marks), ...scroll] });
  }

  showFailure(failure: CompileFailure | null): void {
    const diagnostics: Diagnostic[] = [];
    if (failure) {
      const state = this.view.state;
      let from = position(state, failure.line, failure.col) ?? 0;
      let to = position(state, failure.endLine, failure.endCol) ?? from;
      if (to <= from) {
        // A point (the end of a line, say): underline the character beside it.
        const line = state.doc.lineAt(from);
        if (from < line.to) to = from + 1;
        else from = Math.max(line.from, from - 1);
      }
      diagnostics.push({ from, to, severity: "error", source: failure.kind, message: `${failure.kind}: ${failure.message}` });
    }
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
    this.showMarks({ running: null, paused: [], ...(failure ? { error: failure.line } : {}) });
  }

  revealRunning(): void {
    const from = this.shownLine > 0 ? lineStart(this.view.state, this.shownLine) : null;
    if (from !== null) this.view.dispatch({ effects: EditorView.scrollIntoView(from, { y: "center" }) });
  }

  setReadOnly(readOnly: boolean): void {
    this.view.dispatch({ effects: this.editable.reconfigure(editability(readOnly)) });
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}

export function createCodeEditor(parent: HTMLElement, options: SourceViewOptions): SourceView {
  return new CodeEditor(parent, options);
}
