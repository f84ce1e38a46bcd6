import { render, screen } from '@testing-library/react';
import { ConflictWarnings } from './ConflictWarnings';
import type { Conflict } from '../../api/types';

const dropped: Conflict = {
  parameter: 'mem-fraction-static',
  reason: 'no_common_values',
  preset: 'Balanced',
  previous_values: [0.9],
  new_values: [0.85],
  message: 'mem-fraction-static: dropped, Balanced allows [0.85], none of [0.9]',
};
const missing: Conflict = {
  parameter: 'enable-mixed-chunking',
  reason: 'missing_from_preset',
  preset: 'Balanced',
  previous_values: [true],
  new_values: [],
  message: 'enable-mixed-chunking: dropped, Balanced does not set it',
};

describe('ConflictWarnings', () => {
  it('counts the conflicts in a warning badge', () => {
    render(<ConflictWarnings conflicts={[dropped, missing]} />);
    expect(screen.getByRole('status').textContent).toBe('⚠ 2 conflicts');
  });

  it('explains each conflict in words, with its parameter and reason', () => {
    render(<ConflictWarnings conflicts={[dropped, missing]} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'mem-fraction-static: dropped, Balanced allows [0.85], none of [0.9] (no common values)',
      'enable-mixed-chunking: dropped, Balanced does not set it (missing from a preset)',
    ]);
  });

  it('uses the singular for one conflict', () => {
    render(<ConflictWarnings conflicts={[dropped]} />);
    expect(screen.getByRole('status').textContent).toBe('⚠ 1 conflict');
  });

  it('reassures when there is no conflict', () => {
    render(<ConflictWarnings conflicts={[]} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/No conflicts/)).toBeTruthy();
  });
});
