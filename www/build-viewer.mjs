// Assembles the viewer of exported traces into one self-contained HTML
// file: the `vite build --mode viewer` output (dist/viewer/) inlined into
// www/src/viewer/template.html. The result is written to
// crate/assets/viewer.html, which the CLI compiles in (`yieldscope
// export`) and the app's Export button uses; it is checked in, so a plain
// cargo build needs no Node.js.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "viewer");
const template = readFileSync(join(root, "www", "src", "viewer", "template.html"), "utf8");
const script = readFileSync(join(built, "viewer.js"), "utf8").trim();
const styleFile = readdirSync(built).find((file) => file.endsWith(".css"));
if (!styleFile) throw new Error("the viewer build wrote no stylesheet");
const style = readFileSync(join(built, styleFile), "utf8").trim();

// Inline code must not close its own element early.
if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error("the viewer's code contains a closing tag");

const page = template
  .replace("<!-- viewer style -->", () => `<style>\n${style}\n</style>`)
  .replace("<!-- viewer script -->", () => `<script type="module">\n${script}\n</script>`);
const target = join(root, "crate", "assets", "viewer.html");
const before = existsSync(target) ? readFileSync(target, "utf8") : "";
if (before === page) {
  console.log(`[viewer] crate/assets/viewer.html is up to date (${(page.length / 1024).toFixed(1)} KiB)`);
} else {
  writeFileSync(target, page);
  console.log(`[viewer] crate/assets/viewer.html updated (${(page.length / 1024).toFixed(1)} KiB): commit it with the change that caused it`);
}
