import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { keys } from '../../api/queries';
import { JobFacts } from './JobFacts';
import { aJob } from './testJob';

describe('JobFacts', () => {
  it('lists what the run measured in the template order and units', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(keys.template('sd-image@1.0.0'), {
      metrics: [
        { name: 'ssim', unit: '', better: 'higher', description: 'structural similarity' },
        { name: 'output_bytes', unit: 'bytes', better: 'lower', description: 'file size' },
      ],
    });
    render(<QueryClientProvider client={client}><JobFacts job={aJob({ metrics: { output_bytes: 2048, ssim: 0.98765 } })} /></QueryClientProvider>);
    expect(screen.getAllByTestId('job-metric').map((m) => m.textContent)).toEqual(['ssim0.988', 'output_bytes2.0 KiB']);
  });

  it('lists no metric for a run that measured none', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
    render(<QueryClientProvider client={client}><JobFacts job={aJob({ metrics: {} })} /></QueryClientProvider>);
    expect(screen.queryAllByTestId('job-metric')).toHaveLength(0);
  });
});
