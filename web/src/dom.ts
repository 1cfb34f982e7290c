/**
 * The one way the explorer builds DOM: text always goes in as text nodes, so names and article sentences from
 * a hostile corpus can never become markup or script.
 */
type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  type?: string;
  [attribute: `aria-${string}` | `data-${string}`]: string;
  role?: string;
  id?: string;
  tabIndex?: number;
  onClick?: (event: MouseEvent) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name === 'className') element.className = value as string;
    else if (name === 'onClick') element.addEventListener('click', value as (event: Event) => void);
    else if (name === 'tabIndex') element.tabIndex = value as number;
    else element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: #${id} is missing from index.html`);
  return element as T;
}

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
