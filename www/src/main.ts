// The Yieldscope page: one player filling the window, opened on the
// examples, with what is on screen (program, step, modes) kept in the
// address for sharing. The core's worker starts first, so the WebAssembly
// module loads while the interface is still being parsed.
import "./app/page.css";
import "./player/styles/player.css";
import { readPlace, writePlace } from "./app/location";
import { loadSettings, saveSettings } from "./app/settings-store";
import { Engine } from "./core/engine";
import { CONTROL_GROUPS } from "./player/choices";

const engine = new Engine();

async function start(root: HTMLElement): Promise<void> {
  const [{ Player }, { FIRST_EXAMPLE, loadExamples }, { createCodeEditor }, { shareTool, embedTool }, { exportTools, predictTool, presentTool }] = await Promise.all([
    import("./player/player"),
    import("./player/gallery"),
    import("./player/editor"),
    import("./app/share"),
    import("./app/tools"),
  ]);
  const place = readPlace(window.location.hash);
  const settings = loadSettings();
  const player = new Player(root, {
    engine,
    createSourceView: createCodeEditor,
    examples: loadExamples(),
    example: place.example ?? (place.source === undefined ? FIRST_EXAMPLE : undefined),
    source: place.source,
    startStep: (place.step ?? 1) - 1,
    predict: place.predict,
    presenting: place.present,
    keyboard: "page",
    settings: place.theme ? { ...settings, theme: place.theme } : settings,
    tools: [predictTool, presentTool, shareTool, embedTool, ...exportTools],
    // The header has Present and the help button.
    controls: CONTROL_GROUPS.filter((group) => group !== "present" && group !== "help"),
    onProgramChange: () => writePlace(player),
    onStep: () => writePlace(player),
    onModeChange: () => writePlace(player),
    onSettingsChange: saveSettings,
  });
  // Following a link to another example on the same page changes only the hash.
  window.addEventListener("hashchange", () => {
    const next = readPlace(window.location.hash);
    const step = (next.step ?? 1) - 1;
    if (next.example) void player.openExample(next.example, step);
    else if (next.source !== undefined) void player.load(next.source, null, step);
  });
  await player.ready;
  requestAnimationFrame(() => {
    performance.mark("yieldscope:first-step");
    root.dataset.ready = "true";
  });
}

const root = document.querySelector<HTMLElement>("#app");
if (root) void start(root);
