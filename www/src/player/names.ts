// What frames and generators are called on screen and in narration.
import type { GeneratorView } from "../core/schema";
import type { StepContext } from "./context";

export function generatorName(generator: GeneratorView): string {
  return generator.name === "<genexpr>" ? "generator expression" : generator.qualname;
}

/**
 * How narration refers to a generator: by its function's name, or, for a
 * generator expression, by the variable holding it (`the generator
 * expression stripped`), since several may be alive at once.
 */
export function generatorWho(context: StepContext, generator: GeneratorView): string {
  if (generator.name !== "<genexpr>") return generator.qualname;
  const alias = context.namesOf.get(generator.id)?.[0];
  return alias ? `the generator expression ${alias}` : "the generator expression";
}

/** A title for a frame box or card: `main program`, `sum()`, `countdown`. */
export function frameTitle(context: StepContext, frameId: number): string {
  const frame = context.frames.get(frameId) ?? (context.departedFrame?.id === frameId ? context.departedFrame : undefined);
  const generator = context.generatorOfFrame.get(frameId);
  if (generator) return generatorName(generator);
  if (!frame) return "a finished call";
  if (frame.kind === "builtin") return `${frame.name}()`;
  if (frame.name === "<module>") return "main program";
  if (frame.name === "<listcomp>" || frame.name === "<setcomp>" || frame.name === "<dictcomp>") {
    return `${frame.name.slice(1, -5)} comprehension`;
  }
  return `${frame.qualname}()`;
}

/** How narration refers to a frame: `the main program`, `sum()`, `countdown`. */
export function frameWho(context: StepContext, frameId: number): string {
  const generator = context.generatorOfFrame.get(frameId);
  if (generator) return generatorWho(context, generator);
  const title = frameTitle(context, frameId);
  const common = title === "main program" || title === "generator expression" || title.endsWith("comprehension");
  return common ? `the ${title}` : title;
}
