import { render, screen, within } from '@testing-library/react';
import { MergePreview } from './MergePreview';
import type { MergeResult } from '../../api/types';

const union: MergeResult = {
  parameters: { 'tp-size': [1, 2, 4], 'schedule-policy': ['fcfs'], 'enable-mixed-chunking': [true] },
  applied_presets: ['High Throughput', 'Memory Efficient'],
  conflicts: [],
  grid_size: 3,
};

describe('MergePreview', () => {
  it('lists every merged parameter with each of its values', () => {
    render(<MergePreview result={union} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'tp-size124',
      'schedule-policy"fcfs"',
      'enable-mixed-chunkingtrue',
    ]);
    expect(within(rows[0]).getAllByText(/^\d$/).map((v) => v.textContent)).toEqual(['1', '2', '4']);
  });

  it('states the grid size and the presets it merged', () => {
    render(<MergePreview result={union} />);
    expect(screen.getByTestId('grid-size').textContent).toBe('3');
    expect(screen.getByText(/3 runs/)).toBeTruthy();
    expect(screen.getByText('Merged from High Throughput, Memory Efficient.')).toBeTruthy();
  });

  it('says so when the strategy leaves nothing', () => {
    render(<MergePreview result={{ ...union, parameters: {}, grid_size: 1 }} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/The merge leaves no parameters/)).toBeTruthy();
    expect(screen.getByText(/1 run:/)).toBeTruthy();
  });
});
