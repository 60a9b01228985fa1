// Sharing from the app: Share copies a link to exactly what is on screen
// (program, step, modes); Embed opens a dialog with ready-to-paste HTML
// for the web component and for an iframe, each with a copy button.
import { componentSnippet, iframeSnippet } from "../embed/snippets";
import { element, setText } from "../player/dom";
import type { Player, Tool } from "../player/player";
import { writePlace } from "./location";

/** Copies text; where the clipboard is not allowed, selects it in `field` for Ctrl+C. */
async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return false;
  }
}

/** Shows `text` on a button for a moment (“Copied”), then its label again. */
function acknowledge(button: HTMLButtonElement, status: HTMLElement, copied: boolean, what: string): void {
  const label = button.dataset.label ?? button.textContent;
  button.dataset.label = label;
  setText(button, copied ? "Copied ✓" : "Press Ctrl+C");
  setText(status, copied ? `${what} copied to the clipboard.` : `${what} is selected: press Ctrl+C to copy it.`);
  window.setTimeout(() => setText(button, label), 2_000);
}

let announcer: HTMLElement | null = null;

/** A polite live region in the player, for “copied” messages. */
function status(player: Player): HTMLElement {
  if (!announcer || !player.element.contains(announcer)) {
    announcer = element("p", "ys-visually-hidden");
    announcer.setAttribute("role", "status");
    player.element.append(announcer);
  }
  return announcer;
}

export const shareTool: Tool = {
  label: "Share",
  title: "Copy a link to this program at this step",
  className: "ys-share",
  run(player, button) {
    writePlace(player, true);
    void copy(window.location.href, null).then((copied) => acknowledge(button, status(player), copied, "The link"));
  },
};

interface Field {
  label: string;
  hint: string;
  text: (player: Player) => string;
}

function embedOptions(player: Player) {
  return {
    source: player.source,
    step: player.currentStep + 1,
    theme: player.currentSettings.theme,
    predict: player.isPredicting,
  };
}

const FIELDS: Field[] = [
  {
    label: "Web component",
    hint: "One script tag and one element: paste both into any HTML page.",
    text: (player) => componentSnippet(new URL("component/yield-scope.js", document.baseURI).href, embedOptions(player)),
  },
  {
    label: "iframe",
    hint: "For sites that allow only iframes.",
    text: (player) => iframeSnippet(new URL("frame.html", document.baseURI).href, embedOptions(player)),
  },
  {
    label: "Link",
    hint: "This program at this step.",
    text: () => window.location.href,
  },
];

function createEmbedDialog(player: Player): { dialog: HTMLDialogElement; fill: () => void } {
  const dialog = element("dialog", "ys-dialog ys-embed-dialog");
  const titleId = `${player.element.id || "ys"}-embed-title`;
  dialog.setAttribute("aria-labelledby", titleId);
  const header = element("div", "ys-help-header");
  const title = element("h2", "ys-help-title", "Embed this program");
  title.id = titleId;
  const close = element("button", "ys-button ys-dialog-close", "Close");
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  header.append(title, close);
  const announce = element("p", "ys-visually-hidden");
  announce.setAttribute("role", "status");
  const fills = FIELDS.map((field, index) => {
    const box = element("section", "ys-snippet");
    const id = `${titleId}-${index}`;
    const label = element("label", "ys-snippet-label", field.label);
    label.htmlFor = id;
    const hint = element("p", "ys-snippet-hint", field.hint);
    hint.id = `${id}-hint`;
    const text = element("textarea", "ys-snippet-text");
    text.id = id;
    text.readOnly = true;
    text.spellcheck = false;
    text.rows = index === 0 ? 8 : 3;
    text.setAttribute("aria-describedby", hint.id);
    const button = element("button", "ys-button ys-snippet-copy", `Copy ${field.label.toLowerCase()}`);
    button.type = "button";
    button.addEventListener("click", () => void copy(text.value, text).then((copied) => acknowledge(button, announce, copied, field.label)));
    box.append(label, hint, text, button);
    dialog.append(box);
    return () => (text.value = field.text(player));
  });
  dialog.prepend(header);
  dialog.append(announce);
  return { dialog, fill: () => fills.forEach((fill) => fill()) };
}

const dialogs = new WeakMap<Player, ReturnType<typeof createEmbedDialog>>();

export const embedTool: Tool = {
  label: "Embed",
  title: "HTML to put this program, at this step, into another page",
  className: "ys-embed",
  run(player) {
    writePlace(player, true);
    let made = dialogs.get(player);
    if (!made) {
      made = createEmbedDialog(player);
      dialogs.set(player, made);
      player.element.append(made.dialog);
    }
    made.fill();
    made.dialog.showModal();
  },
};
