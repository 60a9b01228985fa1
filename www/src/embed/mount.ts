// The heavy half of the web component, loaded when the first player on a
// page scrolls into view: the player, the editor, the styles, and the one
// engine (one worker, one WebAssembly instance) that every player on the
// page shares.
import { Engine } from "../core/engine";
import { createCodeEditor } from "../player/editor";
import { Player, type PlayerOptions } from "../player/player";
import playerStyles from "../player/styles/player.css?inline";

let engine: Engine | null = null;
let sheet: CSSStyleSheet | null = null;

/** The engine every component on the page uses, started on first need. */
export function sharedEngine(): Engine {
  engine ??= new Engine();
  return engine;
}

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
