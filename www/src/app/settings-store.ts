// Remembers the viewer's settings (theme, speed, ...) between visits.
import type { Settings } from "../player/player";

const KEY = "yieldscope.settings";

export function loadSettings(): Partial<Settings> {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "{}");
    return typeof saved === "object" && saved !== null ? (saved as Partial<Settings>) : {};
  } catch {
    return {};
  }
}

export function saveSettings(settings: Settings): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage can be unavailable (private windows, sandboxed embeds): settings then last for the visit.
  }
}
