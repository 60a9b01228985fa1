// `<yield-scope>`: a live, animated Python generator in one line of HTML.
//
//   <script type="module" src=".../yield-scope.js"></script>
//   <yield-scope step="3" theme="dark">
//     <script type="text/python">
//       def countdown(n): ...
//     </script>
//   </yield-scope>
//
// This module is small: it defines the element and waits. The player, the
// editor and the core load when the first player comes near the viewport,
// once for the whole page; players further down load as they scroll in.
// Everything lives in a shadow root, so the page's styles and the player's
// stay apart. The program (a `code` attribute or a text/python script) is
// only ever handed to the Python core and drawn as text.
import type { StepView } from "../core/schema";
import type { Player, Prediction } from "../player/player";
import { CONTROL_GROUPS } from "../player/choices";
import componentStyles from "./component.css?inline";
import { dedent, OPTION_NAMES, readOptions, type EmbedOptions } from "./options";

type Mount = typeof import("./mount");

/** How far outside the viewport a player starts loading. */
const LOAD_MARGIN = "300px";
const DEFAULT_HEIGHT = "600px";
/** An embedded player leaves out the hidden-steps toggle unless asked for. */
const DEFAULT_CONTROLS = CONTROL_GROUPS.filter((group) => group !== "hidden");

let mountModule: Promise<Mount> | null = null;
let observer: IntersectionObserver | null = null;
const waiting = new WeakMap<Element, YieldScopeElement>();
let frameSheet: CSSStyleSheet | null = null;

function loadMount(): Promise<Mount> {
  if (!mountModule) {
    // The worker starts, and fetches the core, while the player's code downloads.
    void import("./shared-engine").then(({ sharedEngine }) => sharedEngine());
    mountModule = import("./mount");
  }
  return mountModule;
}

/** One observer for every player on the page: each mounts when it nears the viewport. */
function whenNearViewport(target: Element, player: YieldScopeElement): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer?.unobserve(entry.target);
        void waiting.get(entry.target)?.mount();
        waiting.delete(entry.target);
      }
    },
    { rootMargin: LOAD_MARGIN },
  );
  waiting.set(target, player);
  observer.observe(target);
}

function stopWaiting(target: Element): void {
  observer?.unobserve(target);
  waiting.delete(target);
}

export interface StepDetail {
  /** The step on screen, counted from 1. */
  step: number;
  count: number;
  kind: string;
}

export class YieldScopeElement extends HTMLElement {
  static readonly observedAttributes = OPTION_NAMES;

  private readonly shadow: ShadowRoot;
  private readonly frame: HTMLElement;
  private player: Player | null = null;
  private mounting = false;
  private shownSource = "";
  private readonly childWatch = new MutationObserver(() => void this.reloadIfChanged());
  private resolveReady: () => void = () => undefined;
  /** Resolves when the player has drawn its first step. */
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  constructor() {
    super();
    this.shadow = this.attachShadow({ mode: "open" });
    if (!frameSheet) {
      frameSheet = new CSSStyleSheet();
      frameSheet.replaceSync(componentStyles);
    }
    this.shadow.adoptedStyleSheets = [frameSheet];
    this.frame = document.createElement("div");
    this.frame.className = "ys-host";
    this.frame.part.add("frame");
    const note = document.createElement("p");
    note.className = "ys-waiting";
    note.textContent = "Yieldscope: the player loads when it scrolls into view.";
    this.frame.append(note);
    this.shadow.append(this.frame);
  }

