// Options in an address's hash, for permalinks and the iframe page:
// `#code=...&step=12&theme=dark&predict`, with the same names as the
// element's attributes and the program compressed with lz-string.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { FLAGS, readOptions, speedName, type EmbedOptions } from "./options";

/** Options from an address's hash: `code` is the program compressed with lz-string. */
export function optionsFromHash(hash: string): EmbedOptions {
  const parameters = new URLSearchParams(hash.replace(/^#/, ""));
  return readOptions((name) => {
    const value = parameters.get(name);
    if (name !== "code" || value === null) return value;
    return decompressFromEncodedURIComponent(value) || null;
  });
}

/** The hash for `options`; the program goes in compressed, and only what differs from the defaults is written. */
export function hashOf(options: Partial<EmbedOptions>): string {
  const parameters: string[] = [];
  if (options.example) parameters.push(`example=${encodeURIComponent(options.example)}`);
  else if (options.source !== undefined) parameters.push(`code=${compressToEncodedURIComponent(options.source)}`);
  if (options.step !== undefined && options.step > 1) parameters.push(`step=${options.step}`);
  if (options.theme) parameters.push(`theme=${options.theme}`);
  if (options.speed !== undefined) parameters.push(`speed=${speedName(options.speed)}`);
  for (const name of FLAGS) if (options[name]) parameters.push(name);
  if (options.panels) parameters.push(`panels=${options.panels.join(",")}`);
  if (options.controls) parameters.push(`controls=${options.controls.join(",")}`);
  if (options.keys) parameters.push(`keys=${options.keys}`);
  return `#${parameters.join("&")}`;
}
