// The call stack, outermost frame first (the order of a traceback). Native
// routines waiting on Python code (`sum` pulling from a generator) are
// frames too, drawn as built-ins.
import type { Binding, FrameView } from "../core/schema";
import { createBindings, drawBindings, withLoops } from "./bindings";
import type { StepContext } from "./context";
import { element, reconcile, setData, setText } from "./dom";
import { frameTitle } from "./names";

function createFrame(): HTMLLIElement {
  const item = element("li", "ys-frame");
  const header = element("div", "ys-frame-header");
  header.append(element("span", "ys-frame-name"), element("span", "ys-frame-tag"), element("span", "ys-frame-line"));
  const link = element("p", "ys-frame-card-link", "locals on its card ");
  link.append(element("span", "ys-ref ys-ref--generator", "card"));
  item.append(header, element("p", "ys-frame-defines"), link, createBindings());
  return item;
}

/**
 * The module's functions and classes, which every program defines and
 * nothing animates: one line naming them keeps the stack short.
 */
function splitDefinitions(frame: FrameView, context: StepContext): [string[], Binding[]] {
  if (frame.name !== "<module>") return [[], frame.locals];
  const definitions: string[] = [];
  const rest: Binding[] = [];
  for (const binding of frame.locals) {
    const object = binding.value.kind === "ref" ? context.objects.get(binding.value.id) : undefined;
    if (object && (object.kind === "function" || object.kind === "class" || object.kind === "module")) definitions.push(binding.name);
    else rest.push(binding);
  }
  return [definitions, rest];
}

function drawFrame(item: HTMLLIElement, frame: FrameView, context: StepContext): void {
  const [name, tag, line] = Array.from(item.firstElementChild?.children ?? []) as HTMLElement[];
  setData(item, "frame", String(frame.id));
  setData(item, "kind", frame.kind);
  setData(item, "running", frame.running ? "true" : null);
  const generator = context.generatorOfFrame.get(frame.id);
  setData(item, "generatorFrame", generator ? "true" : null);
  if (name) setText(name, frameTitle(context, frame.id));
  const alias = generator?.name === "<genexpr>" ? context.namesOf.get(generator.id)?.[0] : undefined;
  if (tag) setText(tag, frame.kind === "builtin" ? "built-in" : alias ? `as ${alias}` : generator ? "generator" : "");
  if (line) setText(line, frame.kind === "builtin" ? "" : `line ${frame.line}`);
  const [definitions, locals] = splitDefinitions(frame, context);
  const defines = item.children[1] as HTMLElement;
  setText(defines, definitions.length > 0 ? `defines ${definitions.join(", ")}` : "");
  // A generator's frame is its card: the locals are drawn there, once,
  // and the stack entry points at it.
  const link = item.children[2] as HTMLElement;
  link.hidden = !generator;
  const chip = link.lastElementChild as HTMLElement;
  setData(chip, "ref", generator ? String(generator.id) : null);
  drawBindings(item.lastElementChild as HTMLElement, generator ? [] : withLoops(locals, frame.loops), context);
}

export function drawFrames(list: HTMLElement, empty: HTMLElement, context: StepContext): void {
  reconcile(list, context.state.frames, (frame) => String(frame.id), createFrame, (item, frame) =>
    drawFrame(item, frame, context),
  );
  empty.hidden = context.state.frames.length > 0;
}
