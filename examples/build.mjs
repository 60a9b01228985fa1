// Builds the docs-site examples into dist/examples/: the plain HTML pages
// are copied as they are, and every Markdown page is turned into HTML with
// `marked`, its ```python yieldscope blocks becoming <yield-scope> players.
// Run by `npm run build` after the component build (the pages load
// ../component/yield-scope.js).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked } from "marked";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "dist", "examples");
mkdirSync(join(out, "docs"), { recursive: true });

for (const file of readdirSync(here)) {
  if (/\.(html|css|svg)$/.test(file)) copyFileSync(join(here, file), join(out, file));
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Attributes from the fence's info string: ```python yieldscope theme=dark step=3 predict */
function attributes(words) {
  return words
    .map((word) => {
      const [name, ...value] = word.split("=");
      if (!/^[a-z-]+$/.test(name)) throw new Error(`not an attribute name in a yieldscope fence: ${word}`);
      return value.length === 0 ? ` ${name}` : ` ${name}="${escapeHtml(value.join("="))}"`;
    })
    .join("");
}

/**
 * A player for a fenced program. The program goes inside a text/python
 * script, unless it holds text that would end the script early; then it
 * goes, escaped, into the `code` attribute.
 */
function player(code, words) {
  const program = code.endsWith("\n") ? code : `${code}\n`;
  if (/<\/script|<!--/i.test(program)) return `<yield-scope${attributes(words)} code="${escapeHtml(program)}"></yield-scope>\n`;
  return `<yield-scope${attributes(words)}>\n<script type="text/python">\n${program}</script>\n</yield-scope>\n`;
}

const marked = new Marked({
  renderer: {
    code({ text, lang }) {
      const [language, kind, ...words] = (lang ?? "").trim().split(/\s+/);
      if (language === "python" && kind === "yieldscope") return player(text, words);
      return false;
    },
  },
});

const template = readFileSync(join(here, "docs", "template.html"), "utf8");
for (const file of readdirSync(join(here, "docs"))) {
  if (file.endsWith(".css")) copyFileSync(join(here, "docs", file), join(out, "docs", file));
  if (!file.endsWith(".md")) continue;
  const markdown = readFileSync(join(here, "docs", file), "utf8");
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
  const page = template.replace("{{title}}", () => escapeHtml(title)).replace("{{content}}", () => marked.parse(markdown));
  writeFileSync(join(out, "docs", file.replace(/\.md$/, ".html")), page);
}
console.log(`[examples] written to ${out}`);
