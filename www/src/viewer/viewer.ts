// The viewer of exported traces: one HTML file holding a recorded trace
// and this script, which opens anywhere (a laptop, a USB stick, an email
// attachment) with no network and no WebAssembly. It runs the app's player
// on the recording, with a plain code listing in place of the editor.
import "../player/styles/player.css";
import "./viewer.css";
import { isRecording, RecordedHost } from "../core/recorded";
import { createCodeListing } from "../player/code-listing";
import { Player } from "../player/player";

function start(): void {
  const data = document.getElementById("yieldscope-trace")?.textContent ?? "";
  const root = document.getElementById("player");
  const title = document.getElementById("viewer-title");
  let recording: unknown = null;
  try {
    recording = JSON.parse(data);
  } catch {
    // Reported below.
  }
  if (!root) return;
  if (!isRecording(recording)) {
    root.textContent = "This file holds no Yieldscope trace.";
    return;
  }
  document.title = `${recording.filename}: Yieldscope trace`;
  if (title) title.textContent = recording.filename;
  const player = new Player(root, {
    engine: new RecordedHost(recording),
    createSourceView: createCodeListing,
    source: recording.source,
    filename: recording.filename,
    editable: false,
    keyboard: "page",
  });
  void player.ready.then(() => (root.dataset.ready = "true"));
}

start();
