import type { Comparison, JobOutput } from '../../api/types';
import { LightboxImage } from '../../components/Lightbox';
import { MediaPlayer } from '../../components/MediaPlayer';
import { formatBytes, isActive } from '../../lib/jobs';
import { formatSeconds } from '../../lib/format';
import { mediaKind } from '../runs/OutputView';
import { StatusBadge } from '../runs/StatusBadge';
import { ImageWipe, type LevelImage } from './ImageWipe';
import { analysisOf, levelsOf, resultOf } from './comparison';
import { TextDiff } from './TextDiff';

/** Every level's first image, for the A/B wipe. */
export function levelImages(comparison: Comparison): LevelImage[] {
  return levelsOf(comparison).flatMap((level) => {
    const image = resultOf(comparison, level)?.outputs.find((o) => mediaKind(o.media_type) === 'image');
    return image ? [{ level, output: image }] : [];
  });
}

/**
 * The outputs side by side, one column per level (an image opens full size in the Lightbox); a level
 * still running says so, a failed one says why.
 */
export function CompareGrid({ comparison }: { comparison: Comparison }) {
  const levels = levelsOf(comparison);
  const images = levelImages(comparison);
  return (
    <>
      <div className="compare-grid" data-testid="compare-grid">
        {levels.map((level, i) => {
          const result = resultOf(comparison, level);
          const seconds = analysisOf(comparison, level)?.run_seconds;
          const previousLevel = levels.slice(0, i).reverse().find((l) => resultOf(comparison, l)?.status === 'succeeded');
          const previous = (name: string) => previousLevel ? resultOf(comparison, previousLevel)?.outputs.find((o) => o.name === name) : undefined;
          return (
            <section key={level} className="compare-column" data-level={level} aria-label={`Level ${level}`}>
              <header className="compare-column-head">
                <h3>{level}</h3>
                {result && <StatusBadge status={result.status} />}
                {seconds != null && <span className="hint">{formatSeconds(seconds)}</span>}
              </header>
              {!result && <p className="hint">Not started.</p>}
              {result && isActive(result.status) && <p className="state loading"><span className="spinner" aria-hidden="true" /> {result.status === 'queued' ? 'Waiting for a worker…' : 'Running…'}</p>}
              {result?.status === 'failed' && <p className="level-error" role="alert">{result.error ?? 'The run failed without a reason; see its log.'}</p>}
              {result?.status === 'cancelled' && <p className="hint">Cancelled before it finished.</p>}
              {result?.outputs.map((output) => (
                <LevelOutput key={output.name} level={level} output={output} previous={previous(output.name)} previousLevel={previousLevel} />
              ))}
            </section>
          );
        })}
      </div>
      {images.length >= 2 && (
        <div className="card">
          <h3>A/B wipe</h3>
          <ImageWipe images={images} />
        </div>
      )}
    </>
  );
}

interface OutputProps {
  level: string;
  output: JobOutput;
  previous?: JobOutput;
  previousLevel?: string;
}

function LevelOutput({ level, output, previous, previousLevel }: OutputProps) {
  const kind = mediaKind(output.media_type);
  return (
    <figure className={`output output-${kind}`} data-testid="compare-output">
      {kind === 'image' && <LightboxImage src={output.url} alt={`${level}: ${output.name}`} caption={`${level}: ${output.name}`} />}
      {(kind === 'video' || kind === 'audio') && <MediaPlayer kind={kind} src={output.url} label={`${level}: ${output.name}`} />}
      {kind === 'text' && <TextDiff output={output} previous={previous} previousLevel={previousLevel} />}
      <figcaption>
        <span className="output-name">{output.name}</span>
        <span className="hint">{formatBytes(output.bytes)}</span>
        <a className="button" href={output.url} download={output.name} aria-label={`Download ${level} ${output.name}`}>Download</a>
      </figcaption>
    </figure>
  );
}
