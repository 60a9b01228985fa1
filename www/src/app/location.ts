// The page address names what is on screen: `#example=yield_from` for an
// example, `#code=...` (compressed) for edited code, and `&step=12` for
// the step, with the same options the embeds take (embed/address.ts), so
// a link shows a class exactly what the teacher had.
import { hashOf, optionsFromHash } from "../embed/address";
import type { EmbedOptions } from "../embed/options";
import type { Player } from "../player/player";

export type Place = EmbedOptions;

export function readPlace(hash: string): Place {
  return optionsFromHash(hash);
}

/** What the player shows, as address options: the program, the step, and the modes that are on. */
export function placeOf(player: Player): Partial<EmbedOptions> {
  const example = player.example;
  return {
    ...(example ? { example } : { source: player.source }),
    step: player.currentStep + 1,
    predict: player.isPredicting,
    present: player.isPresenting,
  };
}

const WRITE_DELAY = 250;
let pending = 0;

/** Puts the player's place in the address (soon: while playing, steps come faster than addresses need to). */
export function writePlace(player: Player, now = false): void {
  window.clearTimeout(pending);
  const write = () => {
    const hash = hashOf(placeOf(player));
    if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
  };
  if (now) write();
  else pending = window.setTimeout(write, WRITE_DELAY);
}
