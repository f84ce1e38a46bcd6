interface Props {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onOffset }: Props) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pagination" aria-label="Pages of results">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ‹ Previous
      </button>
      <span aria-live="polite">
        Page {page} of {pages} ({offset + 1}–{Math.min(offset + limit, total)} of {total})
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        Next ›
      </button>
    </nav>
  );
}
