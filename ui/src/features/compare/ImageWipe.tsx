import { useState } from 'react';
import type { JobOutput } from '../../api/types';

export interface LevelImage {
  level: string;
  output: JobOutput;
}

/**
 * A/B wipe: level A's image over level B's, cut at the slider, so moving it reveals one over the
 * other at the same place. Both are drawn at the same width, whatever their pixel sizes.
 */
export function ImageWipe({ images }: { images: LevelImage[] }) {
  // Until chosen, A is the first level and B the last one that has an image (more arrive as levels finish).
  const [a, setA] = useState<string>();
  const [b, setB] = useState<string>();
  const [position, setPosition] = useState(50);
  const top = images.find((i) => i.level === a) ?? images[0];
  const bottom = images.find((i) => i.level === b) ?? images[images.length - 1];
  if (images.length < 2 || !top || !bottom) return null;
  return (
    <div className="wipe" data-testid="wipe">
      <div className="wipe-controls">
        <label>A (left) <select value={top.level} onChange={(e) => setA(e.target.value)}>
          {images.map((i) => <option key={i.level} value={i.level}>{i.level}</option>)}
        </select></label>
        <label>B (right) <select value={bottom.level} onChange={(e) => setB(e.target.value)}>
          {images.map((i) => <option key={i.level} value={i.level}>{i.level}</option>)}
        </select></label>
      </div>
      <div className="wipe-frame">
        <img src={bottom.output.url} alt={`B, ${bottom.level}`} />
        <img className="wipe-top" src={top.output.url} alt={`A, ${top.level}`}
          style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }} />
        <span className="wipe-line" style={{ left: `${position}%` }} aria-hidden="true" />
      </div>
      <input type="range" min={0} max={100} value={position} onChange={(e) => setPosition(Number(e.target.value))}
        aria-label={`Wipe between ${top.level} and ${bottom.level}`} aria-valuetext={`${position} % ${top.level}`} className="wipe-slider" />
    </div>
  );
}
