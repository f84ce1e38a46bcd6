import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { keys } from '../../api/queries';
import type { JobOutput } from '../../api/types';
import { mediaKind, OutputView } from './OutputView';

function output(name: string, media_type: string, bytes = 1200): JobOutput {
  return { name, media_type, bytes, url: `/api/jobs/6f1c/outputs/${name}` };
}

/** A query cache that already holds the text outputs' content, so nothing is fetched. */
function renderWith(node: ReactNode, texts: Record<string, string> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  Object.entries(texts).forEach(([url, text]) => client.setQueryData(keys.output(url), text));
  const view = render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
  return view.container;
}

describe('OutputView', () => {
  it('shows an image as an image', () => {
    const container = renderWith(<OutputView output={output('image.png', 'image/png')} />);
    const img = screen.getByRole('img', { name: 'Output image.png' });
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toBe('/api/jobs/6f1c/outputs/image.png');
    expect(container.querySelector('video, audio, pre')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open Output image.png full size' })).toBeTruthy();
  });

  it('plays a video in a video player with controls', () => {
    const container = renderWith(<OutputView output={output('video.mp4', 'video/mp4')} />);
    const video = container.querySelector('video')!;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('src')).toBe('/api/jobs/6f1c/outputs/video.mp4');
    expect(container.querySelector('img, audio, pre')).toBeNull();
  });

  it('plays audio in an audio player with controls', () => {
    const container = renderWith(<OutputView output={output('speech.wav', 'audio/wav')} />);
    const audio = container.querySelector('audio')!;
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('src')).toBe('/api/jobs/6f1c/outputs/speech.wav');
  });

  it('shows text as preformatted text', () => {
    const text = output('text.txt', 'text/plain; charset=utf-8');
    const container = renderWith(<OutputView output={text} />, { [text.url]: 'Once upon a time\n  indented' });
    expect(container.querySelector('pre')!.textContent).toBe('Once upon a time\n  indented');
  });

  it('offers long text as a download only', () => {
    const container = renderWith(<OutputView output={output('big.txt', 'text/plain', 1024 * 1024)} />);
    expect(container.querySelector('pre')).toBeNull();
    expect(screen.getByText(/Too long to show here \(1\.0 MiB\)/)).toBeTruthy();
  });

  it('gives every output a download link, also one the browser cannot show', () => {
    const container = renderWith(<OutputView output={output('model.bin', 'application/octet-stream', 2048)} />);
    const link = screen.getByRole('link', { name: 'Download model.bin' });
    expect(link.getAttribute('href')).toBe('/api/jobs/6f1c/outputs/model.bin');
    expect(link.getAttribute('download')).toBe('model.bin');
    expect(container.querySelector('img, video, audio, pre')).toBeNull();
    expect(screen.getByText('application/octet-stream, 2.0 KiB')).toBeTruthy();
  });

  it('reads the media type without its parameters and in any case', () => {
    expect(mediaKind('Image/PNG')).toBe('image');
    expect(mediaKind('text/plain;charset=UTF-8')).toBe('text');
    expect(mediaKind('application/json')).toBe('text');
    expect(mediaKind('application/zip')).toBe('file');
  });
});
