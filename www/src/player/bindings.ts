// A table of names and values: the locals of a frame or a generator card.
import type { Binding } from "../core/schema";
import type { StepContext } from "./context";
import { element, flash, reconcile } from "./dom";
import { drawValue } from "./values";

const SOURCE_ITERATOR_HINT = "The iterator this generator expression reads from (CPython names it .0)";

export function createBindings(): HTMLDListElement {
  return element("dl", "ys-bindings");
}

export function drawBindings(list: HTMLElement, bindings: readonly Binding[], context: StepContext): void {
  reconcile(
    list,
    bindings,
    (binding) => binding.name,
    (binding) => {
      const row = element("div", "ys-binding");
      const name = element("dt", "ys-binding-name", binding.name);
      if (binding.name === ".0") name.title = SOURCE_ITERATOR_HINT;
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
