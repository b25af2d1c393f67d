// The background's per-tab queue without a browser: runs are promises the test resolves by hand.
import { describe, expect, test } from 'vitest';
import { createTabCoalescer } from '../../background/tab-coalescer';

function rig() {
  const runs: Array<{
    tabId: number;
    input: string;
    resolve: (v: string) => void;
    reject: (e: unknown) => void;
  }> = [];
  const queue = createTabCoalescer<string, string>(
    (tabId, input) => new Promise((resolve, reject) => runs.push({ tabId, input, resolve, reject })),
  );
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { queue, runs, tick };
}

describe('createTabCoalescer', () => {
  test('one run in flight per tab; reports meanwhile fold into one run of the latest', async () => {
    const { queue, runs, tick } = rig();
    const first = queue.submit(1, 'r0');
    const later = Array.from({ length: 100 }, (_, n) => queue.submit(1, `r${n + 1}`));
    await tick();
    expect(runs.map((r) => r.input)).toEqual(['r0']);
    runs[0]?.resolve('grade of r0');
    expect(await first).toBe('grade of r0');
    await tick();
    expect(runs.map((r) => r.input)).toEqual(['r0', 'r100']);
    runs[1]?.resolve('grade of r100');
    const answers = await Promise.all(later);
    // The 99 replaced reports were answered null (at once); the latest gets its own run's answer.
    expect(answers.slice(0, 99).every((a) => a === null)).toBe(true);
    expect(answers[99]).toBe('grade of r100');
    await tick();
    expect(queue.busyTabs).toBe(0);
  });

  test('a replaced report is answered before the run in flight ends (its HTML is let go then)', async () => {
    const { queue, runs, tick } = rig();
    void queue.submit(1, 'a');
    const replaced = queue.submit(1, 'b');
    void queue.submit(1, 'c');
    expect(await replaced).toBeNull();
    await tick();
    expect(runs.length).toBe(1);
  });

  test('tabs do not wait for each other', async () => {
    const { queue, runs, tick } = rig();
    void queue.submit(1, 'a');
    void queue.submit(2, 'b');
    await tick();
    expect(runs.map((r) => [r.tabId, r.input])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(queue.busyTabs).toBe(2);
  });

  test("a failed run rejects its own caller and the tab's next report still runs", async () => {
    const { queue, runs, tick } = rig();
    const failing = queue.submit(1, 'a');
    const next = queue.submit(1, 'b');
    await tick();
    runs[0]?.reject(new Error('engine failed'));
    await expect(failing).rejects.toThrow('engine failed');
    await tick();
    expect(runs.map((r) => r.input)).toEqual(['a', 'b']);
    runs[1]?.resolve('ok');
    expect(await next).toBe('ok');
  });

  test('a run that throws synchronously is a rejection, and frees the tab', async () => {
    const queue = createTabCoalescer<string, string>(() => {
      throw new Error('sync');
    });
    await expect(queue.submit(1, 'a')).rejects.toThrow('sync');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.busyTabs).toBe(0);
  });
});
