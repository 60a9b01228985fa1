// Transport controls: stepping, playing, speed, jumping to the next event
// of a kind, the hidden-steps toggle, and the trace's status.
import type { TraceProgress } from "../core/schema";
import { element, setAttribute, setText } from "./dom";
import { KIND_GROUPS } from "./event-kinds";
import { CONTROL_GROUPS, SPEEDS, type ControlGroup } from "./choices";
import { createTimeline, type Timeline } from "./timeline";


const ICONS = {
  first: '<path d="M5 4h2v16H5zM19 4v16L8 12z"/>',
  back: '<path d="M18 4v16L6 12z"/>',
  play: '<path d="M7 4v16l13-8z"/>',
  pause: '<path d="M6 4h4v16H6zM14 4h4v16h-4z"/>',
  forward: '<path d="M6 4v16l12-8z"/>',
  last: '<path d="M17 4h2v16h-2zM5 4v16l11-8z"/>',
  previous: '<path d="M15 5l-7 7 7 7"/>',
  next: '<path d="M9 5l7 7-7 7"/>',
} as const;

function icon(name: keyof typeof ICONS): string {
  const stroked = name === "previous" || name === "next";
  const paint = stroked ? 'fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"' : 'fill="currentColor"';
  return `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" ${paint}>${ICONS[name]}</svg>`;
}

function button(className: string, iconName: keyof typeof ICONS, label: string, keys: string): HTMLButtonElement {
  const created = element("button", `ys-button ys-button--icon ${className}`);
  created.type = "button";
  created.innerHTML = icon(iconName);
  created.setAttribute("aria-label", label);
  created.title = `${label} (${keys})`;
  return created;
}

export interface Controls {
  groups: Record<ControlGroup, HTMLElement>;
  first: HTMLButtonElement;
  back: HTMLButtonElement;
  play: HTMLButtonElement;
  forward: HTMLButtonElement;
  last: HTMLButtonElement;
  position: HTMLElement;
  speed: HTMLSelectElement;
  kind: HTMLSelectElement;
  previousOfKind: HTMLButtonElement;
  nextOfKind: HTMLButtonElement;
  implicit: HTMLInputElement;
  status: HTMLElement;
  extend: HTMLButtonElement;
  present: HTMLButtonElement;
  help: HTMLButtonElement;
  timeline: Timeline;
}

function labelled(text: string, control: HTMLElement, className: string): HTMLLabelElement {
  const label = element("label", className);
  label.append(element("span", "ys-control-label", text), control);
  return label;
}

export function createControls(container: HTMLElement, budgetStep: number): Controls {
  const transport = element("div", "ys-transport");
  transport.setAttribute("role", "group");
  transport.setAttribute("aria-label", "Stepping");
  const first = button("ys-first", "first", "First step", "Home");
  const back = button("ys-back", "back", "Step back", "←");
  const play = button("ys-play", "play", "Play", "Space");
  const forward = button("ys-forward", "forward", "Step forward", "→");
  const last = button("ys-last", "last", "Last step", "End");
  transport.append(first, back, play, forward, last);

  const position = element("output", "ys-position");
  position.setAttribute("aria-live", "off");

  const speed = element("select", "ys-select ys-speed");
  SPEEDS.forEach((choice, index) => speed.append(new Option(choice.label, String(index))));
  speed.title = "Playing speed (+ and −)";

  const jump = element("div", "ys-jump");
  jump.setAttribute("role", "group");
  jump.setAttribute("aria-label", "Jump to an event");
  const kind = element("select", "ys-select ys-jump-kind");
  for (const group of KIND_GROUPS) kind.append(new Option(group.label, group.id));
  kind.title = "The kind of event to jump to (keys 1–6)";
  const previousOfKind = button("ys-previous-of-kind", "previous", "Previous event of this kind", "[");
  const nextOfKind = button("ys-next-of-kind", "next", "Next event of this kind", "]");
  jump.append(labelled("Jump to", kind, "ys-field"), previousOfKind, nextOfKind);

  const implicit = element("input", "ys-implicit");
  implicit.type = "checkbox";
  const implicitLabel = labelled("Show hidden iter()/next()", implicit, "ys-toggle");
  implicitLabel.title = "The hidden iter() and next() calls a for loop makes (I)";

  const where = element("div", "ys-where");
  const status = element("span", "ys-status");
  status.setAttribute("role", "status");
  where.append(position, status);
  const extend = element("button", "ys-button ys-extend", `Run ${budgetStep.toLocaleString("en")} more steps`);
  extend.type = "button";
  extend.hidden = true;

  const present = element("button", "ys-button ys-present", "Present");
  present.type = "button";
  present.title = "Presentation view: large type, high contrast, clicker keys (P)";
  present.setAttribute("aria-pressed", "false");
  const help = element("button", "ys-button ys-button--icon ys-help-button", "?");
  help.type = "button";
  help.setAttribute("aria-label", "Keyboard shortcuts and legend");
  help.title = "Keyboard shortcuts and legend (?)";

  const speedField = labelled("Speed", speed, "ys-field");
  const row = element("div", "ys-controls-row");
  row.append(transport, where, extend, speedField, jump, implicitLabel, present, help);
  const timelineBox = element("div", "ys-timeline");
  const timeline = createTimeline(timelineBox, "Step");
  container.append(row, timelineBox);
  const groups = { transport, position: where, speed: speedField, jump, hidden: implicitLabel, present, help, timeline: timelineBox };
  return { groups, first, back, play, forward, last, position, speed, kind, previousOfKind, nextOfKind, implicit, status, extend, present, help, timeline };
}

