// The whole trace as one HTML file that opens with no network: the viewer
// (crate/assets/viewer.html, the same file `yieldscope export` compiles
// in) with the recording in its data slot. Loaded only when asked for.
import viewer from "../../../crate/assets/viewer.html?raw";
import type { Recording } from "../core/recorded";

const DATA_SLOT = '<script type="application/json" id="yieldscope-trace"></script>';

export function exportedPage(recording: Recording): string {
  // `<` appears only inside JSON strings, where `\u003c` means the same:
  // nothing in the program or its output can close the script element.
  const data = JSON.stringify(recording).replace(/</g, "\\u003c");
  return viewer.replace(DATA_SLOT, () => DATA_SLOT.replace("></script>", `>${data}</script>`));
}
