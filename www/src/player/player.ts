// The player: one program, its trace and a position in it. It owns a root
// element and queries nothing outside it, so a page (or a web component,
// or an iframe embed) can hold several. Its state is the current step and
// the settings; everything on screen is drawn from the step's state.
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/editor.css";
import "./styles/stage.css";
import "./styles/controls.css";
import "./styles/help.css";
import { Engine, type Trace } from "../core/engine";
import type { CompileFailure, StepView, TraceProgress } from "../core/schema";
import { Animator } from "./animation";
import { drawArrows } from "./arrows";
import { createConsole, drawCompileFailure, type ConsoleParts } from "./console-view";
import { stepContext, type StepContext } from "./context";
import { createControls, DEFAULT_SPEED, drawControls, SPEEDS, type Controls } from "./controls";
import { setText } from "./dom";
import { CodeEditor } from "./editor";
import { kindGroup } from "./event-kinds";
import type { Example } from "./gallery";
import { createHelp } from "./help";
import { bindInput } from "./input";
import type { Action } from "./keyboard";
import { createLayout, type Layout } from "./layout";
import { createMemoryGauge, type MemoryGauge } from "./memory-gauge";
import { applyTheme, preferredTheme, prefersReducedMotion, type Theme } from "./theme";
import { renderStep } from "./render";
import { drawMarkers, drawTimeline } from "./timeline";

export interface Settings {
  theme: Theme;
  /** Whether stepping stops at a for loop's hidden iter()/next() steps. */
  showImplicit: boolean;
  /** Index into SPEEDS. */
  speed: number;
  /** The kind group `[` and `]` jump to. */
  jumpKind: string;
}

export interface PlayerOptions {
  /** The core to run programs on; by default the player starts its own worker. */
  engine?: Engine;
  /** Examples offered in the header; the header is hidden without them unless `header` is set. */
  examples?: readonly Example[];
  /** The example to open (by id). */
  example?: string;
  /** A program to open instead of an example. */
  source?: string;
  filename?: string;
  editable?: boolean;
  header?: boolean;
  settings?: Partial<Settings>;
  /** Steps traced before a run stops (and added by each extension). */
  budget?: number;
  /** Whether shortcuts work anywhere on the page or only while focus is in the player. */
  keyboard?: "player" | "page";
  /** Called when the program changes (an example is picked, or the code is edited). */
  onProgramChange?: (program: { example: string | null; source: string }) => void;
  onSettingsChange?: (settings: Settings) => void;
}

export const DEFAULT_BUDGET = 1_000_000;
const EDIT_DELAY = 600;
const STEP_MOTION = 560;
const STATE_CACHE = 256;
const MARKER_INTERVAL = 300;

type Motion = "forward" | "back" | "none";

