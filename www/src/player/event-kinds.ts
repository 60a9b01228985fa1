// Groups of event kinds: timeline marker lanes and "jump to the next ..." targets.
import type { EventKind } from "../core/schema";

export interface KindGroup {
  id: string;
  label: string;
  kinds: EventKind[];
  /** The theme colour (a CSS custom property) of its markers. */
  colour: string;
  /** Digit that selects it as the jump target. */
  key: string;
}

const YIELDS: KindGroup = { id: "yield", label: "yield", kinds: ["yield"], colour: "--yield", key: "1" };

export const KIND_GROUPS: readonly KindGroup[] = [
  YIELDS,
  { id: "resume", label: "resume", kinds: ["resume"], colour: "--send", key: "2" },
  { id: "exception", label: "exception", kinds: ["raise", "except"], colour: "--exception", key: "3" },
  { id: "finish", label: "return", kinds: ["gen_return", "return"], colour: "--finish", key: "4" },
  { id: "create", label: "generator created", kinds: ["gen_create"], colour: "--created", key: "5" },
  { id: "output", label: "print", kinds: ["output"], colour: "--muted", key: "6" },
];

export function kindGroup(id: string): KindGroup {
  return KIND_GROUPS.find((group) => group.id === id) ?? YIELDS;
}
