// The player: one program, its trace and a position in it. It owns a root
// element and queries nothing outside it, so a page (or a web component,
// or an iframe embed) can hold several. Its state is the current step and
// the settings; everything on screen is drawn from the step's state. Its
// styles (styles/player.css) are the page's to load: a document imports
// them, the web component adopts them into its shadow root.
import type { TraceHandle, TraceHost } from "../core/host";
import type { Recording } from "../core/recorded";
import { SCHEMA_VERSION, type CompileFailure, type StepState, type StepView, type TraceProgress } from "../core/schema";
import { Animator } from "./animation";
import { drawArrows } from "./arrows";
import { createConsole, drawCompileFailure, type ConsoleParts } from "./console-view";
import { stepContext, type StepContext } from "./context";
import { CONTROL_GROUPS, DEFAULT_SPEED, PANELS, SPEEDS, type ControlGroup, type Panel } from "./choices";
import { createControls, drawControls, showControls, type Controls } from "./controls";
import { element, setText } from "./dom";
import { kindGroup } from "./event-kinds";
import type { Example } from "./gallery";
import { createHelp } from "./help";
import { bindInput } from "./input";
import type { Action } from "./keyboard";
import { createLayout, showPanels, type Layout } from "./layout";
import { createMemoryGauge, type MemoryGauge } from "./memory-gauge";
import { candidateReprs, createPredictPanel, questionAbout, sameRepr, type PredictPanel, type Question, type Score } from "./predict";
import { applyTheme, preferredTheme, prefersReducedMotion, type Theme } from "./theme";
import { renderStep } from "./render";
import type { SourceView, SourceViewFactory } from "./source-view";
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

/** A button a page adds to the player's header (Share, Embed, Export). */
export interface Tool {
  label: string;
  title: string;
  className: string;
  run: (player: Player, button: HTMLButtonElement) => void;
}

/** The outcome of one prediction, as `onPredict` reports it. */
export interface Prediction {
  step: number;
  expected: string;
  /** What the learner answered; null when they asked to be shown. */
  answer: string | null;
  right: boolean;
  score: Score;
}

export interface PlayerOptions {
  /** What runs the programs: an `Engine` (a worker, which players may share) or a recorded trace. */
  engine: TraceHost;
  /** The view of the program: the CodeMirror editor, or a plain listing. */
  createSourceView: SourceViewFactory;
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
  /** The step (0-based) to show first when the program opens. */
  startStep?: number;
  autoplay?: boolean;
  /** Which panels show (all by default). */
  panels?: Iterable<Panel>;
  /** Which controls show (all but the help button, which the header has, by default). */
  controls?: Iterable<ControlGroup>;
  /** Whether the player asks for each value before it comes out. */
  predict?: boolean;
  /** Whether the player opens in the presentation view. */
  presenting?: boolean;
  /** Buttons for the header. */
  tools?: readonly Tool[];
  /** Called whenever a step is drawn. */
  onStep?: (step: number, count: number, view: StepView) => void;
  onPredict?: (prediction: Prediction) => void;
  /** Called when predict mode or the presentation view is turned on or off. */
  onModeChange?: () => void;
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
  private readonly editor: SourceView;
  private readonly controls: Controls;
  private readonly console: ConsoleParts;
  private readonly memory: MemoryGauge;
  private readonly animator: Animator;
  private readonly engine: TraceHost;
  private readonly predictPanel: PredictPanel;
  private readonly examples: readonly Example[];
  private readonly budget: number;
  private readonly cleanups: (() => void)[] = [];

  private settings: Settings;
  private step = 0;
  private playing = false;
  private playRun = 0;
  private trace: TraceHandle | null = null;
  private presenting = false;
  /** The theme to return to when the presentation view ends. */
  private themeBeforePresenting: Theme | null = null;
  private predicting = false;
  private score: Score = { right: 0, asked: 0 };
  /** Steps whose question was answered (or skipped): stepping over them again does not ask. */
  private answered = new Set<number>();
  private question: { question: Question; view: StepView } | null = null;
  private startStep = 0;
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

