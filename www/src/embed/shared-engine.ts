// The one engine (one worker, one WebAssembly instance) that every player
// on the page shares. A module of its own, so the component can start the
// worker and the core's download while the player's code is still loading.
import { Engine } from "../core/engine";

let engine: Engine | null = null;

/** The engine every component on the page uses, started on first need. */
export function sharedEngine(): Engine {
  engine ??= new Engine();
  return engine;
}
