// The frame on screen as a PNG, with no library: the player's DOM is
// cloned into an SVG <foreignObject> together with the style rules that
// apply to it, the SVG is drawn as an image onto a canvas, and the canvas
// is encoded. A data: URL keeps the canvas untainted (so it can be read
// back); a page with a Content Security Policy must allow `img-src data:`.

/** The text of every style rule the player's root can see: the document's sheets, or its shadow root's. */
function styleText(root: HTMLElement): string {
  const scope = root.getRootNode();
  const sheets: CSSStyleSheet[] = [];
  if (scope instanceof ShadowRoot) sheets.push(...scope.adoptedStyleSheets, ...Array.from(scope.styleSheets));
  else sheets.push(...Array.from(document.styleSheets), ...document.adoptedStyleSheets);
  const rules: string[] = [];
  for (const sheet of sheets) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A cross-origin sheet cannot be read; the player's own never are.
    }
  }
  return rules.join("\n");
}

/**
 * A copy of the player as it looks now: canvases become images of
 * themselves, and form fields carry their current values as attributes
 * (a clone keeps only the markup's).
 */
function snapshotClone(root: HTMLElement): HTMLElement {
  const clone = root.cloneNode(true) as HTMLElement;
  const canvases = root.querySelectorAll("canvas");
  clone.querySelectorAll("canvas").forEach((copy, index) => {
    const original = canvases[index];
    if (!original) return;
    const image = document.createElement("img");
    image.className = copy.className;
    image.alt = "";
    image.width = original.clientWidth;
    image.height = original.clientHeight;
    image.src = original.toDataURL();
    copy.replaceWith(image);
  });
  const fields = root.querySelectorAll("input, select, textarea");
  clone.querySelectorAll("input, select, textarea").forEach((copy, index) => {
    const original = fields[index];
    if (original instanceof HTMLInputElement && copy instanceof HTMLInputElement) {
      copy.setAttribute("value", original.value);
      copy.toggleAttribute("checked", original.checked);
    } else if (original instanceof HTMLSelectElement && copy instanceof HTMLSelectElement) {
      Array.from(copy.options).forEach((option, at) => option.toggleAttribute("selected", at === original.selectedIndex));
    } else if (original instanceof HTMLTextAreaElement) {
      copy.textContent = original.value;
    }
  });
  // Dialogs that are closed stay out of the picture.
  clone.querySelectorAll("dialog:not([open])").forEach((dialog) => dialog.remove());
  return clone;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the picture of the player could not be drawn"));
    image.src = url;
  });
}

/** The player as it is on screen, as a PNG at `scale` times its size. */
export async function playerPng(root: HTMLElement, scale = window.devicePixelRatio || 1): Promise<Blob> {
  const width = Math.ceil(root.clientWidth);
  const height = Math.ceil(root.clientHeight);
  const frame = document.createElement("div");
  const style = document.createElement("style");
  style.textContent = styleText(root);
  const box = document.createElement("div");
  box.className = "ys-picture";
  box.append(snapshotClone(root));
  frame.append(style, box);
  // Sizes go in a rule rather than a style attribute: the markup stays free of inline styles.
  style.textContent += `\n.ys-picture { width: ${width}px; height: ${height}px; overflow: hidden; }\n.ys-picture > * { height: 100% !important; position: static !important; }`;
  const markup = new XMLSerializer().serializeToString(frame);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><foreignObject x="0" y="0" width="100%" height="100%">${markup}</foreignObject></svg>`;
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas in this browser");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas could not be encoded"))), "image/png");
  });
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
