// The app's header buttons for the modes (predict, present) and for
// exporting: the frame on screen as a PNG, and the whole trace as one HTML
// file that opens anywhere, with no network.
import { download, playerPng } from "../export/png";
import { setText } from "../player/dom";
import type { Tool } from "../player/player";

/** Steps an exported file holds at most, as `yieldscope export` by default. */
const EXPORT_LIMIT = 10_000;

function baseName(player: Parameters<Tool["run"]>[0]): string {
  return player.example ?? "program";
}

/** Predict mode, on and off (the component's `predict` attribute). */
export const predictTool: Tool = {
  label: "Predict",
  title: "Predict mode: before each value comes out, guess what it will be",
  className: "ys-predict-toggle",
  run(player, button) {
    player.setPredicting(!player.isPredicting);
    button.setAttribute("aria-pressed", String(player.isPredicting));
  },
};

/** The presentation view (also the P key). */
export const presentTool: Tool = {
  label: "Present",
  title: "Presentation view: large type, high contrast, clicker keys (P)",
  className: "ys-present-tool",
  run(player) {
    player.perform("present");
  },
};

export const exportTools: Tool[] = [
  {
    label: "PNG",
    title: "Save the frame on screen as a picture (PNG)",
    className: "ys-export-png",
    run(player, button) {
      button.disabled = true;
      void playerPng(player.element)
        .then((blob) => download(blob, `${baseName(player)}-step-${player.currentStep + 1}.png`))
        .finally(() => (button.disabled = false));
    },
  },
  {
    label: "HTML",
    title: `Save the whole run as one HTML file that opens anywhere, with no network (up to ${EXPORT_LIMIT.toLocaleString("en")} steps)`,
    className: "ys-export-html",
    run(player, button) {
      button.disabled = true;
      const label = button.textContent;
      void Promise.all([import("../export/html"), player.recording(EXPORT_LIMIT, (done, total) => setText(button, `${Math.round((100 * done) / total)}%`))])
        .then(([{ exportedPage }, recording]) => {
          if (recording) download(new Blob([exportedPage(recording)], { type: "text/html" }), `${baseName(player)}.html`);
        })
        .finally(() => {
          setText(button, label);
          button.disabled = false;
        });
    },
  },
];
