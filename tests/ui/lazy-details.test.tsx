// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { LazyDetails } from '../../components/LazyDetails';
import { expand, mount } from './render';

describe('LazyDetails', () => {
  test('renders its summary at once and its body only when opened', async () => {
    let bodies = 0;
    const root = await mount(
      <LazyDetails
        class="topic"
        summary={<span class="label">Sharing</span>}
        body={() => {
          bodies++;
          return <p class="body">We share your data.</p>;
        }}
      />,
    );
    expect(root.querySelector('details.topic summary .label')?.textContent).toBe('Sharing');
    expect(root.querySelector('.body')).toBeNull();
    expect(bodies).toBe(0);
    await expand(root);
    expect(root.querySelector('details')?.open).toBe(true);
    expect(root.querySelector('.body')?.textContent).toBe('We share your data.');
  });

  test('keeps its body once closed again, and what happened in it', async () => {
    const root = await mount(
      <LazyDetails summary="Sharing" body={() => <input class="body" defaultValue="typed" />} />,
    );
    await expand(root);
    const input = root.querySelector<HTMLInputElement>('.body');
    if (!input) throw new Error('no body after opening');
    input.value = 'changed by the person';
    const details = root.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.body')).toBe(input);
    await expand(root);
    expect(root.querySelector<HTMLInputElement>('.body')?.value).toBe('changed by the person');
  });
});
