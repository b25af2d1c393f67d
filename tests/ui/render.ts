// Renders a Preact tree into a fresh container and lets the test wait for effects and promises.

import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => {
    render(tree, container);
  });
  await settle();
  return container;
}

/**
 * Flushes pending promises and the re-renders they cause, then a task: the summary renders what is below
 * its first screen when the page is idle (components/when-idle.ts), a task later here (happy-dom has no
 * requestIdleCallback).
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await Promise.resolve();
    });
  }
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => {
    element.click();
  });
  await settle();
}

/**
 * Opens the <details> in `holder` (or `holder` itself) as a click on its summary does, and waits for the
 * toggle event (dispatched a task later) and the render it causes: LazyDetails render their body then.
 */
export async function expand(holder: Element | null | undefined): Promise<void> {
  const details = holder instanceof HTMLDetailsElement ? holder : holder?.querySelector('details');
  if (!details) throw new Error('no <details> to open');
  if (!details.open) await clickAndWait(details.querySelector('summary'));
}

/** Opens every closed <details> under `root`, each as `expand` does. */
export async function expandAll(root: ParentNode): Promise<void> {
  for (const details of root.querySelectorAll('details')) await expand(details);
}

async function clickAndWait(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => {
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await settle();
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
}

/** Lets macrotask work (fake-indexeddb answers on timers) run until `ready` holds; throws if it never does. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  if (!ready()) throw new Error(`never happened: ${what}`);
}
