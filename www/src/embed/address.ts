// Options in an address's hash, for permalinks and the iframe page:
// `#code=...&step=12&theme=dark&predict`, with the same names as the
// element's attributes and the program compressed with lz-string.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { optionEntries, readOptions, type EmbedOptions } from "./options";

/** Options from an address's hash: `code` is the program compressed with lz-string. */
export function optionsFromHash(hash: string): EmbedOptions {
  const parameters = new URLSearchParams(hash.replace(/^#/, ""));
  return readOptions((name) => {
    const value = parameters.get(name);
    if (name !== "code" || value === null) return value;
    return decompressFromEncodedURIComponent(value) || null;
  });
}

/** The hash for `options`; the program goes in compressed. */
export function hashOf(options: Partial<EmbedOptions>): string {
  const parameters: string[] = [];
  if (options.example) parameters.push(`example=${encodeURIComponent(options.example)}`);
  else if (options.source !== undefined) parameters.push(`code=${compressToEncodedURIComponent(options.source)}`);
  for (const [name, value] of optionEntries(options)) parameters.push(value === "" ? name : `${name}=${encodeURIComponent(value)}`);
  return `#${parameters.join("&")}`;
}
