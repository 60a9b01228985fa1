// A table of names and values: the locals of a frame or a generator card.
import type { Binding, LoopView } from "../core/schema";
import type { StepContext } from "./context";
import { element, flash, reconcile } from "./dom";
import { drawValue } from "./values";

const SOURCE_ITERATOR_HINT = "The iterator this generator expression reads from (CPython names it .0)";
// No Python name holds a space, so a row named "for …" is always a loop's.
const LOOP_PREFIX = "for ";

/**
 * The locals, then the iterators `for` loops advance: no name refers to
 * those, yet they hold the loop's place. A comprehension's first loop
 * advances its `.0` argument, already listed, so it is not repeated.
 */
export function withLoops(locals: readonly Binding[], loops: readonly LoopView[]): Binding[] {
  const named = new Set(locals.flatMap((binding) => (binding.value.kind === "ref" ? [binding.value.id] : [])));
  const unnamed = loops.filter((loop) => loop.iterator.kind !== "ref" || !named.has(loop.iterator.id));
  const names = unnamed.map((loop) => `${LOOP_PREFIX}${loop.target}`);
  return [
    ...locals,
    ...unnamed.map((loop, index) => ({
      name: names.indexOf(names[index] ?? "") === index ? (names[index] ?? "") : `${names[index] ?? ""} (line ${loop.line})`,
      value: loop.iterator,
    })),
  ];
}

function hint(name: string): string | undefined {
  if (name === ".0") return SOURCE_ITERATOR_HINT;
  if (name.startsWith(LOOP_PREFIX)) return `The iterator this loop takes each ${name.slice(LOOP_PREFIX.length)} from; no name refers to it`;
  return undefined;
}

export function createBindings(): HTMLDListElement {
  return element("dl", "ys-bindings");
}

export function drawBindings(list: HTMLElement, bindings: readonly Binding[], context: StepContext): void {
  reconcile(
    list,
    bindings,
    (binding) => binding.name,
    (binding) => {
      const row = element("div", binding.name.startsWith(LOOP_PREFIX) ? "ys-binding ys-binding--loop" : "ys-binding");
      const name = element("dt", "ys-binding-name", binding.name);
      const title = hint(binding.name);
      if (title) name.title = title;
      row.append(name, element("dd", "ys-binding-value"));
      return row;
    },
    (row, binding) => {
      const value = row.lastElementChild as HTMLElement;
      const before = value.textContent;
      drawValue(value, binding.value, context.objects);
      if (before !== "" && before !== value.textContent) flash(value, "is-changed");
    },
  );
  list.classList.toggle("is-empty", bindings.length === 0);
}
