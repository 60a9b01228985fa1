// The help overlay: every shortcut, and what the colours mean.
import { element } from "./dom";
import { KIND_GROUPS } from "./event-kinds";
import { EDITOR_SHORTCUTS, SHORTCUTS } from "./keyboard";

function table(rows: readonly { label: string; description: string }[]): HTMLTableElement {
  const shortcuts = element("table", "ys-help-table");
  const body = element("tbody");
  for (const row of rows) {
    const line = element("tr");
    const keys = element("th");
    keys.scope = "row";
    keys.append(element("kbd", "", row.label));
    line.append(keys, element("td", "", row.description));
    body.append(line);
  }
  shortcuts.append(body);
  return shortcuts;
}

function legendItem(className: string, text: string): HTMLLIElement {
  const item = element("li");
  item.append(element("span", `ys-swatch ${className}`), document.createTextNode(text));
  return item;
}

export function createHelp(dialog: HTMLDialogElement, titleId: string): void {
  dialog.setAttribute("aria-labelledby", titleId);
  const title = element("h2", "ys-help-title", "Keyboard and legend");
  title.id = titleId;
  const close = element("button", "ys-button ys-help-close", "Close");
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  const header = element("div", "ys-help-header");
  header.append(title, close);

  const kinds = KIND_GROUPS.map((group) => ({ label: group.key, description: `Choose “${group.label}” as the kind to jump to` }));
  const legend = element("ul", "ys-help-legend");
  legend.append(
    legendItem("ys-swatch--running", "the line running now"),
    legendItem("ys-swatch--paused", "where a suspended generator is paused"),
    legendItem("ys-swatch--yield", "a value yielded out of a generator"),
    legendItem("ys-swatch--send", "a value sent in, or a resume"),
    legendItem("ys-swatch--exception", "an exception (throw, close, raise)"),
    legendItem("ys-swatch--finish", "a return, or StopIteration"),
  );
  const columns = element("div", "ys-help-columns");
  const keys = element("section");
  keys.append(element("h3", "", "Player"), table(SHORTCUTS), element("h3", "", "Jump targets"), table(kinds));
  const side = element("section");
  side.append(element("h3", "", "Editor"), table(EDITOR_SHORTCUTS), element("h3", "", "Colours"), legend);
  columns.append(keys, side);
  dialog.replaceChildren(header, columns);
}
