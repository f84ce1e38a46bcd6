import type { JobOutput } from '../../api/types';
import { useOutputText } from '../../api/queries';
import { LightboxImage } from '../../components/Lightbox';
import { MediaPlayer } from '../../components/MediaPlayer';
import { ErrorView, Loading } from '../../components/States';
import { formatBytes } from '../../lib/jobs';

/** Text longer than this is offered as a download only, not shown in the page. */
const TEXT_SHOWN_BYTES = 256 * 1024;

export type MediaKind = 'image' | 'video' | 'audio' | 'text' | 'file';

export function mediaKind(mediaType: string): MediaKind {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  const top = type.split('/')[0];
  if (top === 'image' || top === 'video' || top === 'audio' || top === 'text') return top;
  return type === 'application/json' ? 'text' : 'file';
}

/** One output, shown the way a browser plays its media type (an image opens full size), with a download link. */
export function OutputView({ output }: { output: JobOutput }) {
  const kind = mediaKind(output.media_type);
  return (
    <figure className={`output output-${kind}`} data-testid="output">
      {kind === 'image' && <LightboxImage src={output.url} alt={`Output ${output.name}`} caption={output.name} />}
      {(kind === 'video' || kind === 'audio') && <MediaPlayer kind={kind} src={output.url} label={`Output ${output.name}`} />}
      {kind === 'text' && <TextOutput output={output} />}
      <figcaption>
        <span className="output-name">{output.name}</span>
        <span className="hint">{output.media_type}, {formatBytes(output.bytes)}</span>
        <a className="button" href={output.url} download={output.name} aria-label={`Download ${output.name}`}>Download</a>
      </figcaption>
    </figure>
  );
}

function TextOutput({ output }: { output: JobOutput }) {
  const shown = output.bytes <= TEXT_SHOWN_BYTES;
  const text = useOutputText(output.url, shown);
  if (!shown) return <p className="hint">Too long to show here ({formatBytes(output.bytes)}): download it.</p>;
  if (text.error) return <ErrorView error={text.error} what={output.name} onRetry={() => void text.refetch()} />;
  if (text.data === undefined) return <Loading what={output.name} />;
  return <pre className="output-text">{text.data}</pre>;
}
