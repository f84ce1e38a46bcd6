import type { JobOutput } from '../../api/types';
import { useOutputText } from '../../api/queries';
import { ErrorView, Loading } from '../../components/States';
import { formatBytes } from '../../lib/jobs';
import { wordDiff } from './wordDiff';

/** Text longer than this is offered as a download only, as on a run's page. */
const TEXT_SHOWN_BYTES = 256 * 1024;

/**
 * A level's text output, with the words that differ from the level to its left marked: added words
 * highlighted, removed ones struck through. The first level's text is shown as it is.
 */
export function TextDiff({ output, previous, previousLevel }: { output: JobOutput; previous?: JobOutput; previousLevel?: string }) {
  const shown = output.bytes <= TEXT_SHOWN_BYTES;
  const comparable = !!previous && previous.bytes <= TEXT_SHOWN_BYTES;
  const text = useOutputText(output.url, shown);
  const before = useOutputText(previous?.url ?? '', shown && comparable);
  if (!shown) return <p className="hint">Too long to show here ({formatBytes(output.bytes)}): download it.</p>;
  if (text.error) return <ErrorView error={text.error} what={output.name} onRetry={() => void text.refetch()} />;
  if (text.data === undefined || (comparable && before.data === undefined && !before.error)) return <Loading what={output.name} />;
  const parts = comparable && before.data !== undefined ? wordDiff(before.data, text.data) : undefined;
  if (!parts) return <pre className="output-text">{text.data}</pre>;
  return (
    <>
      <p className="hint">Marked against {previousLevel}: <ins>added</ins>, <del>removed</del>.</p>
      <pre className="output-text text-diff" data-testid="text-diff">
        {parts.map((part, i) => part.kind === 'same' ? <span key={i}>{part.text}</span>
          : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>)}
      </pre>
    </>
  );
}
