import { render, screen } from '@testing-library/react';
import { ProgressView } from './ProgressView';
import type { JobProgress } from '../../api/types';

const started: JobProgress = { status: 'running', stage: 'starting', percent: 0, eta_seconds: 13.5 };

function bar() {
  return screen.getByRole('progressbar', { name: 'Progress' });
}

describe('ProgressView', () => {
  it('moves the bar and the time left with each event', () => {
    const { rerender } = render(<ProgressView progress={started} live />);
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('progress-eta').textContent).toBe('About 13.5 s left.');

    rerender(<ProgressView progress={{ status: 'running', stage: 'sampling', percent: 42, eta_seconds: 7.4 }} live />);
    expect(bar().getAttribute('aria-valuenow')).toBe('42');
    expect((bar().firstChild as HTMLElement).style.width).toBe('42%');
    expect(screen.getByTestId('progress-stage').textContent).toBe('sampling');
    expect(screen.getByText('42 %')).toBeTruthy();
    expect(screen.getByTestId('progress-eta').textContent).toBe('About 7.4 s left.');

    rerender(<ProgressView progress={{ status: 'succeeded', stage: 'succeeded', percent: 100, eta_seconds: null }} live />);
    expect(bar().getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByTestId('progress-eta').textContent).toBe('Finished.');
  });

  it('shows the stage the runner reports in words beside the bar', () => {
    render(<ProgressView progress={{ status: 'running', stage: 'encoding, frame 120 of 240', percent: 50, eta_seconds: 4 }} live />);
    expect(screen.getByTestId('progress-stage').textContent).toBe('encoding, frame 120 of 240');
    expect(bar().getAttribute('aria-valuetext')).toBe('50 %, encoding, frame 120 of 240');
  });

  it('writes a long time left in minutes', () => {
    render(<ProgressView progress={{ ...started, percent: 10.4, eta_seconds: 125 }} live />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('About 2 min 5 s left.');
    expect(bar().getAttribute('aria-valuenow')).toBe('10');
  });

  it('says what a queued run expects and when the time left is not known', () => {
    const { rerender } = render(<ProgressView progress={{ status: 'queued', stage: 'queued', percent: 0, eta_seconds: 3 }} live />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('Waiting for a worker; expected to take about 3.0 s once it starts.');
    rerender(<ProgressView progress={{ ...started, eta_seconds: null }} live />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('Running; time left not known yet.');
  });

  it('says it is polling when the event stream is down', () => {
    render(<ProgressView progress={started} live={false} />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('About 13.5 s left. (checking every few seconds)');
  });

  it('names the stage a failed run stopped in', () => {
    render(<ProgressView progress={{ status: 'failed', stage: 'encoding', percent: 63, eta_seconds: null }} />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('Failed during encoding.');
    expect(bar().getAttribute('aria-valuenow')).toBe('63');
  });

  it('names the stage a cancelled run stopped in, and keeps its share of the bar', () => {
    render(<ProgressView progress={{ status: 'cancelled', stage: 'sampling', percent: 40, eta_seconds: null }} />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('Cancelled during sampling.');
    expect(bar().getAttribute('aria-valuenow')).toBe('40');
  });

  it('says only that it failed when the stage is not known', () => {
    render(<ProgressView progress={{ status: 'failed', stage: 'failed', percent: 0, eta_seconds: null }} />);
    expect(screen.getByTestId('progress-eta').textContent).toBe('Failed.');
  });

  it('keeps the bar within 0 to 100', () => {
    render(<ProgressView progress={{ ...started, percent: 140 }} live />);
    expect(bar().getAttribute('aria-valuenow')).toBe('100');
  });
});
