// Motion between two steps. Boxes that moved glide to their new place
// (FLIP: measure before the render, after it, and animate the difference);
// values travel as tokens between the frame and generator card involved in
// the step's event. Positions are relative to the stage content, so the
// stage may scroll.
import type { StepContext } from "./context";
import { flash } from "./dom";

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Positions = Map<string, Box>;

type TokenStyle = "yield" | "send" | "request" | "exception" | "finish";

const TRAVEL_EASING = "cubic-bezier(0.45, 0, 0.25, 1)";

export class Animator {
  private running: Animation[] = [];

  constructor(
    private readonly content: HTMLElement,
    private readonly layer: HTMLElement,
  ) {}

  private box(target: Element): Box {
    const origin = this.content.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
  }

  /** Where every frame, card and object box is now, by a stable key. */
  capture(): Positions {
    const positions: Positions = new Map();
    for (const frame of this.content.querySelectorAll<HTMLElement>(".ys-frame[data-frame]")) {
      positions.set(`frame:${frame.dataset.frame}`, this.box(frame));
    }
    for (const card of this.content.querySelectorAll<HTMLElement>(".ys-card[data-generator]")) {
      const box = this.box(card);
      positions.set(`card:${card.dataset.generator}`, box);
      if (card.dataset.frame) positions.set(`card-frame:${card.dataset.frame}`, box);
    }
    for (const object of this.content.querySelectorAll<HTMLElement>(".ys-object[data-object]")) {
      positions.set(`object:${object.dataset.object}`, this.box(object));
    }
    return positions;
  }

  /** Stops every animation at once (a new step is being drawn). */
  cancel(): void {
    for (const animation of this.running) animation.cancel();
    this.running = [];
    this.layer.replaceChildren();
  }

  private track(animation: Animation): Animation {
    this.running.push(animation);
    animation.finished.then(
      () => (this.running = this.running.filter((other) => other !== animation)),
      () => undefined,
    );
    return animation;
  }

