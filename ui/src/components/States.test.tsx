import { render, screen } from '@testing-library/react';
import { ApiError } from '../api/http';
import { ErrorView } from './States';

const problem = (status: number) => new ApiError({ title: 't', status, detail: 'no job 1', errors: [] });

describe('ErrorView', () => {
  it('offers a retry when trying again may help', () => {
    render(<ErrorView error={problem(503)} what="the run" onRetry={() => {}} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('offers none for a refusal, which a retry only repeats', () => {
    render(<ErrorView error={problem(404)} what="the run" onRetry={() => {}} />);
    expect(screen.getByText('no job 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
