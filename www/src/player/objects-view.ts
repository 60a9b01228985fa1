// Heap objects the program can reach: containers with their items,
// instances with their attributes, and iterators with a cursor into what
// they iterate (`iter(list)` is a position in the list, nothing more).
import type { ObjectView, ValueView } from "../core/schema";
import { createBindings, drawBindings } from "./bindings";
import type { StepContext } from "./context";
import { element, reconcile, setData, setText } from "./dom";
import { drawValue, isBoxed } from "./values";

/** Items drawn per container; the rest is summarised. */
const CELL_LIMIT = 30;

interface Cell {
  index: number;
  value: ValueView | null;
  label: string;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}

function sizeText(object: ObjectView): string {
  if (object.length === undefined) return "";
  switch (object.kind) {
    case "dict":
      return plural(object.length, "entry").replace("entrys", "entries");
    case "list":
    case "tuple":
    case "set":
      return plural(object.length, "item");
    default:
      return "";
  }
}

function cellsOf(object: ObjectView): Cell[] {
  const shown = object.items.slice(0, CELL_LIMIT);
  const cells: Cell[] = shown.map((value, index) => ({
    index,
    value,
    label: object.kind === "set" ? "" : String(index),
  }));
  const total = object.length ?? object.items.length;
  if (total > shown.length) {
    cells.push({ index: shown.length, value: null, label: `… ${(total - shown.length).toLocaleString("en")} more` });
  } else if (object.kind === "list" || object.kind === "tuple") {
    // Where an iterator stands once it has passed the last item.
    cells.push({ index: total, value: null, label: "end" });
  }
  return cells;
}

function drawCells(body: HTMLElement, object: ObjectView, context: StepContext, cursors: ReadonlySet<number>): void {
  let list = body.firstElementChild as HTMLElement | null;
  if (!list?.classList.contains("ys-cells")) {
    list = element("ol", "ys-cells");
    body.replaceChildren(list);
  }
  reconcile(
    list,
    cellsOf(object),
    (cell) => (cell.value ? String(cell.index) : `rest:${cell.label.startsWith("…") ? "more" : "end"}`),
    () => {
      const item = element("li", "ys-cell");
      item.append(element("span", "ys-cell-index"), element("span", "ys-cell-value"));
      return item;
    },
    (item, cell) => {
      setData(item, "index", String(cell.index));
      item.classList.toggle("ys-cell--rest", cell.value === null);
      item.classList.toggle("is-cursor", cursors.has(cell.index));
      const [index, value] = Array.from(item.children) as HTMLElement[];
      if (index) setText(index, cell.value ? cell.label : "");
      if (value) {
        if (cell.value) drawValue(value, cell.value, context.objects);
        else setText(value, cell.label);
      }
    },
  );
}

function drawEntries(body: HTMLElement, object: ObjectView, context: StepContext): void {
  let table = body.firstElementChild as HTMLElement | null;
  if (!table?.classList.contains("ys-entries")) {
    table = element("dl", "ys-entries");
    body.replaceChildren(table);
  }
  reconcile(
    table,
    object.entries.slice(0, CELL_LIMIT),
    ([key]) => (key.kind === "prim" ? `${key.typeName}:${key.repr}` : `ref:${key.id}`),
    () => {
      const row = element("div", "ys-entry");
      row.append(element("dt", "ys-entry-key"), element("dd", "ys-entry-value"));
      return row;
    },
    (row, [key, value]) => {
      const [keyCell, valueCell] = Array.from(row.children) as HTMLElement[];
      if (keyCell) drawValue(keyCell, key, context.objects);
      if (valueCell) drawValue(valueCell, value, context.objects);
    },
  );
}

function drawAttributes(body: HTMLElement, object: ObjectView, context: StepContext): void {
  let table = body.firstElementChild as HTMLElement | null;
  if (!table?.classList.contains("ys-bindings")) {
    table = createBindings();
    body.replaceChildren(table);
  }
  drawBindings(table, object.attributes, context);
}

