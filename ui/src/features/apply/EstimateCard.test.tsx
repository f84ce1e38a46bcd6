import { render, screen } from '@testing-library/react';
import { EstimateCard } from './EstimateCard';
import type { Estimate } from '../../api/types';

const estimate: Estimate = {
  expected_seconds: 12, min_seconds: 9.6, max_seconds: 18, cost: 0.0048,
  resources: { cpu: 1, memory: 2, gpu: 0, vram: 0 },
};

describe('EstimateCard', () => {
  it('shows the expected time with its likely range', () => {
    render(<EstimateCard estimate={estimate} />);
    expect(screen.getByTestId('estimate-time').textContent).toBe('12.0 s (likely 9.6 s to 18.0 s)');
    expect(screen.queryByTestId('estimate-basis')).toBeNull();
  });

  it('names the runs a learned estimate rests on', () => {
    render(<EstimateCard estimate={{ ...estimate, basis: 'history', runs_used: 12 }} />);
    expect(screen.getByTestId('estimate-basis').textContent).toBe('12 runs of this template on this server');
  });

  it('says when there are too few runs to learn from', () => {
    const { rerender } = render(<EstimateCard estimate={{ ...estimate, basis: 'multipliers', runs_used: 0 }} />);
    expect(screen.getByTestId('estimate-basis').textContent).toBe("the template's base time and the quality's multipliers (no runs yet)");
    rerender(<EstimateCard estimate={{ ...estimate, basis: 'multipliers', runs_used: 1 }} />);
    expect(screen.getByTestId('estimate-basis').textContent).toContain('(1 run so far: too few to learn from)');
  });
});
