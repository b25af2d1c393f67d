/**
 * Runs `task` when the page's main thread is next idle (requestIdleCallback), and after `timeoutMs` at the
 * latest; returns what cancels it. Without requestIdleCallback (happy-dom in the unit tests), a task later.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
