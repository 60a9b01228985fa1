// The options of an embedded player, one vocabulary for every way in: the
// `<yield-scope>` element's attributes, the iframe page's address, and the
// app's permalinks (address.ts). Program text is only ever handed to the
// Python core; nothing here is evaluated.
import { CONTROL_GROUPS, PANELS, SPEEDS, type ControlGroup, type Panel } from "../player/choices";
import { isTheme, type Theme } from "../player/theme";

export interface EmbedOptions {
  /** The program. */
  source?: string;
  /** A gallery example, by id (the app's own links). */
  example?: string;
  /** The step to open at, counted from 1 as the player shows it. */
  step?: number;
  theme?: Theme;
  /** Index into SPEEDS. */
  speed?: number;
  autoplay: boolean;
  predict: boolean;
  present: boolean;
  editable: boolean;
  panels?: Panel[];
  controls?: ControlGroup[];
  /** A CSS length (`480px`, `70vh`); a bare number is pixels. */
  height?: string;
  /** Keys act while focus is in the player, or anywhere on the page (the iframe page). */
  keys?: "player" | "page";
}

/** Every option's name, as an attribute and as an address parameter. */
export const OPTION_NAMES = [
  "code",
  "example",
  "step",
  "theme",
  "speed",
  "autoplay",
  "predict",
  "present",
  "editable",
  "panels",
  "controls",
  "height",
  "keys",
] as const;

export const FLAGS = ["autoplay", "predict", "present", "editable"] as const;

/** `speed` in steps per second, as the player's speed menu offers them; `max` is one step per frame. */
export function speedIndex(text: string): number | undefined {
  const perSecond = text === "max" || text === "full" ? Infinity : Number(text);
  const index = SPEEDS.findIndex((speed) => speed.perSecond === perSecond);
  return index >= 0 ? index : undefined;
}

export function speedName(index: number): string {
  const perSecond = SPEEDS[index]?.perSecond ?? 2;
  return Number.isFinite(perSecond) ? String(perSecond) : "max";
}

function list<T extends string>(text: string, known: readonly T[], shorthands: Record<string, readonly T[]>): T[] {
  const words = text.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const chosen = new Set<T>();
  for (const word of words) {
    for (const item of shorthands[word] ?? (known.includes(word as T) ? [word as T] : [])) chosen.add(item);
  }
  return known.filter((item) => chosen.has(item));
}

const CONTROL_SHORTHANDS: Record<string, readonly ControlGroup[]> = {
  all: CONTROL_GROUPS,
  none: [],
  minimal: ["transport", "position", "timeline"],
};

const PANEL_SHORTHANDS: Record<string, readonly Panel[]> = {
  all: PANELS,
  stage: ["stack", "generators", "objects"],
};

function flag(value: string | null): boolean {
  return value !== null && value !== "false" && value !== "0";
}

/** Reads options through `get` (an attribute or an address parameter by name). */
export function readOptions(get: (name: (typeof OPTION_NAMES)[number]) => string | null): EmbedOptions {
  const options: EmbedOptions = { autoplay: false, predict: false, present: false, editable: false };
  for (const name of FLAGS) options[name] = flag(get(name));
  const code = get("code");
  if (code !== null) options.source = code;
  const example = get("example");
  if (example) options.example = example;
  const step = Number(get("step"));
  if (Number.isInteger(step) && step >= 1) options.step = step;
  const theme = get("theme");
  if (isTheme(theme)) options.theme = theme;
  const speed = speedIndex(get("speed") ?? "");
  if (speed !== undefined) options.speed = speed;
  const panels = get("panels");
  if (panels !== null) options.panels = list(panels, PANELS, PANEL_SHORTHANDS);
  const controls = get("controls");
  if (controls !== null) options.controls = list(controls, CONTROL_GROUPS, CONTROL_SHORTHANDS);
  const height = get("height")?.trim();
  if (height) options.height = /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height;
  const keys = get("keys");
  if (keys === "page" || keys === "player") options.keys = keys;
  return options;
}

/**
 * The options other than the program, as attribute (or address parameter)
 * names and values, leaving out defaults; a flag's value is "".
 */
export function optionEntries(options: Partial<EmbedOptions>): [name: string, value: string][] {
  const entries: [string, string][] = [];
  if (options.step !== undefined && options.step > 1) entries.push(["step", String(options.step)]);
  if (options.theme) entries.push(["theme", options.theme]);
  if (options.speed !== undefined) entries.push(["speed", speedName(options.speed)]);
  for (const name of FLAGS) if (options[name]) entries.push([name, ""]);
  if (options.panels) entries.push(["panels", options.panels.join(",")]);
  if (options.controls) entries.push(["controls", options.controls.join(",")]);
  if (options.height) entries.push(["height", options.height]);
  if (options.keys) entries.push(["keys", options.keys]);
  return entries;
}

/**
 * A program written inside an element, as HTML authors indent it: the
 * common indentation and the blank lines around it are not part of it.
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join("\n") + (lines.length > 0 ? "\n" : "");
}
