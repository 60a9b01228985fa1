// Predict mode: before a value comes out of a generator (a yield, which is
// what next(), send() or a for loop receives) or a sent value lands in a
// paused one, the player stops and asks the learner what it will be. The
// answer is checked against the repr the core reports, as text: nothing
// here evaluates Python.
import type { StepState, StepView } from "../core/schema";
import { element, setText } from "./dom";
import { generatorName } from "./names";

export interface Question {
  step: number;
  prompt: string;
  /** The repr the core reports for the value. */
  expected: string;
  /** What the value is, for the reveal: `countdown yields`. */
  subject: string;
  choices: string[];
}

export interface Score {
  right: number;
  asked: number;
}

const DESTINATION: Record<string, string> = {
  next: " of next()",
  send: " of send()",
  for: " to the for loop",
  yield_from: " up through yield from",
};

/** The question to ask before `view` is shown, or null when it shows no value arriving. */
export function questionAbout(view: StepView, candidates: readonly string[]): Question | null {
  const { event } = view.state;
  const generator = view.state.generators.find((candidate) => candidate.id === event.generator) ?? view.departedGenerator;
  const name = generator ? generatorName(generator) : "the generator";
  let prompt: string;
  let subject: string;
  if (event.kind === "yield" && event.value !== undefined) {
    prompt = `${name} is about to yield. What value comes out${DESTINATION[view.resumedBy?.via ?? ""] ?? ""}?`;
    subject = `${name} yields`;
  } else if (event.kind === "resume" && event.via === "send" && event.value !== undefined && generator?.lastYielded !== undefined) {
    prompt = `send() resumes ${name}. What value does the paused yield expression take?`;
    subject = "the yield expression takes";
  } else {
    return null;
  }
  return { step: view.state.step, prompt, expected: event.value, subject, choices: choicesFor(event.value, candidates, view.state.step) };
}

/**
 * A repr as text to compare: whitespace outside string literals does not
 * count, and a string in double quotes equals the same string in single
 * quotes (when it holds neither quote nor backslash, so both spell it alike).
 */
export function normaliseRepr(text: string): string {
  let normal = "";
  let index = 0;
  const source = text.trim();
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < source.length && source.charAt(end) !== char) end += source.charAt(end) === "\\" ? 2 : 1;
      const body = source.slice(index + 1, end);
      normal += /['"\\]/.test(body) ? source.slice(index, end + 1) : `'${body}'`;
      index = end + 1;
    } else {
      if (!/\s/.test(char)) normal += char;
      index++;
    }
  }
  return normal;
}

export function sameRepr(answer: string, expected: string): boolean {
  return normaliseRepr(answer) === normaliseRepr(expected);
}

/** Values the learner can see on screen: plausible wrong answers. */
export function candidateReprs(state: StepState): string[] {
  const seen: string[] = [];
  const add = (repr: string | undefined) => {
    if (repr !== undefined && repr.length <= 40 && !seen.includes(repr)) seen.push(repr);
  };
  for (const generator of state.generators) {
    add(generator.lastYielded);
    for (const binding of generator.locals) if (binding.value.kind === "prim") add(binding.value.repr);
  }
  for (const frame of state.frames) for (const binding of frame.locals) if (binding.value.kind === "prim") add(binding.value.repr);
  add("None");
  return seen;
}

/** Up to four choices, the right one among them, in an order that depends on the step only. */
export function choicesFor(expected: string, candidates: readonly string[], seed: number): string[] {
  const wrong = candidates.filter((candidate) => !sameRepr(candidate, expected)).slice(0, 3);
  if (wrong.length === 0) return [];
  const choices = [...wrong];
  choices.splice(seed % (wrong.length + 1), 0, expected);
  return choices;
}

export interface PredictPanel {
  box: HTMLElement;
  /** Before the first question: says what will happen. */
  wait(): void;
  show(question: Question): void;
  reveal(question: Question, answer: string | null, right: boolean): void;
  drawScore(score: Score): void;
}

/** The question box between the narration and the stage. */
export function createPredictPanel(prefix: string, onAnswer: (answer: string | null) => void): PredictPanel {
  const box = element("section", "ys-predict");
  const titleId = `${prefix}-predict-title`;
  box.setAttribute("aria-labelledby", titleId);
  const header = element("div", "ys-predict-header");
  const title = element("h2", "ys-section-title", "Predict");
  title.id = titleId;
  const score = element("span", "ys-predict-score");
  score.setAttribute("role", "status");
  header.append(title, score);
  const prompt = element("p", "ys-predict-prompt");
  prompt.id = `${prefix}-predict-prompt`;
  const choices = element("div", "ys-predict-choices");
  choices.setAttribute("role", "group");
  choices.setAttribute("aria-label", "Choices");
  const form = element("form", "ys-predict-form");
  const label = element("label", "ys-field ys-predict-field");
  // A text field drawn like the player's other fields.
  const input = element("input", "ys-select ys-predict-input");
  input.type = "text";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("aria-describedby", prompt.id);
  label.append(element("span", "ys-control-label", "Your answer"), input);
  const check = element("button", "ys-button ys-predict-check", "Check");
  check.type = "submit";
  const skip = element("button", "ys-button ys-predict-skip", "Show me");
  skip.type = "button";
  form.append(label, check, skip);
  const feedback = element("p", "ys-predict-feedback");
  feedback.setAttribute("aria-live", "assertive");
  const hint = element("p", "ys-predict-hint", "Step forward: before each value comes out of a generator, or a sent value goes in, you are asked what it will be.");
  box.append(header, prompt, hint, choices, form, feedback);
  box.hidden = true;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim() !== "") onAnswer(input.value);
  });
  skip.addEventListener("click", () => onAnswer(null));

  return {
    box,
    wait() {
      box.dataset.state = "waiting";
      form.hidden = true;
      choices.hidden = true;
      setText(feedback, "");
    },
    show(question) {
      box.hidden = false;
      box.dataset.state = "asking";
      setText(prompt, question.prompt);
      setText(feedback, "");
      form.hidden = false;
      input.value = "";
      choices.replaceChildren(
        ...question.choices.map((choice) => {
          const button = element("button", "ys-button ys-predict-choice", choice);
          button.type = "button";
          button.addEventListener("click", () => onAnswer(choice));
          return button;
        }),
      );
      choices.hidden = question.choices.length === 0;
      input.focus({ preventScroll: true });
    },
    reveal(question, answer, right) {
      box.dataset.state = answer === null ? "shown" : right ? "right" : "wrong";
      form.hidden = true;
      choices.hidden = true;
      const fact = `${question.subject} ${question.expected}.`;
      if (answer === null) setText(feedback, `Shown: ${fact}`);
      else if (right) setText(feedback, `✓ Right: ${fact}`);
      else setText(feedback, `✗ Not quite: you said ${answer.trim()}, and ${fact}`);
    },
    drawScore({ right, asked }) {
      setText(score, `${right} right of ${asked}`);
      box.dataset.right = String(right);
      box.dataset.asked = String(asked);
    },
  };
}
