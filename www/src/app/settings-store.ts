// Remembers the viewer's settings (theme, speed, ...) between visits.
import { SPEEDS } from "../player/choices";
import type { Settings } from "../player/player";
import { isTheme } from "../player/theme";

const KEY = "yieldscope.settings";

export function loadSettings(): Partial<Settings> {
  let saved: unknown;
  try {
    saved = JSON.parse(window.localStorage.getItem(KEY) ?? "{}");
  } catch {
    return {};
  }
  if (typeof saved !== "object" || saved === null) return {};
  // Only well-formed values survive: stored data may come from an older version.
  const { theme, showImplicit, speed, jumpKind } = saved as Record<string, unknown>;
  const settings: Partial<Settings> = {};
  if (isTheme(theme)) settings.theme = theme;
  if (typeof showImplicit === "boolean") settings.showImplicit = showImplicit;
  if (typeof speed === "number" && Number.isInteger(speed) && speed >= 0 && speed < SPEEDS.length) settings.speed = speed;
  if (typeof jumpKind === "string") settings.jumpKind = jumpKind;
  return settings;
}

export function saveSettings(settings: Settings): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage can be unavailable (private windows, sandboxed embeds): settings then last for the visit.
  }
}
