// The iframe embed: one `<yield-scope>` filling the frame, its options read
// from the address (`frame.html#code=...&step=4&theme=dark`, the same
// names as the element's attributes), for hosts that allow only iframes.
import "./app/frame-page.css";
import "./embed/yield-scope";
import { optionsFromHash } from "./embed/address";
import { OPTION_NAMES, optionEntries } from "./embed/options";

const container = document.querySelector<HTMLElement>("#frame");

/** Makes the element's attributes say what the address says. */
function apply(player: HTMLElement, hash: string): void {
  const options = optionsFromHash(hash);
  const attributes = new Map(optionEntries({ ...options, height: "100%", keys: "page" }));
  attributes.set("code", options.source ?? "");
  for (const name of OPTION_NAMES) {
    const value = attributes.get(name);
    if (value === undefined) player.removeAttribute(name);
    else if (player.getAttribute(name) !== value) player.setAttribute(name, value);
  }
}

if (container) {
  const player = document.createElement("yield-scope");
  apply(player, window.location.hash);
  container.append(player);
  window.addEventListener("hashchange", () => apply(player, window.location.hash));
}
