// Small DOM utilities. Views build elements once and then only update what
// changed, keyed by stable ids, so nothing is re-created (or jumps) between
// steps.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** Sets text only when it differs: unchanged nodes stay untouched. */
export function setText(target: Element, text: string): void {
  if (target.textContent !== text) target.textContent = text;
}

export function setAttribute(target: Element, name: string, value: string | null): void {
  if (value === null) {
    if (target.hasAttribute(name)) target.removeAttribute(name);
  } else if (target.getAttribute(name) !== value) {
    target.setAttribute(name, value);
  }
}

export function setData(target: HTMLElement | SVGElement, name: string, value: string | null): void {
  if (value === null) {
    if (name in target.dataset) Reflect.deleteProperty(target.dataset, name);
  } else if (target.dataset[name] !== value) {
    target.dataset[name] = value;
  }
}

/**
 * Makes `container`'s children match `items`, in order, reusing the child
 * with the same key (`data-key`) and creating or removing the rest.
 */
export function reconcile<T, E extends HTMLElement>(
  container: HTMLElement,
  items: readonly T[],
  key: (item: T) => string,
  create: (item: T) => E,
  update: (target: E, item: T) => void,
): void {
  const existing = new Map<string, E>();
  for (const child of Array.from(container.children) as E[]) {
    const childKey = child.dataset.key;
    if (childKey !== undefined) existing.set(childKey, child);
    else child.remove();
  }
  let cursor = container.firstElementChild;
  for (const item of items) {
    const itemKey = key(item);
    let target = existing.get(itemKey);
    if (target) {
      existing.delete(itemKey);
    } else {
      target = create(item);
      target.dataset.key = itemKey;
    }
    update(target, item);
    if (target === cursor) {
      cursor = cursor.nextElementSibling;
    } else {
      container.insertBefore(target, cursor);
    }
  }
  for (const stale of existing.values()) stale.remove();
}

/**
 * Replays a one-shot CSS animation (e.g. a value that just changed). The
 * class alternates with an `-again` twin whose keyframes are identical:
 * a new animation name restarts it without forcing a layout.
 */
export function flash(target: Element, className: string): void {
  const again = `${className}-again`;
  if (target.classList.contains(className)) {
    target.classList.replace(className, again);
  } else {
    target.classList.remove(again);
    target.classList.add(className);
  }
}
