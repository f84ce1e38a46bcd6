import { render, screen } from '@testing-library/react';
import { ProvenanceTable } from './ProvenanceTable';
import type { Provenance } from '../api/types';

const draft = (value: number): Provenance => ({ value, set_by: { layer: 'quality_level', name: 'draft', description: 'quality level draft' }, overrode: [], rules: [] });

describe('ProvenanceTable', () => {
  it('shows a whole float with its decimal point when the template types it as a number', () => {
    render(<ProvenanceTable provenance={{ cfg_scale: draft(7), steps: draft(15) }} explain={false} caption="Final parameters"
      inputs={{ cfg_scale: { type: 'number', required: false }, steps: { type: 'integer', required: false } }} />);

    const cells = screen.getAllByRole('row').slice(1).map((row) => row.querySelector('td')?.textContent);
    expect(cells).toEqual(['7.0', '15']);
  });
});