  /** Boxes that moved glide from where they were; new ones fade in. */
  settle(before: Positions, duration: number): void {
    const keyed: [string, HTMLElement][] = [];
    for (const frame of this.content.querySelectorAll<HTMLElement>(".ys-frame[data-frame]")) keyed.push([`frame:${frame.dataset.frame}`, frame]);
    for (const card of this.content.querySelectorAll<HTMLElement>(".ys-card[data-generator]")) keyed.push([`card:${card.dataset.generator}`, card]);
    for (const object of this.content.querySelectorAll<HTMLElement>(".ys-object[data-object]")) keyed.push([`object:${object.dataset.object}`, object]);
    for (const [key, target] of keyed) {
      const was = before.get(key);
      if (!was) {
        this.track(target.animate([{ opacity: 0, transform: "translateY(6px)" }, { opacity: 1, transform: "none" }], { duration, easing: "ease-out" }));
        continue;
      }
      const now = this.box(target);
      const dx = was.left - now.left;
      const dy = was.top - now.top;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
      this.track(target.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: "none" }], { duration, easing: TRAVEL_EASING }));
    }
  }

  private placeOfFrame(frameId: number | undefined, before: Positions): Box | null {
    if (frameId === undefined) return null;
    const now =
      this.content.querySelector(`.ys-card[data-frame="${frameId}"]`) ?? this.content.querySelector(`.ys-frame[data-frame="${frameId}"]`);
    if (now) return this.box(now);
    return before.get(`card-frame:${frameId}`) ?? before.get(`frame:${frameId}`) ?? null;
  }

  private card(generatorId: number | undefined): HTMLElement | null {
    if (generatorId === undefined) return null;
    return this.content.querySelector<HTMLElement>(`.ys-card[data-generator="${generatorId}"]`);
  }

  private createToken(text: string, style: TokenStyle): HTMLElement {
    const token = document.createElement("div");
    token.className = `ys-token ys-token--${style}`;
    token.textContent = text.length > 24 ? `${text.slice(0, 22)}…` : text;
    token.setAttribute("aria-hidden", "true");
    this.layer.append(token);
    return token;
  }

  /** The pipe joining two generator cards, and whether it runs from the first to the second. */
  private pipe(from: number | undefined, to: number | undefined): { path: string; forward: boolean } | null {
    if (from === undefined || to === undefined) return null;
    for (const shape of this.content.querySelectorAll<SVGPathElement>("path.ys-arrow--pipe")) {
      const { from: start, to: end } = shape.dataset;
      const path = shape.getAttribute("d");
      if (!path) continue;
      if (start === String(from) && end === String(to)) return { path, forward: true };
      if (start === String(to) && end === String(from)) return { path, forward: false };
    }
    return null;
  }

  /** Sends a value along a pipe, so it visibly passes through it. */
  private throughPipe(text: string, style: TokenStyle, pipe: { path: string; forward: boolean }, duration: number): void {
    const token = this.createToken(text, style);
    token.style.offsetPath = `path("${pipe.path}")`;
    token.style.offsetRotate = "0deg";
    // Hugging the pipe from inside keeps the token over the cards, not cut off at the stage's edge.
    token.style.offsetAnchor = "100% 50%";
    const [start, end] = pipe.forward ? ["0%", "100%"] : ["100%", "0%"];
    const travel = token.animate(
      [
        { offsetDistance: start, opacity: 0 },
        { offsetDistance: start, opacity: 1, offset: 0.1 },
        { offsetDistance: end, opacity: 1, offset: 0.85 },
        { offsetDistance: end, opacity: 0 },
      ],
      { duration, easing: TRAVEL_EASING, fill: "forwards" },
    );
    this.track(travel);
    travel.finished.then(
      () => token.remove(),
      () => token.remove(),
    );
  }

  private token(text: string, style: TokenStyle, from: Box, to: Box, duration: number, landing: "centre" | "top" = "top"): void {
    const token = this.createToken(text, style);
    const startX = from.left + from.width / 2;
    const startY = from.top + Math.min(from.height / 2, 22);
    const endX = to.left + to.width / 2;
    const endY = landing === "centre" ? to.top + to.height / 2 : to.top + Math.min(to.height / 2, 22);
    const at = (x: number, y: number, scale: number) => `translate(${x}px, ${y}px) translate(-50%, -50%) scale(${scale})`;
    const travel = token.animate(
      [
        { transform: at(startX, startY, 0.6), opacity: 0 },
        { transform: at(startX, startY, 1), opacity: 1, offset: 0.12 },
        { transform: at(endX, endY, 1), opacity: 1, offset: 0.82 },
        { transform: at(endX, endY, 0.9), opacity: 0 },
      ],
      { duration, easing: TRAVEL_EASING, fill: "forwards" },
    );
    this.track(travel);
    travel.finished.then(
      () => token.remove(),
      () => token.remove(),
    );
  }

  /** Animates the event that led to this step. */
  play(context: StepContext, before: Positions, duration: number): void {
    const { event, inFlight } = context.state;
    const card = this.card(event.generator);
    switch (event.kind) {
      case "yield": {
        const pipe = this.pipe(event.generator, context.generatorOfFrame.get(event.frame)?.id);
        const to = this.placeOfFrame(event.frame, before);
        if (pipe) this.throughPipe(event.value ?? "None", "yield", pipe, duration);
        else if (card && to) this.token(event.value ?? "None", "yield", this.box(card), to, duration);
        if (card) flash(card, "is-suspending");
        break;
      }
      case "resume": {
        const from = this.placeOfFrame(event.from, before);
        if (card && from) {
          const where = card.querySelector(".ys-card-where") ?? card;
          if (event.via === "throw" || event.via === "close" || event.via === "finalize") {
            const exception = inFlight?.value.kind === "ref" ? inFlight.value.typeName : "exception";
            this.token(exception, "exception", from, this.box(where), duration, "centre");
          } else if (event.value !== undefined) {
            const pipe = event.via === "yield_from" ? this.pipe(context.generatorOfFrame.get(event.from ?? -1)?.id, event.generator) : null;
            if (pipe) this.throughPipe(event.value, "send", pipe, duration);
            else this.token(event.value, "send", from, this.box(where), duration, "centre");
          } else {
            this.token("next()", "request", from, this.box(card), duration);
          }
        }
        if (card) flash(card, "is-resuming");
        break;
      }
      case "gen_return": {
        const from = card ? this.box(card) : (before.get(`card:${event.generator ?? ""}`) ?? null);
        const to = this.placeOfFrame(event.frame, before);
        const value = event.value ?? "None";
        const carried = context.resumedBy?.via === "yield_from" ? value : value === "None" ? "StopIteration" : `StopIteration(${value})`;
        const pipe = this.pipe(event.generator, context.generatorOfFrame.get(event.frame)?.id);
        if (pipe) this.throughPipe(carried, "finish", pipe, duration);
        else if (from && to) this.token(carried, "finish", from, to, duration);
        break;
      }
      case "return": {
        if (event.frame === 0) break;
        const from = before.get(`frame:${event.from ?? ""}`);
        const to = this.placeOfFrame(event.frame, before);
        if (from && to) this.token(event.value ?? "None", "finish", from, to, duration);
        break;
      }
      case "raise":
      case "except": {
        const target =
          this.content.querySelector(`.ys-card[data-frame="${event.frame}"]`) ?? this.content.querySelector(`.ys-frame[data-frame="${event.frame}"]`);
        if (target) flash(target, event.kind === "raise" ? "is-raising" : "is-catching");
        break;
      }
      default:
        break;
    }
  }
}