  connectedCallback(): void {
    this.applyHeight();
    this.childWatch.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.player || this.mounting) return;
    // A player asked to present fills the window: it loads at once, wherever it is on the page.
    if (this.hasAttribute("present")) void this.mount();
    else whenNearViewport(this.frame, this);
  }

  disconnectedCallback(): void {
    this.childWatch.disconnect();
    stopWaiting(this.frame);
    // Moved within the page: the player stays. Removed: it stops when the element is next collected.
    queueMicrotask(() => {
      if (this.isConnected || !this.player) return;
      this.player.destroy();
      this.player = null;
      const note = document.createElement("p");
      note.className = "ys-waiting";
      this.frame.replaceChildren(note);
    });
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    if (name === "height") this.applyHeight();
    const player = this.player;
    if (!player) {
      if (name === "present" && after !== null && this.isConnected) void this.mount();
      return;
    }
    const options = this.options();
    switch (name) {
      case "code":
      case "example":
        void this.reloadIfChanged();
        break;
      case "step":
        if (options.step !== undefined) void player.stepTo(options.step - 1);
        break;
      case "theme":
        player.setSettings({ theme: options.theme ?? player.currentSettings.theme });
        break;
      case "speed":
        if (options.speed !== undefined) player.setSettings({ speed: options.speed });
        break;
      case "autoplay":
        if (options.autoplay) player.play();
        else player.pause();
        break;
      case "predict":
        player.setPredicting(options.predict);
        break;
      case "present":
        player.setPresenting(options.present);
        break;
      case "editable":
        player.setEditable(options.editable);
        break;
      case "panels":
        player.setPanels(options.panels ?? []);
        break;
      case "controls":
        player.setControls(options.controls ?? []);
        break;
    }
  }

  /** The options the attributes give, with the program from `code` or a text/python script. */
  private options(): EmbedOptions {
    const options = readOptions((name) => this.getAttribute(name));
    options.source = this.programText();
    return options;
  }

  private programText(): string {
    const code = this.getAttribute("code");
    if (code !== null) return code;
    const script = this.querySelector('script[type="text/python"]');
    return dedent(script?.textContent ?? "");
  }

  /** The program text, or else the gallery example the `example` attribute names (fetched only then). */
  private async program(): Promise<string> {
    const text = this.programText();
    const example = this.getAttribute("example");
    if (text || !example) return text;
    const { loadExamples } = await import("../player/gallery");
    const found = loadExamples().find((candidate) => candidate.id === example);
    return found ? found.source : `# There is no example named ${JSON.stringify(example)}.\n`;
  }

  private applyHeight(): void {
    this.frame.style.height = readOptions((name) => (name === "height" ? this.getAttribute(name) : null)).height ?? DEFAULT_HEIGHT;
  }

  private async reloadIfChanged(): Promise<void> {
    const source = await this.program();
    if (!this.player || source === this.shownSource) return;
    this.shownSource = source;
    await this.player.load(source, null);
  }

  /** Builds the player (the observer calls this when the element nears the viewport). */
  async mount(): Promise<void> {
    if (this.player || this.mounting) return;
    stopWaiting(this.frame);
    this.mounting = true;
    const [{ mountPlayer, adoptPlayerStyles }, source] = await Promise.all([loadMount(), this.program()]);
    this.mounting = false;
    if (!this.isConnected || this.hasPlayer()) return;
    adoptPlayerStyles(this.shadow);
    const options = this.options();
    this.shownSource = source;
    const root = document.createElement("div");
    this.frame.replaceChildren(root);
    this.player = mountPlayer(root, {
      source: this.shownSource,
      header: false,
      editable: options.editable,
      keyboard: options.keys ?? "player",
      startStep: (options.step ?? 1) - 1,
      autoplay: options.autoplay,
      predict: options.predict,
      presenting: options.present,
      ...(options.panels ? { panels: options.panels } : {}),
      controls: options.controls ?? DEFAULT_CONTROLS,
      settings: {
        ...(options.theme ? { theme: options.theme } : {}),
        ...(options.speed !== undefined ? { speed: options.speed } : {}),
      },
      onProgramChange: ({ source }) => (this.shownSource = source),
      onStep: (step, count, view) => this.emitStep(step, count, view),
      // Steps are counted from 1 in every event, as the player shows them.
      onPredict: (prediction: Prediction) => this.emit("yieldscope-predict", { ...prediction, step: prediction.step + 1 }),
    });
    await this.player.ready;
    this.dataset.ready = "true";
    this.resolveReady();
    this.emit("yieldscope-ready", { count: this.player.stepCount });
  }

  /** Whether the player exists (a method, so a check after an await is not narrowed away). */
  private hasPlayer(): boolean {
    return this.player !== null;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private emitStep(step: number, count: number, view: StepView): void {
    const detail: StepDetail = { step: step + 1, count, kind: view.state.event.kind };
    this.emit("yieldscope-step", detail);
  }

  // ---- the element's API ------------------------------------------------

  /** The step on screen, counted from 1 (0 before the player has loaded). */
  get step(): number {
    return this.player ? this.player.currentStep + 1 : 0;
  }

  set step(step: number) {
    void this.stepTo(step);
  }

  /** The number of steps traced so far. */
  get stepCount(): number {
    return this.player?.stepCount ?? 0;
  }

  /** Predict mode's score: `{right, asked}`. */
  get score(): { right: number; asked: number } {
    return { ...(this.player?.predictionScore ?? { right: 0, asked: 0 }) };
  }

  /** Shows step `step` (counted from 1), loading the player first if it has not loaded yet. */
  async stepTo(step: number): Promise<void> {
    await this.mount();
    await this.ready;
    await this.player?.stepTo(Math.max(0, Math.floor(step) - 1));
  }

  async play(): Promise<void> {
    await this.mount();
    await this.ready;
    this.player?.play();
  }

  pause(): void {
    this.player?.pause();
  }

  /** The frame on screen as a PNG picture, at `scale` times its size (the screen's pixel ratio by default). */
  async toPng(scale?: number): Promise<Blob> {
    await this.mount();
    await this.ready;
    const { playerPng } = await import("../export/png");
    if (!this.player) throw new Error("the player was removed from the page");
    return playerPng(this.player.element, scale);
  }

  /** The program, as text (set it to run another). */
  get code(): string {
    return this.programText() || this.shownSource;
  }

  set code(source: string) {
    this.setAttribute("code", source);
  }
}

if (!customElements.get("yield-scope")) customElements.define("yield-scope", YieldScopeElement);

declare global {
  interface HTMLElementTagNameMap {
    "yield-scope": YieldScopeElement;
  }
}
