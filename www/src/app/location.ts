// The page address names the program on screen: `#example=yield_from` for
// an example, `#code=...` (compressed) for edited code, so a link shows a
// class exactly what the teacher had.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

export interface Place {
  example?: string;
  source?: string;
}

export function readPlace(hash: string): Place {
  const parameters = new URLSearchParams(hash.replace(/^#/, ""));
  const example = parameters.get("example");
  const code = parameters.get("code");
  if (code) {
    const source = decompressFromEncodedURIComponent(code);
    if (source) return { source };
  }
  return example ? { example } : {};
}

export function writePlace(place: { example: string | null; source: string }): void {
  const hash = place.example ? `#example=${place.example}` : `#code=${compressToEncodedURIComponent(place.source)}`;
  if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
}
