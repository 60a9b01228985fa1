// Light, dark and high-contrast themes: CSS custom properties under
// [data-theme] on the player's root, so two players on one page can differ.
// The contrast theme is the presentation view's: black on white with the
// Okabe–Ito colours, which stay apart for colour-blind viewers.
export const THEMES = ["light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

export function preferredTheme(): Theme {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}

/** A theme colour as the canvas needs it (a resolved CSS value). */
export function themeColour(root: HTMLElement, name: string): string {
  return getComputedStyle(root).getPropertyValue(name).trim() || "#888";
}

let reducedMotion: MediaQueryList | null = null;

export function prefersReducedMotion(): boolean {
  reducedMotion ??= window.matchMedia("(prefers-reduced-motion: reduce)");
  return reducedMotion.matches;
}
