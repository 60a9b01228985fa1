// A read-only view of the program without the editor: numbered lines as
// text, with the running line, the paused generators' lines and an error
// line marked as the editor marks them. Exported files use it, so they
// stay small and need nothing but the page.
import type { CompileFailure } from "../core/schema";
import { element } from "./dom";
import type { LineMarks, SourceView, SourceViewOptions } from "./source-view";

const GLYPHS: Record<string, string> = { running: "▶", paused: "❚❚" };

export function createCodeListing(parent: HTMLElement, options: SourceViewOptions): SourceView {
  const listing = element("ol", "ys-listing");
  listing.setAttribute("aria-label", options.label);
  listing.tabIndex = 0;
  parent.append(listing);
  let source = "";
  let marked: HTMLElement[] = [];

  const lineAt = (line: number) => listing.children[line - 1] as HTMLElement | undefined;

  const view: SourceView = {
    get source() {
      return source;
    },
    setSource(text) {
      source = text;
      marked = [];
      const lines = text.replace(/\n$/, "").split("\n");
      listing.replaceChildren(
        ...lines.map((line, index) => {
          const item = element("li", "ys-listing-line");
          item.append(element("span", "ys-listing-number", String(index + 1)), element("span", "ys-listing-mark"), element("code", "ys-listing-code", line));
          return item;
        }),
      );
    },
    showMarks(marks: LineMarks) {
      for (const line of marked) {
        line.classList.remove("ys-line-running", "ys-line-paused", "ys-line-error");
        (line.children[1] as HTMLElement).textContent = "";
      }
      marked = [];
      const mark = (number: number, kind: string) => {
        const line = lineAt(number);
        if (!line) return;
        line.classList.add(`ys-line-${kind}`);
        const glyph = line.children[1] as HTMLElement;
        if (!glyph.textContent) glyph.textContent = GLYPHS[kind] ?? "";
        marked.push(line);
      };
      if (marks.running) mark(marks.running.line, "running");
      for (const line of marks.paused) mark(line, "paused");
      if (marks.error) mark(marks.error, "error");
      if (marks.running) lineAt(marks.running.line)?.scrollIntoView({ block: "nearest" });
    },
    showFailure(failure: CompileFailure | null) {
      view.showMarks({ running: null, paused: [], ...(failure ? { error: failure.line } : {}) });
    },
    setReadOnly() {
      // Always read-only.
    },
    revealRunning() {
      listing.querySelector(".ys-line-running")?.scrollIntoView({ block: "center" });
    },
    focus() {
      listing.focus();
    },
    destroy() {
      listing.remove();
    },
  };
  view.setSource(options.source);
  return view;
}
