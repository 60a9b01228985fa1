// Players embedded in a document, as a docs site would use them: no
// header, keys scoped to each player, a fixed height.
import "./app/embed-page.css";
import "./player/styles/player.css";
import { Engine } from "./core/engine";
import { createCodeEditor } from "./player/editor";
import { loadExamples } from "./player/gallery";
import { Player } from "./player/player";

const examples = loadExamples();

async function mount(root: HTMLElement): Promise<void> {
  const example = examples.find((candidate) => candidate.id === root.dataset.example);
  if (!example) return;
  const player = new Player(root, { engine: new Engine(), createSourceView: createCodeEditor, source: example.source, header: false, keyboard: "player", filename: `${example.id}.py` });
  await player.ready;
  root.dataset.ready = "true";
}

void Promise.all(Array.from(document.querySelectorAll<HTMLElement>(".embedded"), mount));
