import type { DataTypeId } from '../engine/ids';
import { DATA_TYPE_LABELS } from '../engine/labels';

/** Collapsed with its count: a long list would push everything else below the first screen. */
export function DataTypeList({ types }: { types: DataTypeId[] }) {
  if (types.length === 0) {
    return (
      <section class="data-section">
        <h2 class="data-heading">Data it says it collects</h2>
        <p class="muted">None named.</p>
      </section>
    );
  }
  return (
    <details class="data-section">
      <summary>
        <h2 class="data-heading">Data it says it collects</h2>
        <span class="count">{types.length}</span>
      </summary>
      <ul class="data-types">
        {types.map((t) => (
          <li key={t}>{DATA_TYPE_LABELS[t]}</li>
        ))}
      </ul>
    </details>
  );
}
