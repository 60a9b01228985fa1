// The Yieldscope page: one player filling the window, opened on the
// examples, with the program kept in the address for sharing. The core's
// worker starts first, so the WebAssembly module loads while the
// interface is still being parsed.
import "./app/page.css";
import "./player/styles/player.css";
import { readPlace, writePlace } from "./app/location";
import { loadSettings, saveSettings } from "./app/settings-store";
import { Engine } from "./core/engine";

const engine = new Engine();

async function start(root: HTMLElement): Promise<void> {
  const [{ Player }, { FIRST_EXAMPLE, loadExamples }, { createCodeEditor }] = await Promise.all([
    import("./player/player"),
    import("./player/gallery"),
    import("./player/editor"),
  ]);
  const place = readPlace(window.location.hash);
  const player = new Player(root, {
    engine,
    createSourceView: createCodeEditor,
    examples: loadExamples(),
    example: place.example ?? (place.source === undefined ? FIRST_EXAMPLE : undefined),
    source: place.source,
    keyboard: "page",
    settings: loadSettings(),
    onProgramChange: writePlace,
    onSettingsChange: saveSettings,
  });
  // Following a link to another example on the same page changes only the hash.
  window.addEventListener("hashchange", () => {
    const next = readPlace(window.location.hash);
    if (next.example) void player.openExample(next.example);
    else if (next.source !== undefined) void player.load(next.source, null);
  });
  await player.ready;
  requestAnimationFrame(() => {
    performance.mark("yieldscope:first-step");
    root.dataset.ready = "true";
  });
}

const root = document.querySelector<HTMLElement>("#app");
if (root) void start(root);
