// Wiring the player's buttons, fields and keys to what they do.
import type { Controls } from "./controls";
import { KIND_GROUPS } from "./event-kinds";
import { bindKeyboard, type Action } from "./keyboard";
import type { Layout } from "./layout";
import type { Settings } from "./player";

/** What the inputs can ask a player to do. */
export interface Commands {
  /** Returns whether the action applied (Esc does nothing outside the presentation view, say). */
  perform(action: Action): boolean;
  setSettings(change: Partial<Settings>): void;
  seek(step: number): void;
  openExample(id: string): Promise<void>;
  extendBudget(): void;
}

/** Binds every input; returns a function that unbinds them all. */
export function bindInput(commands: Commands, layout: Layout, controls: Controls, keyboard: "player" | "page"): () => void {
  const unbind: (() => void)[] = [];
  const on = <K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void) => {
    target.addEventListener(type, listener);
    unbind.push(() => target.removeEventListener(type, listener));
  };
  const buttons: [HTMLElement, Action][] = [
    [controls.first, "first"],
    [controls.back, "back"],
    [controls.play, "play"],
    [controls.forward, "forward"],
    [controls.last, "last"],
    [controls.previousOfKind, "previousOfKind"],
    [controls.nextOfKind, "nextOfKind"],
    [layout.themeButton, "theme"],
    [layout.helpButton, "help"],
    [controls.help, "help"],
    [controls.present, "present"],
  ];
  for (const [button, action] of buttons) on(button, "click", () => commands.perform(action));
  on(controls.speed, "change", () => commands.setSettings({ speed: Number(controls.speed.value) }));
  on(controls.kind, "change", () => commands.setSettings({ jumpKind: controls.kind.value }));
  on(controls.implicit, "change", () => commands.setSettings({ showImplicit: controls.implicit.checked }));
  on(controls.timeline.slider, "input", () => commands.seek(Number(controls.timeline.slider.value)));
  on(controls.extend, "click", () => commands.extendBudget());
  on(layout.examplePicker, "change", () => {
    const id = layout.examplePicker.value;
    if (id) void commands.openExample(id);
  });
  const digits = new Map<string, Action>(KIND_GROUPS.map((group) => [group.key, `kind:${group.id}` as Action]));
  unbind.push(bindKeyboard(keyboard === "page" ? document : layout.root, digits, (action) => commands.perform(action)));
  return () => {
    for (const undo of unbind) undo();
  };
}
