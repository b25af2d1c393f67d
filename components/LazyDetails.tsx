import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';

export interface LazyDetailsProps {
  class?: string;
  /** What the closed element shows: the <summary>'s content. */
  summary: ComponentChildren;
  /** The body, rendered the first time the element opens and kept from then on (a quote keeps its status). */
  body: () => ComponentChildren;
}

/**
 * A <details> whose body is rendered only once opened. The popup holds some thirty of them (answers and
 * topics), most never opened; rendering and laying out every quote in them held the popup's main thread
 * for tens of milliseconds right after its first paint (bench/popup.ts). The cost: the browser's
 * find-in-page does not see the quotes of an answer not opened yet.
 */
export function LazyDetails({ class: className, summary, body }: LazyDetailsProps) {
  const [opened, setOpened] = useState(false);
  const toggled = (event: JSX.TargetedEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  };
  return (
    <details class={className} onToggle={toggled}>
      <summary>{summary}</summary>
      {opened ? body() : null}
    </details>
  );
}
