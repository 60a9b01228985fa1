// The timeline: a slider over every step, above lanes of event markers
// (where the yields, resumes, exceptions and returns happen).
import type { EventKind } from "../core/schema";
import { element, setAttribute } from "./dom";
import { KIND_GROUPS } from "./event-kinds";
import { themeColour } from "./theme";

export interface Timeline {
  slider: HTMLInputElement;
  markers: HTMLCanvasElement;
}

/** The marker lanes, top to bottom. */
const LANES = KIND_GROUPS.filter((group) => group.id !== "output" && group.id !== "create");
const LANE_HEIGHT = 5;
const LANE_GAP = 2;

export function createTimeline(container: HTMLElement, label: string): Timeline {
  const markers = element("canvas", "ys-timeline-markers");
  markers.setAttribute("aria-hidden", "true");
  markers.height = LANES.length * (LANE_HEIGHT + LANE_GAP);
  const slider = element("input", "ys-timeline-slider");
  slider.type = "range";
  slider.min = "0";
  slider.max = "0";
  slider.step = "1";
  slider.value = "0";
  slider.setAttribute("aria-label", label);
  container.append(markers, slider);
  return { slider, markers };
}

export function drawTimeline(timeline: Timeline, step: number, count: number, description: string): void {
  const max = String(Math.max(count - 1, 0));
  if (timeline.slider.max !== max) timeline.slider.max = max;
  if (timeline.slider.value !== String(step)) timeline.slider.value = String(step);
  setAttribute(timeline.slider, "aria-valuetext", description);
  timeline.slider.disabled = count === 0;
}

/** Half the slider thumb: where the first and last steps sit on the track. */
const TRACK_INSET = 8;
const TICK = 3;

/**
 * Draws one tick per timeline cell and lane from the core's kind map, each
 * under the slider position of the steps it covers.
 */
export function drawMarkers(
  timeline: Timeline,
  kindMap: Uint16Array,
  steps: number,
  eventKinds: readonly EventKind[],
  root: HTMLElement,
): void {
  const canvas = timeline.markers;
  const scale = window.devicePixelRatio || 1;
  const width = Math.max(canvas.clientWidth, 1);
  const height = LANES.length * (LANE_HEIGHT + LANE_GAP);
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) return;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, width, height);
  const track = width - 2 * TRACK_INSET;
  const cells = Math.max(kindMap.length, 1);
  const stepAt = (cell: number) => ((cell + 0.5) * steps) / cells - 0.5;
  LANES.forEach((lane, laneIndex) => {
    let mask = 0;
    for (const kind of lane.kinds) {
      const bit = eventKinds.indexOf(kind);
      if (bit >= 0) mask |= 1 << bit;
    }
    context.fillStyle = themeColour(root, lane.colour);
    const y = laneIndex * (LANE_HEIGHT + LANE_GAP);
    kindMap.forEach((bits, cell) => {
      if (!(bits & mask)) return;
      const x = TRACK_INSET + (steps > 1 ? (stepAt(cell) / (steps - 1)) * track : 0);
      context.fillRect(x - TICK / 2, y, TICK, LANE_HEIGHT);
    });
  });
}
