/**
 * A video or audio player with the browser's own controls, as wide as the space it is given (a video
 * keeps its aspect ratio and stays within the window's height). Only the metadata loads until played.
 */
export function MediaPlayer({ kind, src, label, poster }: { kind: 'video' | 'audio'; src: string; label: string; poster?: string }) {
  if (kind === 'audio') return <audio className="media-player" src={src} controls preload="metadata" aria-label={label} />;
  return <video className="media-player" src={src} controls preload="metadata" playsInline poster={poster} aria-label={label} />;
}
