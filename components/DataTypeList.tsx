import type { DataTypeId } from '../engine/ids';
import { DATA_TYPE_LABELS } from '../engine/labels';

export function DataTypeList({ types }: { types: DataTypeId[] }) {
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data it says it collects</h2>
      {types.length === 0 ? (
        <p class="muted">None named.</p>
      ) : (
        <ul class="data-types">
          {types.map((t) => (
            <li key={t}>{DATA_TYPE_LABELS[t]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
