import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Lightbox, LightboxImage } from './Lightbox';
import { MediaPlayer } from './MediaPlayer';

// jsdom has no PointerEvent: a mouse event with a pointer id carries the coordinates a drag needs.
class TestPointerEvent extends MouseEvent {
  readonly pointerId = 1;
}

beforeAll(() => {
  const view = document.defaultView as unknown as Record<string, unknown>;
  if (!view.PointerEvent) view.PointerEvent = TestPointerEvent;
  // Nor does it open a <dialog> as a modal: open it as a plain one, so it is shown and named.
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      this.open = false;
    },
  });
});

const dialog = () => screen.getByRole('dialog', { name: 'Full size: Output image.png' });
const button = (name: string) => screen.getByRole('button', { name });
const scale = () => screen.getByTestId('lightbox-scale').textContent;
const image = () => screen.getByRole<HTMLImageElement>('img', { name: 'Output image.png' });

/** jsdom lays nothing out: give the stage a 1000 x 750 box whose scrolled size follows the image's width. */
function layOut(natural = { width: 2048, height: 1536 }) {
  const stage = screen.getByTestId('lightbox-stage');
  const content = () => {
    const width = parseFloat(image().style.width) || 1000;
    return { width, height: (width * natural.height) / natural.width };
  };
  let left = 0;
  let top = 0;
  Object.defineProperties(stage, {
    clientWidth: { value: 1000 },
    clientHeight: { value: 750 },
    scrollWidth: { get: () => Math.max(1000, content().width) },
    scrollHeight: { get: () => Math.max(750, content().height) },
    scrollLeft: { get: () => left, set: (v: number) => (left = Math.max(0, v)) },
    scrollTop: { get: () => top, set: (v: number) => (top = Math.max(0, v)) },
  });
  Object.defineProperties(image(), { naturalWidth: { value: natural.width }, naturalHeight: { value: natural.height } });
  fireEvent.load(image());
  return stage;
}

describe('Lightbox', () => {
  it('opens fitted to the window, named for its image, and closes with its button or Escape', async () => {
    const onClose = vi.fn();
    render(<Lightbox src="/api/jobs/1/outputs/image.png" alt="Output image.png" onClose={onClose} />);
    layOut();
    expect(dialog()).toBeTruthy();
    expect(image().getAttribute('src')).toBe('/api/jobs/1/outputs/image.png');
    expect(image().className).toBe('fit');
    expect(scale()).toBe('Fit, 49 %');
    expect(document.activeElement).toBe(button('Close'));

    await userEvent.click(button('Close'));
    expect(onClose).toHaveBeenCalledTimes(1);
    // The browser turns Escape on a modal dialog into a cancel event.
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('zooms in and out in steps, never below the fitted size, and shows the actual size', async () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    layOut();
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(button('Zoom out'));
    expect(scale()).toBe('Fit, 49 %');

    await userEvent.click(button('Zoom in'));
    expect(scale()).toBe('73 %');
    expect(image().style.width).toBe('1500px');
    expect(image().className).toBe('');

    await userEvent.click(button('Zoom in'));
    expect(scale()).toBe('110 %');
    await userEvent.click(button('Zoom out'));
    await userEvent.click(button('Zoom out'));
    expect(scale()).toBe('Fit, 49 %');
    expect(image().style.width).toBe('');

    await userEvent.click(button('Actual size'));
    expect(scale()).toBe('100 %');
    expect(image().style.width).toBe('2048px');
    await userEvent.click(button('Fit to the window'));
    expect(scale()).toBe('Fit, 49 %');
  });

  it('zooms with the keyboard: + and - step, 1 is the actual size, 0 fits', () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    layOut();
    const key = (k: string) => fireEvent.keyDown(dialog(), { key: k });
    key('+');
    expect(scale()).toBe('73 %');
    key('1');
    expect(scale()).toBe('100 %');
    key('-');
    expect(scale()).toBe('67 %');
    key('0');
    expect(scale()).toBe('Fit, 49 %');
  });

  it('keeps the focus in it: Tab after the last control comes back to the first, Shift+Tab the other way', async () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    const stage = screen.getByTestId('lightbox-stage');
    expect(document.activeElement).toBe(button('Close'));
    await userEvent.tab();
    expect(document.activeElement).toBe(stage);
    await userEvent.tab();
    expect(document.activeElement).toBe(button('Zoom out'));
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(stage);
  });

  it('stops zooming in at eight times', async () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    layOut();
    for (let i = 0; i < 12; i++) fireEvent.keyDown(dialog(), { key: '+' });
    expect(scale()).toBe('800 %');
    expect(button('Zoom in').getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(button('Zoom in'));
    expect(scale()).toBe('800 %');
  });

  it('keeps the middle of the view in the middle as it zooms, and pans a zoomed image by dragging', () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    const stage = layOut();
    fireEvent.keyDown(dialog(), { key: '1' });
    // 2048 x 1536 around a 1000 x 750 view: the middle stays the middle.
    expect([stage.scrollLeft, stage.scrollTop]).toEqual([524, 393]);

    fireEvent.pointerDown(stage, { button: 0, clientX: 300, clientY: 300 });
    expect(stage.className).toContain('dragging');
    fireEvent.pointerMove(stage, { clientX: 200, clientY: 250 });
    expect([stage.scrollLeft, stage.scrollTop]).toEqual([624, 443]);
    fireEvent.pointerUp(stage);
    fireEvent.pointerMove(stage, { clientX: 0, clientY: 0 });
    expect([stage.scrollLeft, stage.scrollTop]).toEqual([624, 443]);
    expect(stage.className).not.toContain('dragging');
  });

  it('does not drag a fitted image; a double click zooms it in and another fits it again', () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    const stage = layOut();
    fireEvent.pointerDown(stage, { button: 0, clientX: 300, clientY: 300 });
    expect(stage.className).not.toContain('dragging');
    fireEvent.doubleClick(stage);
    expect(scale()).toBe('100 %');
    fireEvent.doubleClick(stage);
    expect(scale()).toBe('Fit, 49 %');
  });

  it('shows a small image at its own size when fitted, not blown up', () => {
    render(<Lightbox src="/i.png" alt="Output image.png" onClose={() => {}} />);
    layOut({ width: 64, height: 64 });
    expect(scale()).toBe('Fit, 100 %');
  });
});

describe('LightboxImage', () => {
  it('opens the lightbox from the picture and gives focus back to it on close', async () => {
    render(<LightboxImage src="/i.png" alt="Output image.png" caption="image.png" />);
    const opener = screen.getByRole('button', { name: 'Open Output image.png full size' });
    expect(screen.queryByRole('dialog')).toBeNull();

    await userEvent.click(opener);
    expect(dialog().textContent).toContain('image.png');
    await userEvent.click(button('Close'));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('MediaPlayer', () => {
  it('plays a video with the browser controls at the width available, loading only its metadata', () => {
    const { container } = render(<MediaPlayer kind="video" src="/v.mp4" label="Output video.mp4" />);
    const video = container.querySelector('video')!;
    expect(video.className).toBe('media-player');
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('preload')).toBe('metadata');
    expect(video.getAttribute('aria-label')).toBe('Output video.mp4');
    expect(container.querySelector('audio')).toBeNull();
  });

  it('plays audio with the browser controls', () => {
    const { container } = render(<MediaPlayer kind="audio" src="/a.wav" label="Output a.wav" />);
    const audio = container.querySelector('audio')!;
    expect(audio.className).toBe('media-player');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('src')).toBe('/a.wav');
  });
});
