// The Yieldscope page: one player filling the window, opened on the
// examples, with the program kept in the address for sharing.
import "./app/page.css";
import { readPlace, writePlace } from "./app/location";
import { loadSettings, saveSettings } from "./app/settings-store";
import { FIRST_EXAMPLE, loadExamples } from "./player/gallery";
import { Player } from "./player/player";

const root = document.querySelector<HTMLElement>("#app");
if (root) {
  const place = readPlace(window.location.hash);
  const player = new Player(root, {
    examples: loadExamples(),
    example: place.example ?? (place.source === undefined ? FIRST_EXAMPLE : undefined),
    source: place.source,
    keyboard: "page",
    settings: loadSettings(),
    onProgramChange: writePlace,
    onSettingsChange: saveSettings,
  });
  void player.ready.then(() => {
    requestAnimationFrame(() => {
      performance.mark("yieldscope:first-step");
      root.dataset.ready = "true";
    });
  });
}
