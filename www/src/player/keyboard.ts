// Keyboard shortcuts, scoped to one player: they act only while focus is
// in the player (or anywhere on the page, for a player that owns the page),
// and never while typing in the editor or a form field.
export type Action =
  | "forward"
  | "back"
  | "play"
  | "first"
  | "last"
  | "nextOfKind"
  | "previousOfKind"
  | "faster"
  | "slower"
  | "implicit"
  | "theme"
  | "help"
  | "present"
  | "leave"
  | `kind:${string}`;

export interface Shortcut {
  keys: string[];
  /** How the keys are written in the help overlay. */
  label: string;
  description: string;
  action: Action;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["ArrowRight", "l"], label: "→ or L", description: "Step forward", action: "forward" },
  { keys: ["ArrowLeft", "j"], label: "← or J", description: "Step back", action: "back" },
  { keys: ["PageDown"], label: "Page Down", description: "Step forward (a presentation clicker's next button)", action: "forward" },
  { keys: ["PageUp"], label: "Page Up", description: "Step back (a presentation clicker's previous button)", action: "back" },
  { keys: [" ", "k"], label: "Space or K", description: "Play or pause", action: "play" },
  { keys: ["Home"], label: "Home", description: "Go to the first step", action: "first" },
  { keys: ["End"], label: "End", description: "Go to the last step", action: "last" },
  { keys: ["]"], label: "]", description: "Jump to the next event of the chosen kind", action: "nextOfKind" },
  { keys: ["["], label: "[", description: "Jump to the previous event of the chosen kind", action: "previousOfKind" },
  { keys: ["+", "="], label: "+", description: "Play faster", action: "faster" },
  { keys: ["-", "_"], label: "−", description: "Play slower", action: "slower" },
  { keys: ["i"], label: "I", description: "Show or hide the for loops' hidden iter() and next() steps", action: "implicit" },
  { keys: ["t"], label: "T", description: "Switch between light and dark", action: "theme" },
  { keys: ["p"], label: "P", description: "Presentation view: large type and high contrast for a projector", action: "present" },
  { keys: ["Escape"], label: "Esc", description: "Leave the presentation view", action: "leave" },
  { keys: ["?"], label: "?", description: "Show or hide this help", action: "help" },
];

/** Shortcuts that only exist inside the editor. */
export const EDITOR_SHORTCUTS: readonly { label: string; description: string }[] = [
  { label: "Ctrl+Enter", description: "Run the edited program now (it also reruns after a pause in typing)" },
  { label: "Esc", description: "Leave the editor, so the keys above work again" },
];

function isTyping(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest(".cm-editor")) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // The timeline slider moves with arrows, Home and End on its own.
    return target.type !== "range" || ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"].includes(key);
  }
  // Space and Enter press a focused button themselves.
  return (target instanceof HTMLButtonElement || target.getAttribute("role") === "button") && (key === " " || key === "Enter");
}

function actionFor(event: KeyboardEvent, digits: ReadonlyMap<string, Action>): Action | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // Inside a shadow root (the web component) the event's target is the host; the path starts at the real one.
  const target = event.composedPath()[0] ?? event.target;
  if (isTyping(target, event.key)) return null;
  // Esc in a dialog closes the dialog.
  if (event.key === "Escape" && target instanceof Element && target.closest("dialog")) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const digit = digits.get(key);
  if (digit) return digit;
  if (event.key === "?") return "help";
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.action ?? null;
}

export function bindKeyboard(
  target: HTMLElement | Document,
  digits: ReadonlyMap<string, Action>,
  perform: (action: Action) => boolean,
): () => void {
  const listener = (event: Event) => {
    const action = actionFor(event as KeyboardEvent, digits);
    if (action && perform(action)) event.preventDefault();
  };
  target.addEventListener("keydown", listener);
  return () => target.removeEventListener("keydown", listener);
}
