// The iframe embed: one `<yield-scope>` filling the frame, its options read
// from the address (`frame.html#code=...&step=4&theme=dark`, the same
// names as the element's attributes), for hosts that allow only iframes.
import "./app/frame-page.css";
import "./embed/yield-scope";
import { hashOf, optionsFromHash } from "./embed/address";
import { OPTION_NAMES } from "./embed/options";

const container = document.querySelector<HTMLElement>("#frame");

/** Attributes for the element, from the address: the same vocabulary, read once and written back out. */
function attributesOf(hash: string): Map<string, string> {
  const options = optionsFromHash(hash);
  const canonical = new URLSearchParams(hashOf({ ...options, source: undefined, example: undefined }).slice(1));
  const attributes = new Map<string, string>();
  for (const name of OPTION_NAMES) {
    const value = canonical.get(name);
    if (value !== null) attributes.set(name, value);
  }
  attributes.set("code", options.source ?? "");
  attributes.set("height", "100%");
  attributes.set("keys", "page");
  return attributes;
}

function apply(player: HTMLElement, hash: string): void {
  const attributes = attributesOf(hash);
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
