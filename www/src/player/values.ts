// How values look: primitives inline as their Python repr, everything with
// identity as a reference chip that arrows start from.
import type { ObjectView, ValueView } from "../core/schema";
import { element, setData, setText } from "./dom";

/** Object kinds drawn as boxes in the objects view (generators get cards). */
const BOXED = new Set(["list", "tuple", "dict", "set", "instance", "exception", "iterator", "range", "view", "other"]);

export function isBoxed(object: ObjectView): boolean {
  return BOXED.has(object.kind);
}

/** `countdown` from `<function countdown at 0x...>`, `Node` from `<class '__main__.Node'>`. */
function shortName(object: ObjectView): string {
  const match = /^<(?:built-in function|function|class|bound method|module|generator object) '?([^' >]+)'?/.exec(object.repr);
  const name = match?.[1] ?? object.typeName;
  return name.replace(/^__main__\./, "");
}

/** Plain text for a value, as narration and titles use it. */
export function valueText(value: ValueView, objects: ReadonlyMap<number, ObjectView>): string {
  if (value.kind === "prim") return value.repr;
  const object = objects.get(value.id);
  if (!object) return value.typeName;
  switch (object.kind) {
    case "function":
    case "class":
    case "method":
    case "module":
      return `${object.kind} ${shortName(object)}`;
    case "generator":
      return `generator ${shortName(object)}`;
    default:
      return object.repr.length <= 40 ? object.repr : object.typeName;
  }
}

function primClass(typeName: string): string {
  switch (typeName) {
    case "int":
    case "float":
    case "complex":
      return "ys-value ys-value--number";
    case "str":
      return "ys-value ys-value--string";
    case "bool":
    case "NoneType":
      return "ys-value ys-value--constant";
    default:
      return "ys-value";
  }
}

/**
 * Draws `value` into `target` (a `<dd>` or similar), reusing its content
 * when the value is the same kind as before.
 */
export function drawValue(target: HTMLElement, value: ValueView, objects: ReadonlyMap<number, ObjectView>): void {
  const shown = target.firstElementChild as HTMLElement | null;
  if (value.kind === "prim") {
    const span = shown && !shown.dataset.ref && shown.classList.contains("ys-value") ? shown : element("span");
    span.className = primClass(value.typeName);
    setText(span, value.repr);
    span.title = value.typeName;
    if (span !== shown) target.replaceChildren(span);
    return;
  }
  const object = objects.get(value.id);
  // A generator has a card even when the object list stops short of it.
  const generator = value.typeName === "generator" || object?.kind === "generator";
  const arrowed = generator || (object !== undefined && isBoxed(object));
  const chip = shown?.classList.contains("ys-ref") ? shown : element("span", "ys-ref");
  if (arrowed) {
    setData(chip, "ref", String(value.id));
    chip.classList.toggle("ys-ref--generator", generator);
    setText(chip, generator ? "generator" : (object?.typeName ?? value.typeName));
  } else {
    setData(chip, "ref", null);
    chip.classList.remove("ys-ref--generator");
    setText(chip, object ? valueText(value, objects) : value.typeName);
  }
  chip.classList.toggle("ys-ref--inline", !arrowed);
  if (chip !== shown) target.replaceChildren(chip);
}
