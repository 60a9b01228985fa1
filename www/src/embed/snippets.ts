// Ready-to-paste HTML for the Embed dialog: the web component (one script
// tag and one element) and the iframe. Everything from the program is
// escaped: a program containing `</script>` goes into the `code`
// attribute instead of a script element it could close.
import { hashOf } from "./address";
import { optionEntries, type EmbedOptions } from "./options";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function attributes(entries: readonly [string, string][]): string {
  return entries.map(([name, value]) => (value === "" ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join("");
}

/** Whether the program can sit inside a text/python script element unchanged. */
function fitsInScript(source: string): boolean {
  return !/<\/script|<!--/i.test(source);
}

export function componentSnippet(moduleUrl: string, options: Partial<EmbedOptions>): string {
  const source = options.source ?? "";
  const program = source.endsWith("\n") || source === "" ? source : `${source}\n`;
  const script = `<script type="module" src="${escapeHtml(moduleUrl)}"></script>\n`;
  const entries = optionEntries(options);
  if (!fitsInScript(program)) return `${script}<yield-scope${attributes([...entries, ["code", program]])}></yield-scope>\n`;
  return `${script}<yield-scope${attributes(entries)}>\n<script type="text/python">\n${program}</script>\n</yield-scope>\n`;
}

export function iframeSnippet(frameUrl: string, options: Partial<EmbedOptions>): string {
  const height = options.height ?? "600px";
  const src = `${frameUrl}${hashOf({ ...options, height: undefined, example: undefined })}`;
  return `<iframe src="${escapeHtml(src)}" title="Yieldscope: a Python program, step by step" width="100%" height="${escapeHtml(height.replace(/px$/, ""))}" loading="lazy"></iframe>\n`;
}
