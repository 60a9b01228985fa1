// The player's menus of choices: speeds, panels and control groups. A
// module of its own (no DOM code), so the web component's small first
// module can read its attributes without loading the player.
export interface Speed {
  label: string;
  /** Steps per second; Infinity plays one step per animation frame. */
  perSecond: number;
}

export const SPEEDS: readonly Speed[] = [
  { label: "1 step/s", perSecond: 1 },
  { label: "2 steps/s", perSecond: 2 },
  { label: "4 steps/s", perSecond: 4 },
  { label: "8 steps/s", perSecond: 8 },
  { label: "16 steps/s", perSecond: 16 },
  { label: "Full speed", perSecond: Infinity },
];

export const DEFAULT_SPEED = 1;

/** The parts of a player that can be shown or hidden. */
export const PANELS = ["code", "output", "memory", "narration", "stack", "generators", "objects"] as const;
export type Panel = (typeof PANELS)[number];

/** The controls that can be shown or hidden, in the order they appear. */
export const CONTROL_GROUPS = ["transport", "position", "speed", "jump", "hidden", "present", "help", "timeline"] as const;
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

