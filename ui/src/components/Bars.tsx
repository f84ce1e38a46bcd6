export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** Horizontal bars scaled to the largest value, with the number written next to each. */
export function Bars({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
  return (
    <figure className="bars">
      <figcaption>{title}</figcaption>
      {bars.map((bar) => (
        <div className="bar-row" key={bar.label}>
          <span className="bar-label">{bar.label}</span>
          <span className="bar-track" role="img" aria-label={`${bar.label}: ${bar.text}`}>
            <span className="bar-fill" style={{ width: `${Math.max(2, (bar.value / max) * 100)}%` }} />
          </span>
          <span className="bar-text">{bar.text}</span>
        </div>
      ))}
    </figure>
  );
}
