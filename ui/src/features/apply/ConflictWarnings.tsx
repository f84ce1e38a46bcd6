import type { Conflict } from '../../api/types';

const REASONS: Record<Conflict['reason'], string> = {
  overridden: 'overridden',
  no_common_values: 'no common values',
  missing_from_preset: 'missing from a preset',
};

/** Each conflict of a merge in words, under a badge that counts them. */
export function ConflictWarnings({ conflicts }: { conflicts: Conflict[] }) {
  if (conflicts.length === 0) {
    return <p className="no-conflicts">No conflicts: the presets agree on every parameter they share.</p>;
  }
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">
        <span className="badge warning" role="status">⚠ {conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`}</span>
      </h3>
      <ul>
        {conflicts.map((c, i) => (
          <li key={`${c.parameter}-${i}`}>
            <span className="mono">{c.parameter}</span>: {withoutParameter(c)} <span className="reason">({REASONS[c.reason]})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The server's message names the parameter first ("tp-size: ..."); the list shows it on its own. */
function withoutParameter(conflict: Conflict): string {
  const prefix = `${conflict.parameter}: `;
  return conflict.message.startsWith(prefix) ? conflict.message.slice(prefix.length) : conflict.message;
}
