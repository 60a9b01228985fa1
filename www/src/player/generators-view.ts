// Every live generator as a card, in creation order: a pipeline's stages
// appear in the order they were built, source first. A generator that
// finished at this step and no longer exists keeps its card for this one
// step, marked finished, so it leaves instead of vanishing.
import type { GeneratorView } from "../core/schema";
import type { StepContext } from "./context";
import { reconcile } from "./dom";
import { createCard, drawCard } from "./generator-card";

function cardsOf(context: StepContext): GeneratorView[] {
  const departed = context.departedGenerator;
  if (!departed) return context.state.generators;
  const finished: GeneratorView = { ...departed, state: "CLOSED", locals: [], delegate: undefined };
  return [...context.state.generators, finished].sort((a, b) => a.id - b.id);
}

export function drawGenerators(container: HTMLElement, empty: HTMLElement, context: StepContext): void {
  const cards = cardsOf(context);
  reconcile(container, cards, (generator) => String(generator.id), createCard, (card, generator) => {
    drawCard(card, generator, context);
    card.classList.toggle("is-departing", generator.id === context.departedGenerator?.id);
  });
  empty.hidden = cards.length > 0;
}
