// The examples: the programs in tests/corpus/gallery, which the corpus tests
// check against CPython, so every example shows what Python really does.
export interface Example {
  id: string;
  title: string;
  topic: string;
  /** The program's opening comment, as a one-line summary. */
  summary: string;
  source: string;
}

const sources = import.meta.glob<string>("../../../tests/corpus/gallery/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Teaching order: iterators first, then generators, then the two-way protocol. */
const CURRICULUM: [id: string, title: string, topic: string][] = [
  ["iterable_vs_iterator", "Iterable vs iterator", "Iterators"],
  ["custom_iterator", "An iterator class", "Iterators"],
  ["countdown_for", "countdown with a for loop", "Generators"],
  ["countdown_next", "countdown with next()", "Generators"],
  ["lazy_body", "The body waits for next()", "Generators"],
  ["lazy_evaluation", "Lazy evaluation", "Generators"],
  ["list_vs_generator", "List vs generator memory", "Generators"],
  ["infinite_sequence", "Infinite sequence with islice", "Generators"],
  ["genexp_pipeline", "Generator expression pipelines", "Pipelines"],
  ["yield_from", "yield from", "Pipelines"],
  ["tree_traversal", "Recursive generators", "Pipelines"],
  ["running_average", "send(): running average", "send, throw, close"],
  ["echo", "send(): echo", "send, throw, close"],
  ["throw_close_finally", "throw(), close() and finally", "send, throw, close"],
  ["stopiteration_value", "StopIteration carries the return value", "send, throw, close"],
];

export const FIRST_EXAMPLE = "countdown_for";

function summaryOf(source: string): string {
  const comment: string[] = [];
  for (const line of source.split("\n")) {
    if (!line.startsWith("#")) break;
    comment.push(line.replace(/^#\s?/, ""));
  }
  return comment.join(" ");
}

function titleOf(id: string): string {
  const words = id.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function loadExamples(): Example[] {
  const byId = new Map<string, string>();
  for (const [path, source] of Object.entries(sources)) {
    const id = path.slice(path.lastIndexOf("/") + 1, -".py".length);
    byId.set(id, source);
  }
  const examples: Example[] = [];
  for (const [id, title, topic] of CURRICULUM) {
    const source = byId.get(id);
    if (source === undefined) continue;
    byId.delete(id);
    examples.push({ id, title, topic, summary: summaryOf(source), source });
  }
  // A program added to the gallery shows up even before it gets a place here.
  for (const [id, source] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    examples.push({ id, title: titleOf(id), topic: "More", summary: summaryOf(source), source });
  }
  return examples;
}