/** An iterator: what it walks and where it stands, or which iterators it pulls from. */
function drawIterator(body: HTMLElement, object: ObjectView, context: StepContext): void {
  const iterator = object.iterator;
  const rows: { key: string; label: string; value: ValueView | string }[] = [];
  if (iterator) {
    if (iterator.over && !iterator.exhausted) rows.push({ key: "over", label: "over", value: iterator.over });
    if (iterator.position !== undefined && !iterator.exhausted) {
      rows.push({ key: "position", label: "next index", value: String(iterator.position) });
    }
    if (iterator.next !== undefined && !iterator.exhausted) rows.push({ key: "next", label: "next value", value: iterator.next });
    iterator.sources.forEach((source, index) =>
      rows.push({ key: `source${index}`, label: iterator.sources.length > 1 ? `source ${index + 1}` : "source", value: source }),
    );
    if (iterator.function) rows.push({ key: "function", label: "applies", value: iterator.function });
  }
  let table = body.firstElementChild as HTMLElement | null;
  if (!table?.classList.contains("ys-iterator")) {
    table = element("dl", "ys-iterator");
    body.replaceChildren(table);
  }
  reconcile(
    table,
    rows,
    (row) => row.key,
    () => {
      const row = element("div", "ys-binding");
      row.append(element("dt", "ys-binding-name"), element("dd", "ys-binding-value"));
      return row;
    },
    (row, { key, label, value }) => {
      const [name, cell] = Array.from(row.children) as HTMLElement[];
      if (name) setText(name, label);
      if (!cell) return;
      if (typeof value === "string") {
        setText(cell, value);
      } else {
        drawValue(cell, value, context.objects);
      }
      const chip = cell.firstElementChild as HTMLElement | null;
      if (chip?.dataset.ref) {
        // The arrow from "over" lands on the item the iterator returns next.
        const position = key === "over" ? iterator?.position : undefined;
        setData(chip, "cursor", position === undefined ? null : String(Math.min(position, CELL_LIMIT)));
      }
    },
  );
}

function createObject(): HTMLElement {
  const box = element("div", "ys-object");
  const header = element("div", "ys-object-header");
  header.append(
    element("span", "ys-object-type"),
    element("span", "ys-object-size"),
    element("span", "ys-object-alias"),
    element("span", "ys-object-state"),
  );
  box.append(header, element("div", "ys-object-body"));
  return box;
}

function drawObject(box: HTMLElement, object: ObjectView, context: StepContext, cursors: ReadonlyMap<number, Set<number>>): void {
  setData(box, "object", String(object.id));
  setData(box, "kind", object.kind);
  const [type, size, alias, state] = Array.from(box.firstElementChild?.children ?? []) as HTMLElement[];
  if (type) setText(type, object.typeName);
  if (size) setText(size, sizeText(object));
  if (alias) setText(alias, (context.namesOf.get(object.id) ?? []).join(", "));
  const exhausted = object.iterator?.exhausted ?? false;
  if (state) setText(state, exhausted ? "exhausted" : "");
  box.classList.toggle("is-exhausted", exhausted);
  const body = box.lastElementChild as HTMLElement;
  switch (object.kind) {
    case "list":
    case "tuple":
    case "set":
      drawCells(body, object, context, cursors.get(object.id) ?? new Set());
      break;
    case "dict":
      drawEntries(body, object, context);
      break;
    case "instance":
    case "exception":
      if (object.attributes.length > 0) drawAttributes(body, object, context);
      else drawRepr(body, object);
      break;
    case "iterator":
      drawIterator(body, object, context);
      break;
    default:
      drawRepr(body, object);
  }
}

function drawRepr(body: HTMLElement, object: ObjectView): void {
  let text = body.firstElementChild as HTMLElement | null;
  if (!text?.classList.contains("ys-object-repr")) {
    text = element("code", "ys-object-repr");
    body.replaceChildren(text);
  }
  setText(text, object.repr);
}

/** Cells iterators point at, by the id of the sequence they walk. */
function cursorsOf(objects: readonly ObjectView[]): Map<number, Set<number>> {
  const cursors = new Map<number, Set<number>>();
  for (const object of objects) {
    const iterator = object.iterator;
    if (!iterator || iterator.exhausted || iterator.over?.kind !== "ref" || iterator.position === undefined) continue;
    const cells = cursors.get(iterator.over.id) ?? new Set<number>();
    cells.add(Math.min(iterator.position, CELL_LIMIT));
    cursors.set(iterator.over.id, cells);
  }
  return cursors;
}

export function drawObjects(container: HTMLElement, empty: HTMLElement, context: StepContext): void {
  // The core lists objects in the order they are first reached from the
  // outermost frame: a tree's root comes before its children.
  const shown = context.state.objects.filter(isBoxed);
  const cursors = cursorsOf(shown);
  reconcile(container, shown, (object) => String(object.id), createObject, (box, object) =>
    drawObject(box, object, context, cursors),
  );
  empty.hidden = shown.length > 0;
}
