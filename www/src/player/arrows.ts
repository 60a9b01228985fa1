// Reference arrows, drawn in one SVG over the stage after each render: from
// every reference chip to the card or box it refers to, and from an
// iterator to the item it returns next. A generator feeding another (yield
// from, or a generator expression's source) is joined to it by a pipe.
import { setAttribute } from "./dom";

const SVG = "http://www.w3.org/2000/svg";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function relative(rect: DOMRect, origin: DOMRect): Box {
  return { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * A pipe between two generator cards in one column: a band bulging out on
 * the right, from the level of the reference to the other generator's
 * header.
 */
function pipeRoute(from: Box, reference: Box, to: Box): string {
  const start = (reference.top + reference.bottom) / 2;
  const end = to.top + Math.min(18, (to.bottom - to.top) / 2);
  const depth = Math.min(16 + Math.abs(end - start) * 0.08, 34);
  const right = Math.max(from.right, to.right);
  return `M${from.right},${start} C${right + depth},${start} ${right + depth},${end} ${to.right},${end}`;
}

/** A smooth path from a chip to the nearest sensible edge of its target. */
function route(from: Box, to: Box): string {
  const y = (from.top + from.bottom) / 2;
  const gap = 24;
  if (to.left >= from.right + gap) {
    const endY = clamp(y, to.top + 12, to.top + 28);
    const pull = (to.left - from.right) / 2;
    return `M${from.right},${y} C${from.right + pull},${y} ${to.left - pull},${endY} ${to.left},${endY}`;
  }
  if (to.right <= from.left - gap) {
    const endY = clamp(y, to.top + 12, to.top + 28);
    const pull = (from.left - to.right) / 2;
    return `M${from.left},${y} C${from.left - pull},${y} ${to.right + pull},${endY} ${to.right},${endY}`;
  }
  const x = clamp(from.right, to.left + 14, to.right - 14);
  if (to.top >= from.bottom) {
    const pull = Math.max((to.top - y) / 2, 24);
    return `M${from.right},${y} C${from.right + pull},${y} ${x},${to.top - pull} ${x},${to.top}`;
  }
  if (to.bottom <= from.top) {
    const pull = Math.max((y - to.bottom) / 2, 24);
    return `M${from.right},${y} C${from.right + pull},${y} ${x},${to.bottom + pull} ${x},${to.bottom}`;
  }
  const outside = Math.max(from.right, to.right) + 36;
  const endY = to.top + 14;
  return `M${from.right},${y} C${outside},${y} ${outside},${endY} ${to.right},${endY}`;
}

function isShown(target: HTMLElement): boolean {
  return target.offsetParent !== null && target.getClientRects().length > 0;
}

function targetOf(content: HTMLElement, chip: HTMLElement): HTMLElement | null {
  const id = chip.dataset.ref;
  if (!id) return null;
  const box = content.querySelector<HTMLElement>(`.ys-card[data-generator="${id}"], .ys-object[data-object="${id}"]`);
  if (!box) return null;
  const cursor = chip.dataset.cursor;
  if (cursor !== undefined) return box.querySelector<HTMLElement>(`.ys-cell[data-index="${cursor}"]`) ?? box;
  return box;
}

function ensureMarkers(svg: SVGSVGElement): void {
  if (svg.querySelector("defs")) return;
  const defs = document.createElementNS(SVG, "defs");
  for (const kind of ["ref", "cursor"]) {
    const marker = document.createElementNS(SVG, "marker");
    marker.setAttribute("id", `${svg.dataset.prefix ?? "ys"}-head-${kind}`);
    marker.setAttribute("viewBox", "0 0 10 10");
    marker.setAttribute("refX", "9");
    marker.setAttribute("refY", "5");
    marker.setAttribute("markerWidth", "7");
    marker.setAttribute("markerHeight", "7");
    marker.setAttribute("orient", "auto-start-reverse");
    const head = document.createElementNS(SVG, "path");
    head.setAttribute("d", "M0,0 L10,5 L0,10 z");
    head.setAttribute("class", `ys-arrow-head ys-arrow-head--${kind}`);
    marker.append(head);
    defs.append(marker);
  }
  svg.append(defs);
}

export function drawArrows(svg: SVGSVGElement, content: HTMLElement): void {
  ensureMarkers(svg);
  const origin = content.getBoundingClientRect();
  setAttribute(svg, "width", String(content.scrollWidth));
  setAttribute(svg, "height", String(content.scrollHeight));
  const paths: { d: string; kind: string; ends?: [string, string] }[] = [];
  for (const chip of content.querySelectorAll<HTMLElement>(".ys-ref[data-ref]")) {
    const target = targetOf(content, chip);
    if (!target || !isShown(chip) || !isShown(target) || target.contains(chip)) continue;
    const card = chip.closest<HTMLElement>(".ys-card");
    const toBox = relative(target.getBoundingClientRect(), origin);
    if (card && target.classList.contains("ys-card")) {
      const path = pipeRoute(relative(card.getBoundingClientRect(), origin), relative(chip.getBoundingClientRect(), origin), toBox);
      // Drawn as a tube: a wide wall with a narrower core over it. Its ends
      // are named so values can be animated along it.
      const ends: [string, string] = [card.dataset.generator ?? "", target.dataset.generator ?? ""];
      paths.push({ d: path, kind: "pipe", ends }, { d: path, kind: "pipe-core" });
      continue;
    }
    const kind = chip.dataset.cursor !== undefined ? "cursor" : "ref";
    paths.push({ d: route(relative(chip.getBoundingClientRect(), origin), toBox), kind });
  }
  // Fresh paths each time: reusing one across kinds can leave a stale
  // arrowhead painted on a pipe.
  const shapes = paths.map((path) => {
    const shape = document.createElementNS(SVG, "path");
    shape.setAttribute("d", path.d);
    shape.setAttribute("class", `ys-arrow ys-arrow--${path.kind}`);
    if (path.ends) {
      shape.dataset.from = path.ends[0];
      shape.dataset.to = path.ends[1];
    }
    // A pipe carries values both ways in the reader's mind: no arrowhead.
    if (path.kind === "ref" || path.kind === "cursor") shape.setAttribute("marker-end", `url(#${svg.dataset.prefix ?? "ys"}-head-${path.kind})`);
    return shape;
  });
  for (const stale of svg.querySelectorAll("path.ys-arrow")) stale.remove();
  svg.append(...shapes);
}