export function showControls(controls: Controls, shown: ReadonlySet<ControlGroup>): void {
  for (const group of CONTROL_GROUPS) controls.groups[group].hidden = !shown.has(group);
}

export interface ControlState {
  step: number;
  count: number;
  playing: boolean;
  progress: TraceProgress | null;
  failed: boolean;
  speed: number;
  kind: string;
  showImplicit: boolean;
  presenting: boolean;
}

function statusText(state: ControlState): string {
  if (state.failed) return "fix the error to run the program";
  const progress = state.progress;
  if (!progress) return "loading…";
  const steps = progress.steps.toLocaleString("en");
  switch (progress.end) {
    case "finished":
      return "the run ends normally";
    case "error":
      return "the run ends in an exception";
    case "budget":
      return `stopped by the step budget (${steps})`;
    default:
      return `tracing… ${steps} steps so far`;
  }
}

export function drawControls(controls: Controls, state: ControlState): void {
  const empty = state.count === 0;
  const atEnd = state.step >= state.count - 1 && (state.progress?.complete ?? true);
  controls.first.disabled = empty || state.step === 0;
  controls.back.disabled = empty || state.step === 0;
  controls.forward.disabled = empty || atEnd;
  controls.last.disabled = empty || atEnd;
  controls.play.disabled = empty || (atEnd && !state.playing);
  const playIcon = state.playing ? "pause" : "play";
  if (controls.play.dataset.icon !== playIcon) {
    controls.play.dataset.icon = playIcon;
    controls.play.innerHTML = icon(playIcon);
    controls.play.setAttribute("aria-label", state.playing ? "Pause" : "Play");
  }
  setAttribute(controls.play, "aria-pressed", String(state.playing));
  controls.previousOfKind.disabled = empty;
  controls.nextOfKind.disabled = empty;
  setText(controls.position, empty ? "No steps" : `Step ${(state.step + 1).toLocaleString("en")} of ${state.count.toLocaleString("en")}`);
  if (controls.speed.value !== String(state.speed)) controls.speed.value = String(state.speed);
  if (controls.kind.value !== state.kind) controls.kind.value = state.kind;
  controls.implicit.checked = state.showImplicit;
  setAttribute(controls.present, "aria-pressed", String(state.presenting));
  setText(controls.present, state.presenting ? "Leave presentation" : "Present");
  setText(controls.status, statusText(state));
  controls.status.dataset.end = state.failed ? "error" : (state.progress?.end ?? "");
  controls.extend.hidden = state.progress?.end !== "budget";
}
