// The heavy half of the web component, loaded when the first player on a
// page scrolls into view: the player, the editor and the styles. Players
// run on the one engine every player on the page shares (shared-engine.ts).
import { createCodeEditor } from "../player/editor";
import { Player, type PlayerOptions } from "../player/player";
import playerStyles from "../player/styles/player.css?inline";
import { sharedEngine } from "./shared-engine";

let sheet: CSSStyleSheet | null = null;

/**
 * Adopts the player's styles into a shadow root: a constructable
 * stylesheet, shared by every player, which a strict Content Security
 * Policy allows (no inline `<style>`), and which neither reaches the host
 * page nor is reached by it.
 */
export function adoptPlayerStyles(shadow: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(playerStyles);
  }
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

export function mountPlayer(root: HTMLElement, options: Omit<PlayerOptions, "engine" | "createSourceView">): Player {
  return new Player(root, { ...options, engine: sharedEngine(), createSourceView: createCodeEditor });
}
