// Live objects and the items containers hold at this step: a list
// materialises every element, a generator holds none.
import type { MemoryView } from "../core/schema";
import { element, setText } from "./dom";

interface GaugeRow {
  value: HTMLElement;
  bar: HTMLElement;
}

export interface MemoryGauge {
  objects: GaugeRow;
  elements: GaugeRow;
}

function row(container: HTMLElement, label: string, hint: string): GaugeRow {
  const line = element("div", "ys-gauge-row");
  line.title = hint;
  const value = element("span", "ys-gauge-value");
  const track = element("span", "ys-gauge-track");
  const bar = element("span", "ys-gauge-bar");
  track.append(bar);
  track.setAttribute("aria-hidden", "true");
  line.append(track, value, element("span", "ys-gauge-label", label));
  container.append(line);
  return { value, bar };
}

export function createMemoryGauge(container: HTMLElement): MemoryGauge {
  container.replaceChildren(element("h2", "ys-section-title", "Memory"));
  container.setAttribute("role", "group");
  return {
    objects: row(container, "live objects", "Heap objects the program can still reach"),
    elements: row(container, "elements held", "Items stored in reachable lists, tuples, dicts and sets"),
  };
}

/** A round scale that holds `count`: 10, 100, 1,000, ... */
function scaleFor(count: number): number {
  return 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(count, 1))));
}

function drawRow(row: GaugeRow, count: number): void {
  setText(row.value, count.toLocaleString("en"));
  row.bar.style.width = `${(100 * count) / scaleFor(count)}%`;
}

export function drawMemory(gauge: MemoryGauge, memory: MemoryView): void {
  drawRow(gauge.objects, memory.objects);
  drawRow(gauge.elements, memory.elements);
}