let players = 0;

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export class Player {
  readonly root: HTMLElement;
  /** Resolves when the first program has been traced and drawn. */
  readonly ready: Promise<void>;
  private readonly options: PlayerOptions;
  private readonly layout: Layout;
  private readonly editor: CodeEditor;
  private readonly controls: Controls;
  private readonly console: ConsoleParts;
  private readonly memory: MemoryGauge;
  private readonly animator: Animator;
  private readonly engine: Engine;
  private readonly examples: readonly Example[];
  private readonly budget: number;
  private readonly cleanups: (() => void)[] = [];

  private settings: Settings;
  private step = 0;
  private playing = false;
  private playRun = 0;
  private trace: Trace | null = null;
  private failure: CompileFailure | null = null;
  private shown: StepContext | null = null;
  private cache = new Map<number, StepView>();
  private sourceLines: string[] = [];
  private exampleId: string | null = null;
  private loadGeneration = 0;
  private navigation: Promise<unknown> = Promise.resolve();
  private queuedNavigations = 0;
  private pendingSeek: number | null = null;
  private editTimer = 0;
  private markerTimer = 0;
  private lastMarkers = 0;
  private progressFrame = 0;
  private progressWaiters: (() => void)[] = [];

  constructor(root: HTMLElement, options: PlayerOptions = {}) {
    this.root = root;
    this.options = options;
    this.engine = options.engine ?? new Engine();
    this.examples = options.examples ?? [];
    this.budget = options.budget ?? DEFAULT_BUDGET;
    this.settings = {
      theme: options.settings?.theme ?? preferredTheme(),
      showImplicit: options.settings?.showImplicit ?? false,
      speed: options.settings?.speed ?? DEFAULT_SPEED,
      jumpKind: options.settings?.jumpKind ?? "yield",
    };
    const prefix = `ys${++players}`;
    this.layout = createLayout(root, prefix, options.header ?? this.examples.length > 0);
    applyTheme(root, this.settings.theme);
    this.editor = new CodeEditor(this.layout.editor, {
      source: "",
      readOnly: options.editable === false,
      label: "Python program",
      onChange: (source) => this.edited(source),
      onRun: () => this.runEdited(),
      onLeave: () => this.layout.stage.focus(),
    });
    this.controls = createControls(this.layout.controls, this.budget);
    this.console = createConsole(this.layout.console);
    this.memory = createMemoryGauge(this.layout.memory);
    this.animator = new Animator(this.layout.stageContent, this.layout.tokens);
    createHelp(this.layout.help, `${prefix}-help-title`);
    this.layout.stage.tabIndex = 0;
    this.layout.stage.setAttribute("aria-label", "Call stack, generators and objects (use the arrow keys to step)");
    this.fillExamplePicker();
    this.cleanups.push(bindInput(this, this.layout, this.controls, options.keyboard ?? "player"));
    this.observeSize();
    this.drawSettings();
    this.ready = this.engine.whenReady().then(() => this.openInitial());
  }

  /** The step on screen. */
  get currentStep(): number {
    return this.step;
  }

  get currentSettings(): Readonly<Settings> {
    return this.settings;
  }

  private openInitial(): Promise<void> {
    const example = this.examples.find((candidate) => candidate.id === this.options.example);
    if (this.options.source !== undefined && !example) return this.load(this.options.source, null);
    const chosen = example ?? this.examples[0];
    return chosen ? this.load(chosen.source, chosen.id) : this.load("", null);
  }

  private fillExamplePicker(): void {
    const picker = this.layout.examplePicker;
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const example of this.examples) {
      let group = groups.get(example.topic);
      if (!group) {
        group = document.createElement("optgroup");
        group.label = example.topic;
        groups.set(example.topic, group);
        picker.append(group);
      }
      group.append(new Option(example.title, example.id));
    }
    picker.append(new Option("Your own code", "", false, false));
    picker.lastElementChild?.setAttribute("hidden", "");
  }

  /** Opens one of the examples by id. */
  openExample(id: string): Promise<void> {
    const example = this.examples.find((candidate) => candidate.id === id);
    return example ? this.load(example.source, example.id) : Promise.resolve();
  }

  /** Opens a program, traces it, and shows its first step. */
  async load(source: string, exampleId: string | null): Promise<void> {
    const generation = ++this.loadGeneration;
    window.clearTimeout(this.editTimer);
    this.pause();
    this.trace?.close();
    this.trace = null;
    this.failure = null;
    this.cache.clear();
    this.step = 0;
    this.exampleId = exampleId;
    this.sourceLines = source.split("\n");
    if (this.editor.source !== source) this.editor.setSource(source);
    this.drawExample();
    this.options.onProgramChange?.({ example: exampleId, source });
    const opening = await this.engine.open(source, this.options.filename ?? "main.py", this.budget);
    if (generation !== this.loadGeneration) {
      if (opening.ok) opening.trace.close();
      return;
    }
    if (!opening.ok) {
      this.showFailure(opening.failure);
      return;
    }
    this.editor.showFailure(null);
    this.trace = opening.trace;
    const trace = opening.trace;
    trace.onProgress(() => this.progressed(trace));
    this.lastMarkers = 0;
    await this.goTo(0, "none");
    this.refreshMarkers();
  }

  private drawExample(): void {
    const example = this.examples.find((candidate) => candidate.id === this.exampleId);
    this.layout.examplePicker.value = example?.id ?? "";
    setText(this.layout.exampleSummary, example?.summary ?? "Your own program: edit it and it reruns.");
  }

  private showFailure(failure: CompileFailure): void {
    this.failure = failure;
    this.shown = null;
    this.animator.cancel();
    this.editor.showFailure(failure);
    drawCompileFailure(this.console, failure);
    setText(this.layout.narration, `${failure.kind} at line ${failure.line}: ${failure.message}. Nothing runs until it is fixed.`);
    setText(this.layout.narrationCode, "");
    this.root.dataset.failed = "true";
    this.drawChrome();
  }

  private edited(source: string): void {
    window.clearTimeout(this.editTimer);
    this.editTimer = window.setTimeout(() => void this.load(source, null), EDIT_DELAY);
  }

  private runEdited(): void {
    void this.load(this.editor.source, null);
  }

  // ---- navigation -------------------------------------------------------

  /** Runs navigations one after another, so fast key repeats stay in order. */
  private enqueue<T>(navigate: () => Promise<T>): Promise<T | undefined> {
    if (this.queuedNavigations > 8) return Promise.resolve(undefined);
    this.queuedNavigations++;
    const navigated = this.navigation.then(navigate).finally(() => this.queuedNavigations--);
    this.navigation = navigated.catch(() => undefined);
    return navigated;
  }

  private async goTo(step: number, motion: Motion): Promise<boolean> {
    const trace = this.trace;
    if (!trace) return false;
    const view = this.cache.get(step) ?? (await trace.state(step));
    if (!view || trace !== this.trace) return false;
    this.present(view, motion);
    return true;
  }

  /**
   * Moves to the next (or previous) step, skipping hidden steps. `wanted`
   * is asked again once the step arrives: a pause pressed meanwhile wins.
   */
  private async move(forward: boolean, motion: Motion, wanted: () => boolean = () => true): Promise<boolean> {
    const trace = this.trace;
    if (!trace) return false;
    const view = await trace.seek(this.step, forward, this.settings.showImplicit);
    if (!view || trace !== this.trace || !wanted()) return false;
    this.present(view, motion);
    return true;
  }

  private async jump(forward: boolean): Promise<void> {
    const trace = this.trace;
    if (!trace) return;
    const view = await trace.seek(this.step, forward, true, kindGroup(this.settings.jumpKind).kinds);
    // Landing on the event plays it, so a jump to a yield shows the value leave.
    if (view && trace === this.trace) this.present(view, forward ? "forward" : "back");
  }

  stepForward(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.move(true, "forward"));
  }

  stepBack(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.move(false, "back"));
  }

  first(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.goTo(0, "none"));
  }

  last(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.goTo(Math.max((this.trace?.stepCount ?? 1) - 1, 0), "none"));
  }

  /** Lets a run stopped by its step budget go on for another budget's worth. */
  extendBudget(): void {
    void this.trace?.extendBudget(this.budget);
  }

  /** Jumps to any step; while dragging the timeline only the latest position is drawn. */
  seek(step: number): void {
    this.pause();
    const idle = this.pendingSeek === null;
    this.pendingSeek = step;
    if (!idle) return;
    void this.enqueue(async () => {
      while (this.pendingSeek !== null) {
        const target = this.pendingSeek;
        await this.goTo(target, "none");
        if (this.pendingSeek === target) this.pendingSeek = null;
      }
    });
  }

  play(): void {
    if (this.playing || !this.trace) return;
    this.playing = true;
    this.drawChrome();
    void this.playLoop();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.drawChrome();
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Plays until paused; pausing and playing again starts a new loop and ends this one. */
  private async playLoop(): Promise<void> {
    const run = ++this.playRun;
    const current = () => run === this.playRun && this.playing;
    if (this.atEnd() && this.trace?.progress.complete) await this.enqueue(() => this.goTo(0, "none"));
    while (current()) {
      const started = performance.now();
      const perSecond = SPEEDS[this.settings.speed]?.perSecond ?? 2;
      const moved = await this.enqueue(() => this.move(true, "forward", current));
      if (!current()) break;
      if (!moved) {
        if (this.trace?.progress.complete ?? true) {
          this.pause();
          break;
        }
        await this.nextProgress();
        continue;
      }
      if (Number.isFinite(perSecond)) await wait(Math.max(0, 1000 / perSecond - (performance.now() - started)));
      else await nextFrame();
    }
  }

  private atEnd(): boolean {
    return this.step >= (this.trace?.stepCount ?? 0) - 1;
  }

  private nextProgress(): Promise<void> {
    return new Promise((resolve) => this.progressWaiters.push(resolve));
  }

  private motionDuration(): number {
    if (prefersReducedMotion()) return 0;
    if (!this.playing) return STEP_MOTION;
    const perSecond = SPEEDS[this.settings.speed]?.perSecond ?? 2;
    if (!Number.isFinite(perSecond)) return 0;
    return Math.min(STEP_MOTION, 850 / perSecond);
  }

  // ---- drawing ----------------------------------------------------------

  private remember(view: StepView): void {
    this.cache.delete(view.state.step);
    this.cache.set(view.state.step, view);
    if (this.cache.size > STATE_CACHE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private present(view: StepView, motion: Motion): void {
    this.remember(view);
    const context = stepContext(view, this.sourceLines);
    const duration = motion === "none" ? 0 : this.motionDuration();
    const before = duration > 0 ? this.animator.capture() : null;
    this.animator.cancel();
    this.step = view.state.step;
    this.shown = context;
    delete this.root.dataset.failed;
    this.render(context);
    if (before) {
      this.animator.settle(before, duration * 0.7);
      if (motion === "forward") this.animator.play(context, before, duration);
    }
  }

  private render(context: StepContext): void {
    renderStep({ layout: this.layout, editor: this.editor, console: this.console, memory: this.memory }, context, this.playing);
    this.drawChrome();
  }

  private drawChrome(): void {
    const progress: TraceProgress | null = this.trace?.progress ?? null;
    const count = this.failure ? 0 : (progress?.steps ?? 0);
    drawControls(this.controls, {
      step: this.step,
      count,
      playing: this.playing,
      progress,
      failed: this.failure !== null,
      speed: this.settings.speed,
      kind: this.settings.jumpKind,
      showImplicit: this.settings.showImplicit,
    });
    const description = this.shown ? `Step ${this.step + 1} of ${count}: ${this.shown.state.event.kind.replace("_", " ")}` : "No steps";
    drawTimeline(this.controls.timeline, this.step, count, description);
    this.root.dataset.playing = String(this.playing);
    this.root.dataset.end = progress?.end ?? "";
  }

  private drawSettings(): void {
    applyTheme(this.root, this.settings.theme);
    setText(this.layout.themeButton, this.settings.theme === "dark" ? "☀ Light" : "☾ Dark");
    this.layout.themeButton.setAttribute("aria-label", `Switch to the ${this.settings.theme === "dark" ? "light" : "dark"} theme`);
    this.drawChrome();
  }

  setSettings(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.drawSettings();
    if (change.theme) this.refreshMarkers();
    this.options.onSettingsChange?.(this.settings);
  }

  private progressed(trace: Trace): void {
    if (trace !== this.trace) return;
    for (const resolve of this.progressWaiters.splice(0)) resolve();
    if (!this.progressFrame) {
      this.progressFrame = requestAnimationFrame(() => {
        this.progressFrame = 0;
        this.drawChrome();
      });
    }
    const due = performance.now() - this.lastMarkers >= MARKER_INTERVAL;
    if (trace.progress.complete || due) this.refreshMarkers();
    else if (!this.markerTimer) this.markerTimer = window.setTimeout(() => this.refreshMarkers(), MARKER_INTERVAL);
  }

  private refreshMarkers(): void {
    window.clearTimeout(this.markerTimer);
    this.markerTimer = 0;
    this.lastMarkers = performance.now();
    const trace = this.trace;
    if (!trace) return;
    const steps = trace.stepCount;
    const cells = Math.max(Math.min(Math.floor(this.controls.timeline.markers.clientWidth / 4), steps), 1);
    void trace.kindMap(cells).then((map) => {
      if (trace === this.trace) drawMarkers(this.controls.timeline, map, steps, trace.eventKinds, this.root);
    });
  }

  /** Does what a control or key asks for. */
  perform(action: Action): void {
    switch (action) {
      case "forward":
        void this.stepForward();
        break;
      case "back":
        void this.stepBack();
        break;
      case "play":
        this.togglePlay();
        break;
      case "first":
        void this.first();
        break;
      case "last":
        void this.last();
        break;
      case "nextOfKind":
        this.pause();
        void this.enqueue(() => this.jump(true));
        break;
      case "previousOfKind":
        this.pause();
        void this.enqueue(() => this.jump(false));
        break;
      case "faster":
        this.setSettings({ speed: Math.min(this.settings.speed + 1, SPEEDS.length - 1) });
        break;
      case "slower":
        this.setSettings({ speed: Math.max(this.settings.speed - 1, 0) });
        break;
      case "implicit":
        this.setSettings({ showImplicit: !this.settings.showImplicit });
        break;
      case "theme":
        this.setSettings({ theme: this.settings.theme === "dark" ? "light" : "dark" });
        break;
      case "help":
        this.toggleHelp();
        break;
      default:
        if (action.startsWith("kind:")) this.setSettings({ jumpKind: action.slice("kind:".length) });
    }
  }

  private toggleHelp(): void {
    const help = this.layout.help;
    if (help.open) help.close();
    else help.showModal();
  }

  /** Redraws what depends on the player's size: the arrows and the timeline's markers. */
  private observeSize(): void {
    let arrowFrame = 0;
    const stage = new ResizeObserver(() => {
      if (arrowFrame) return;
      arrowFrame = requestAnimationFrame(() => {
        arrowFrame = 0;
        drawArrows(this.layout.arrows, this.layout.stageContent);
      });
    });
    stage.observe(this.layout.stageContent);
    const timeline = new ResizeObserver(() => this.refreshMarkers());
    timeline.observe(this.controls.timeline.markers);
    this.cleanups.push(
      () => stage.disconnect(),
      () => timeline.disconnect(),
    );
  }

  /** Stops the player and its worker, and empties the root. */
  destroy(): void {
    this.pause();
    window.clearTimeout(this.editTimer);
    window.clearTimeout(this.markerTimer);
    this.trace?.close();
    this.engine.terminate();
    this.editor.destroy();
    for (const cleanup of this.cleanups) cleanup();
    this.root.replaceChildren();
  }
}