  constructor(root: HTMLElement, options: PlayerOptions) {
    this.root = root;
    this.options = options;
    this.engine = options.engine;
    this.startStep = options.startStep ?? 0;
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
    this.editor = options.createSourceView(this.layout.editor, {
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
    this.predictPanel = createPredictPanel(prefix, (answer) => this.answer(answer));
    this.layout.narrationBox.after(this.predictPanel.box);
    createHelp(this.layout.help, `${prefix}-help-title`);
    this.layout.stage.tabIndex = 0;
    this.layout.stage.setAttribute("aria-label", "Call stack, generators and objects (use the arrow keys to step)");
    this.fillExamplePicker();
    this.addTools(options.tools ?? []);
    this.cleanups.push(bindInput(this, this.layout, this.controls, options.keyboard ?? "player"));
    this.observeSize();
    this.setPanels(options.panels ?? PANELS);
    this.setControls(options.controls ?? CONTROL_GROUPS.filter((group) => group !== "help" || this.layout.header.hidden));
    this.showPredicting(options.predict ?? false);
    this.showPresenting(options.presenting ?? false);
    this.drawSettings();
    this.ready = this.engine.whenReady().then(() => this.openInitial());
    if (options.autoplay) void this.ready.then(() => this.play());
  }

  /** The number of steps traced so far. */
  get stepCount(): number {
    return this.failure ? 0 : (this.trace?.stepCount ?? 0);
  }

  /** The program on screen. */
  get source(): string {
    return this.editor.source;
  }

  get example(): string | null {
    return this.exampleId;
  }

  get isPresenting(): boolean {
    return this.presenting;
  }

  get isPredicting(): boolean {
    return this.predicting;
  }

  get predictionScore(): Readonly<Score> {
    return this.score;
  }

  /**
   * The run as a recording (every step's state, up to `limit` steps), for
   * an exported file; `onProgress` hears how many steps are collected.
   */
  async recording(limit: number, onProgress: (done: number, total: number) => void = () => undefined): Promise<Recording | null> {
    const trace = this.trace;
    if (!trace) return null;
    while (!trace.progress.complete && trace === this.trace) await this.nextProgress();
    const total = Math.min(trace.stepCount, limit);
    const steps: StepState[] = [];
    for (let step = 0; step < total; step++) {
      const view = this.cache.get(step) ?? (await trace.state(step));
      if (!view || trace !== this.trace) return null;
      steps.push(view.state);
      if (step % 50 === 0) onProgress(step, total);
    }
    return { schema: SCHEMA_VERSION, filename: this.options.filename ?? `${this.exampleId ?? "main"}.py`, source: this.source, eventKinds: trace.eventKinds, steps };
  }

  /** The player's root element and everything drawn in it. */
  get element(): HTMLElement {
    return this.root;
  }

  private addTools(tools: readonly Tool[]): void {
    const buttons = tools.map((tool) => {
      const button = element("button", `ys-button ${tool.className}`, tool.label);
      button.type = "button";
      button.title = tool.title;
      button.addEventListener("click", () => tool.run(this, button));
      return button;
    });
    this.layout.headerActions.prepend(...buttons);
  }

  setPanels(panels: Iterable<Panel>): void {
    showPanels(this.layout, new Set(panels));
  }

  setControls(groups: Iterable<ControlGroup>): void {
    showControls(this.controls, new Set(groups));
  }

  setEditable(editable: boolean): void {
    this.editor.setReadOnly(!editable);
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
    if (this.options.source !== undefined && !example) return this.load(this.options.source, null, this.startStep);
    const chosen = example ?? this.examples[0];
    return chosen ? this.load(chosen.source, chosen.id, this.startStep) : this.load("", null);
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
  openExample(id: string, startStep = 0): Promise<void> {
    const example = this.examples.find((candidate) => candidate.id === id);
    return example ? this.load(example.source, example.id, startStep) : Promise.resolve();
  }

  /** Opens a program, traces it, and shows its first step (or `startStep`, for a program opened from a link). */
  async load(source: string, exampleId: string | null, startStep = 0): Promise<void> {
    const generation = ++this.loadGeneration;
    window.clearTimeout(this.editTimer);
    this.pause();
    this.trace?.close();
    this.trace = null;
    this.failure = null;
    this.cache.clear();
    this.dismissQuestion();
    this.answered.clear();
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
    await this.goTo(await this.reachable(trace, startStep), "none");
    this.refreshMarkers();
  }

  /** `step`, once the trace has grown that far (or its last step, when it ends sooner). */
  private async reachable(trace: TraceHandle, step: number): Promise<number> {
    while (step >= trace.stepCount && !trace.progress.complete && trace === this.trace) {
      await new Promise<void>((resolve) => {
        const stop = trace.onProgress(() => {
          stop();
          resolve();
        });
      });
    }
    return Math.max(0, Math.min(step, trace.stepCount - 1));
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
    if (forward && this.ask(view)) return false;
    this.present(view, motion);
    return true;
  }

  private async jump(forward: boolean): Promise<void> {
    const trace = this.trace;
    if (!trace) return;
    const view = await trace.seek(this.step, forward, true, kindGroup(this.settings.jumpKind).kinds);
    if (!view || trace !== this.trace || (forward && this.ask(view))) return;
    // Landing on the event plays it, so a jump to a yield shows the value leave.
    this.present(view, forward ? "forward" : "back");
  }

  // ---- predict mode -----------------------------------------------------

  setPredicting(predicting: boolean): void {
    this.showPredicting(predicting);
    this.options.onModeChange?.();
  }

  private showPredicting(predicting: boolean): void {
    this.predicting = predicting;
    this.root.dataset.predict = String(predicting);
    if (!predicting) this.dismissQuestion();
    else if (!this.question && this.score.asked === 0) this.predictPanel.wait();
    this.predictPanel.box.hidden = !predicting;
    this.predictPanel.drawScore(this.score);
  }

  /**
   * In predict mode, stops before a step that shows a value arriving and
   * asks for it; returns whether it did. The step is shown once answered.
   */
  private ask(view: StepView): boolean {
    if (!this.predicting || this.answered.has(view.state.step)) return false;
    const question = questionAbout(view, this.shown ? candidateReprs(this.shown.state) : []);
    if (!question) return false;
    this.pause();
    this.question = { question, view };
    this.root.dataset.asking = "true";
    this.predictPanel.show(question);
    return true;
  }

  private answer(answer: string | null): void {
    const asked = this.question;
    if (!asked) return;
    this.dismissQuestion();
    const { question, view } = asked;
    this.answered.add(question.step);
    const right = answer !== null && sameRepr(answer, question.expected);
    if (answer !== null) this.score = { right: this.score.right + (right ? 1 : 0), asked: this.score.asked + 1 };
    this.predictPanel.drawScore(this.score);
    this.predictPanel.reveal(question, answer, right);
    this.options.onPredict?.({ step: question.step, expected: question.expected, answer, right, score: this.score });
    this.layout.stage.focus({ preventScroll: true });
    void this.enqueue(() => {
      if (this.trace && !this.question) this.present(view, "forward");
      return Promise.resolve(true);
    });
  }

  private dismissQuestion(): void {
    this.question = null;
    delete this.root.dataset.asking;
  }

  // ---- presentation view ------------------------------------------------

  /** The presentation view: the player fills the window in large type and the high-contrast theme. */
  setPresenting(presenting: boolean): void {
    if (presenting === this.presenting) return;
    this.showPresenting(presenting);
    this.options.onModeChange?.();
  }

  private showPresenting(presenting: boolean): void {
    if (presenting === this.presenting) return;
    this.presenting = presenting;
    this.root.toggleAttribute("data-present", presenting);
    if (presenting) {
      this.themeBeforePresenting = this.settings.theme;
      this.settings = { ...this.settings, theme: "contrast" };
    } else if (this.themeBeforePresenting) {
      this.settings = { ...this.settings, theme: this.themeBeforePresenting };
      this.themeBeforePresenting = null;
    }
    this.drawSettings();
    this.refreshMarkers();
    // A clicker's keys go to whatever has focus: make that the player.
    if (presenting && !this.hasFocus()) this.layout.stage.focus({ preventScroll: true });
    requestAnimationFrame(() => this.editor.revealRunning());
  }

  /** Whether focus is inside the player (in its document or its shadow root). */
  private hasFocus(): boolean {
    const active = (this.root.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && this.root.contains(active);
  }

  stepForward(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.move(true, "forward"));
  }

  stepBack(): Promise<boolean | undefined> {
    this.pause();
    return this.enqueue(() => this.move(false, "back"));
  }

  /** Shows a step (0-based), as a link or the embedding page asks. */
  stepTo(step: number): Promise<boolean | undefined> {
    this.pause();
    this.dismissQuestion();
    return this.enqueue(async () => (this.trace ? this.goTo(await this.reachable(this.trace, step), "none") : false));
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
    this.dismissQuestion();
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
    this.options.onStep?.(this.step, this.stepCount, view);
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
      presenting: this.presenting,
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
    // A theme chosen while presenting is the one to keep afterwards.
    if (change.theme && this.presenting) this.themeBeforePresenting = null;
    this.drawSettings();
    if (change.theme) this.refreshMarkers();
    this.options.onSettingsChange?.(this.settings);
  }

  private progressed(trace: TraceHandle): void {
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

  /** Does what a control or key asks for; returns whether it applied. */
  perform(action: Action): boolean {
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
        this.setSettings({ theme: this.settings.theme === "light" ? "dark" : "light" });
        break;
      case "help":
        this.toggleHelp();
        break;
      case "present":
        this.setPresenting(!this.presenting);
        break;
      case "leave":
        if (!this.presenting) return false;
        this.setPresenting(false);
        break;
      default:
        if (!action.startsWith("kind:")) return false;
        this.setSettings({ jumpKind: action.slice("kind:".length) });
    }
    return true;
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

  /** Stops the player and empties the root; the engine, which others may share, goes on. */
  destroy(): void {
    this.pause();
    this.loadGeneration++;
    window.clearTimeout(this.editTimer);
    window.clearTimeout(this.markerTimer);
    this.trace?.close();
    this.trace = null;
    this.editor.destroy();
    for (const cleanup of this.cleanups) cleanup();
    this.root.replaceChildren();
  }
}
