// One plain-English sentence per step, read from the step's event and state.
import type { EventView, GeneratorView } from "../core/schema";
import type { StepContext } from "./context";
import { frameWho, generatorWho as whoIs } from "./names";
import { valueText } from "./values";

/** Starts a sentence: "the main program" becomes "The main program"; Python names keep their case. */
function capitalise(text: string): string {
  return text.startsWith("the ") ? `T${text.slice(1)}` : text;
}

function generatorWho(context: StepContext, id: number | undefined): string {
  const generator: GeneratorView | undefined =
    id === undefined ? undefined : (context.generators.get(id) ?? (context.departedGenerator?.id === id ? context.departedGenerator : undefined));
  return generator ? whoIs(context, generator) : "the generator";
}

/** The exception travelling at this step, by type name (`ValueError`). */
function exceptionInFlight(context: StepContext): string {
  const value = context.state.inFlight?.value;
  if (!value) return "an exception";
  return value.kind === "ref" ? value.typeName : valueText(value, context.objects);
}

function quoted(text: string): string {
  const trimmed = text.replace(/\n$/, "");
  return trimmed.length > 60 ? `“${trimmed.slice(0, 57)}…”` : `“${trimmed}”`;
}

function isFirstRun(context: StepContext, event: EventView): boolean {
  const generator = event.generator === undefined ? undefined : context.generators.get(event.generator);
  return generator !== undefined && generator.lastYielded === undefined;
}

function resume(context: StepContext, event: EventView): string {
  const generator = generatorWho(context, event.generator);
  const resumer = event.from === undefined ? "the program" : frameWho(context, event.from);
  const starting = isFirstRun(context, event);
  const continues = starting ? `${generator} starts running its body` : `${generator} resumes at line ${event.line}, where it paused`;
  switch (event.via) {
    case "next":
      return `next() is called: ${continues}.`;
    case "for":
      return `The for loop in ${resumer} asks ${generator} for a value: ${starting ? "it starts running its body" : `it resumes at line ${event.line}`}.`;
    case "send":
      return starting
        ? `send(${event.value ?? "None"}) starts ${generator}.`
        : `send(${event.value ?? "None"}) resumes ${generator}: ${event.value ?? "None"} becomes the value of the yield at line ${event.line}.`;
    case "throw":
      return `throw() raises ${exceptionInFlight(context)} inside ${generator} at line ${event.line}, where it was paused.`;
    case "close":
      return `close() throws GeneratorExit into ${generator} at line ${event.line} to make it finish.`;
    case "yield_from":
      return event.value === undefined
        ? `${capitalise(resumer)} passes the request down through yield from: ${continues}.`
        : `${capitalise(resumer)} passes ${event.value} down through yield from to ${generator}.`;
    case "builtin":
      return `${capitalise(resumer)} asks ${generator} for its next value: ${starting ? "it starts running" : `it resumes at line ${event.line}`}.`;
    case "finalize":
      return `Nothing refers to ${generator} any more, so Python closes it: GeneratorExit is raised inside it.`;
    default:
      return `${capitalise(generator)} resumes at line ${event.line}.`;
  }
}

/** Where a yielded or returned value goes, from the resume it answers. */
function destination(context: StepContext, event: EventView): string {
  const receiver = frameWho(context, event.frame);
  switch (context.resumedBy?.via) {
    case "for":
      return `the for loop in ${receiver}`;
    case "next":
      return `next() in ${receiver}`;
    case "send":
      return `send() in ${receiver}`;
    default:
      return receiver;
  }
}

function yielded(context: StepContext, event: EventView): string {
  const generator = capitalise(generatorWho(context, event.generator));
  const value = event.value ?? "None";
  if (context.resumedBy?.via === "yield_from") {
    return `${generator} yields ${value} up through yield from to ${frameWho(context, event.frame)} and pauses at line ${event.line}.`;
  }
  return `${generator} yields ${value} to ${destination(context, event)} and pauses at line ${event.line}.`;
}

function finished(context: StepContext, event: EventView): string {
  const generator = capitalise(generatorWho(context, event.generator));
  const receiver = frameWho(context, event.frame);
  const value = event.value ?? "None";
  const returning = value === "None" ? "" : `, returning ${value}`;
  switch (context.resumedBy?.via) {
    case "for":
      return `${generator} has finished${returning}: StopIteration ends the for loop in ${receiver}.`;
    case "yield_from":
      return `${generator} has finished and returns ${value}: that becomes the value of yield from in ${receiver}.`;
    case "builtin":
      return `${generator} has finished${returning}, so ${receiver} stops asking for values.`;
    case "close":
      return `${generator} has finished: close() is done.`;
    default:
      return value === "None"
        ? `${generator} has finished: StopIteration is raised in ${receiver}.`
        : `${generator} has finished and returns ${value}: StopIteration(${value}) carries it to ${receiver}.`;
  }
}

function describe(context: StepContext): string {
  const { event } = context.state;
  const who = frameWho(context, event.frame);
  switch (event.kind) {
    case "line":
      return `${capitalise(who)} moves to line ${event.line}.`;
    case "call":
      return `${capitalise(event.from === undefined ? "the program" : frameWho(context, event.from))} calls ${who}.`;
    case "return":
      if (event.frame === 0) return "The main program has run to its end.";
      return `${capitalise(event.from === undefined ? "the call" : frameWho(context, event.from))} returns ${event.value ?? "None"} to ${who}.`;
    case "gen_create": {
      const generator = event.generator === undefined ? undefined : context.generators.get(event.generator);
      return generator?.name === "<genexpr>"
        ? `${capitalise(who)} builds a generator expression: nothing in it runs yet.`
        : `${capitalise(who)} calls ${generatorWho(context, event.generator)}(): that creates a generator object, and none of its body runs yet.`;
    }
    case "resume":
      return resume(context, event);
    case "yield":
      return yielded(context, event);
    case "gen_return":
      return finished(context, event);
    case "raise":
      if (event.via === "builtin") return `${event.text ?? "An exception"} propagates into ${who}.`;
      if (event.via === "unhandled") return `${event.text ?? "The exception"} is not handled in ${who}: it leaves at line ${event.line}.`;
      return `${event.text ?? "An exception"} is raised in ${who} at line ${event.line}.`;
    case "except":
      return `${capitalise(who)} catches ${event.text ?? "the exception"} at line ${event.line}.`;
    case "output":
      return `${capitalise(who)} prints ${quoted(event.text ?? "")}.`;
    case "iter":
      return `The for loop in ${who} calls iter() on ${event.value ?? "its iterable"} to get an iterator.`;
    case "next":
      return event.value === undefined
        ? `The for loop in ${who} calls next(): the iterator is exhausted, so the loop ends.`
        : `The for loop in ${who} calls next() and gets ${event.value}.`;
  }
}

function ending(context: StepContext): string {
  const end = context.state.end;
  if (!end) return "";
  switch (end.reason) {
    case "finished":
      return context.state.event.kind === "return" && context.state.event.frame === 0 ? "" : " The program has finished.";
    case "error":
      return ` The program stops with an uncaught ${end.error ?? "exception"}.`;
    case "budget":
      return ` The step budget ran out after ${(context.state.step + 1).toLocaleString("en")} steps, so the program was stopped here.`;
  }
}

export function narrate(context: StepContext): string {
  return describe(context) + ending(context);
}
