// One generator as a card: its lifecycle badge, where it is paused, its
// locals (which survive between resumes) and the last values exchanged.
import type { GeneratorView } from "../core/schema";
import { createBindings, drawBindings } from "./bindings";
import { generatorLocals, sourceLine, type StepContext } from "./context";
import { element, flash, setData, setText } from "./dom";
import { generatorName } from "./names";
import { drawValue } from "./values";

const WHERE: Record<GeneratorView["state"], (line: number) => string> = {
  CREATED: (line) => `not run yet: starts at line ${line} on the first next()`,
  RUNNING: (line) => `running line ${line}`,
  SUSPENDED: (line) => `paused at line ${line}`,
  CLOSED: () => "finished",
};

interface CardParts {
  name: HTMLElement;
  alias: HTMLElement;
  badge: HTMLElement;
  where: HTMLElement;
  code: HTMLElement;
  locals: HTMLElement;
  yielded: HTMLElement;
  sent: HTMLElement;
  delegate: HTMLElement;
  delegateValue: HTMLElement;
}

const parts = new WeakMap<HTMLElement, CardParts>();

function exchange(label: string, role: string): [HTMLElement, HTMLElement] {
  const row = element("div", "ys-exchange");
  row.dataset.role = role;
  const value = element("dd", "ys-exchange-value");
  row.append(element("dt", "ys-exchange-label", label), value);
  return [row, value];
}

export function createCard(): HTMLElement {
  const card = element("article", "ys-card");
  const header = element("header", "ys-card-header");
  const name = element("h3", "ys-card-name");
  const alias = element("span", "ys-card-alias");
  const badge = element("span", "ys-badge");
  header.append(name, alias, badge);
  const whereRow = element("p", "ys-card-where");
  const where = element("span", "ys-card-where-text");
  const code = element("code", "ys-card-code");
  whereRow.append(where, code);
  const locals = createBindings();
  const exchanges = element("dl", "ys-card-exchange");
  const [yieldedRow, yielded] = exchange("last yielded", "yielded");
  const [sentRow, sent] = exchange("last sent", "sent");
  exchanges.append(yieldedRow, sentRow);
  const delegate = element("div", "ys-card-delegate");
  const delegateValue = element("span", "ys-card-delegate-value");
  delegate.append(element("span", "ys-card-delegate-label", "yield from"), delegateValue);
  card.append(header, whereRow, locals, exchanges, delegate);
  parts.set(card, { name, alias, badge, where, code, locals, yielded, sent, delegate, delegateValue });
  return card;
}

function drawExchange(target: HTMLElement, value: string | undefined): void {
  const text = value ?? "—";
  if (target.textContent !== text) {
    const changed = target.textContent !== "";
    setText(target, text);
    target.classList.toggle("is-none", value === undefined);
    if (changed && value !== undefined) flash(target, "is-changed");
  }
}

export function drawCard(card: HTMLElement, generator: GeneratorView, context: StepContext): void {
  const shown = parts.get(card);
  if (!shown) return;
  setData(card, "generator", String(generator.id));
  setData(card, "frame", generator.frame === undefined ? null : String(generator.frame));
  setData(card, "state", generator.state);
  setText(shown.name, generatorName(generator));
  setText(shown.alias, (context.namesOf.get(generator.id) ?? []).join(", "));
  setText(shown.badge, generator.state);
  setText(shown.where, WHERE[generator.state](generator.line));
  setText(shown.code, generator.state === "CLOSED" ? "" : sourceLine(context, generator.line));
  const locals = generatorLocals(context, generator);
  drawBindings(shown.locals, locals, context);
  drawExchange(shown.yielded, generator.lastYielded);
  drawExchange(shown.sent, generator.lastSent);
  shown.delegate.hidden = generator.delegate === undefined;
  if (generator.delegate) {
    drawValue(shown.delegateValue, generator.delegate, context.objects);
    const delegate = generator.delegate.kind === "ref" ? context.generators.get(generator.delegate.id) : undefined;
    const chip = shown.delegateValue.firstElementChild;
    if (delegate && chip) setText(chip, generatorName(delegate));
  }
}
