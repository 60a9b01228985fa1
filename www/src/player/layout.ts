// The player's skeleton: every element a view draws into, created once and
// held by reference (no document-wide queries, so players can share a page).
import { PANELS, type Panel } from "./choices";
import { element } from "./dom";

export interface Layout {
  root: HTMLElement;
  header: HTMLElement;
  headerActions: HTMLElement;
  main: HTMLElement;
  visual: HTMLElement;
  narrationBox: HTMLElement;
  panels: Record<Panel, HTMLElement>;
  examplePicker: HTMLSelectElement;
  exampleSummary: HTMLElement;
  themeButton: HTMLButtonElement;
  helpButton: HTMLButtonElement;
  editor: HTMLElement;
  console: HTMLElement;
  narration: HTMLElement;
  narrationCode: HTMLElement;
  stage: HTMLElement;
  stageContent: HTMLElement;
  frames: HTMLOListElement;
  framesEmpty: HTMLElement;
  generators: HTMLElement;
  generatorsEmpty: HTMLElement;
  objects: HTMLElement;
  objectsEmpty: HTMLElement;
  arrows: SVGSVGElement;
  tokens: HTMLElement;
  memory: HTMLElement;
  controls: HTMLElement;
  help: HTMLDialogElement;
}

function section(className: string, title: string, id: string): [HTMLElement, HTMLElement] {
  const box = element("section", className);
  const heading = element("h2", "ys-section-title", title);
  heading.id = id;
  box.setAttribute("aria-labelledby", id);
  box.append(heading);
  return [box, heading];
}

function placeholder(text: string): HTMLElement {
  return element("p", "ys-empty", text);
}

export function createLayout(root: HTMLElement, prefix: string, withHeader: boolean): Layout {
  root.classList.add("ys-player");
  root.replaceChildren();

  const header = element("header", "ys-header");
  const brand = element("div", "ys-brand");
  brand.innerHTML = '<span class="ys-brand-mark" aria-hidden="true">⤳</span><span class="ys-brand-name">Yieldscope</span>';
  const pickerLabel = element("label", "ys-field ys-example");
  const examplePicker = element("select", "ys-select ys-example-picker");
  pickerLabel.append(element("span", "ys-control-label", "Example"), examplePicker);
  const exampleSummary = element("p", "ys-example-summary");
  const actions = element("div", "ys-header-actions");
  const themeButton = element("button", "ys-button ys-theme-button", "Dark");
  themeButton.type = "button";
  themeButton.title = "Switch between light and dark (T)";
  const helpButton = element("button", "ys-button ys-help-button", "?");
  helpButton.type = "button";
  helpButton.setAttribute("aria-label", "Keyboard shortcuts and legend");
  helpButton.title = "Keyboard shortcuts and legend (?)";
  actions.append(themeButton, helpButton);
  header.append(brand, pickerLabel, exampleSummary, actions);
  header.hidden = !withHeader;

  const main = element("main", "ys-main");
  const column = element("div", "ys-code");
  const [code] = section("ys-program", "Program", `${prefix}-code-title`);
  const editor = element("div", "ys-editor");
  const legend = element("p", "ys-legend");
  legend.innerHTML =
    '<span class="ys-legend-item"><span class="ys-swatch ys-swatch--running"></span>running now</span>' +
    '<span class="ys-legend-item"><span class="ys-swatch ys-swatch--paused"></span>generator paused here</span>';
  const [output] = section("ys-console", "Output", `${prefix}-output-title`);
  const consoleText = element("pre", "ys-console-text");
  consoleText.tabIndex = 0;
  output.append(consoleText);
  const memory = element("div", "ys-memory");
  code.append(editor, legend);
  column.append(code, output, memory);

  const visual = element("section", "ys-visual");
  visual.setAttribute("aria-label", "What the program is doing");
  const narrationBox = element("div", "ys-narration-box");
  const narration = element("p", "ys-narration");
  narration.setAttribute("aria-live", "polite");
  const narrationCode = element("code", "ys-narration-code");
  narrationCode.setAttribute("aria-hidden", "true");
  narrationBox.append(narration, narrationCode);

  const stage = element("div", "ys-stage");
  const stageContent = element("div", "ys-stage-content");
  const [stack] = section("ys-stack", "Call stack", `${prefix}-stack-title`);
  const frames = element("ol", "ys-frames");
  const framesEmpty = placeholder("Empty: nothing is running.");
  stack.append(frames, framesEmpty);
  const [generatorsBox] = section("ys-generators", "Generators", `${prefix}-generators-title`);
  const generators = element("div", "ys-cards");
  const generatorsEmpty = placeholder("No generators yet.");
  generatorsBox.append(generators, generatorsEmpty);
  const [objectsBox] = section("ys-objects", "Objects", `${prefix}-objects-title`);
  const objects = element("div", "ys-object-list");
  const objectsEmpty = placeholder("No lists, iterators or other objects yet.");
  objectsBox.append(objects, objectsEmpty);
  const arrows = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  arrows.classList.add("ys-arrows");
  arrows.dataset.prefix = prefix;
  arrows.setAttribute("aria-hidden", "true");
  const tokens = element("div", "ys-tokens");
  const left = element("div", "ys-stage-column");
  left.append(stack, objectsBox);
  const right = element("div", "ys-stage-column");
  right.append(generatorsBox);
  stageContent.append(left, right, arrows, tokens);
  stage.append(stageContent);
  visual.append(narrationBox, stage);
  main.append(column, visual);

  const controls = element("footer", "ys-controls");
  const help = element("dialog", "ys-help");
  root.append(header, main, controls, help);

  return {
    root,
    header,
    headerActions: actions,
    main,
    visual,
    narrationBox,
    panels: { code, output, memory, narration: narrationBox, stack, generators: generatorsBox, objects: objectsBox },
    examplePicker,
    exampleSummary,
    themeButton,
    helpButton,
    editor,
    console: consoleText,
    narration,
    narrationCode,
    stage,
    stageContent,
    frames,
    framesEmpty,
    generators,
    generatorsEmpty,
    objects,
    objectsEmpty,
    arrows,
    tokens,
    memory,
    controls,
    help,
  };
}

/**
 * Shows only the chosen panels; a column left empty is dropped, so the
 * other fills the player.
 */
export function showPanels(layout: Layout, shown: ReadonlySet<Panel>): void {
  for (const panel of PANELS) layout.panels[panel].hidden = !shown.has(panel);
  const codeColumn = shown.has("code") || shown.has("output") || shown.has("memory");
  const visual = shown.has("narration") || shown.has("stack") || shown.has("generators") || shown.has("objects");
  layout.main.dataset.columns = codeColumn && visual ? "both" : codeColumn ? "code" : "visual";
  // The stage's columns likewise: stack and objects on the left, generators on the right.
  const left = shown.has("stack") || shown.has("objects");
  const right = shown.has("generators");
  layout.stageContent.dataset.columns = left && right ? "both" : left ? "left" : "right";
}
