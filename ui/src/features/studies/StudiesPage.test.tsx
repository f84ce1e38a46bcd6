import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { gridStudy, summary, twoObjectiveStudy } from './fixtures';
import { StudiesPage } from './StudiesPage';

function fakeServer(total: number) {
  const asked: string[] = [];
  const newer = { ...summary(twoObjectiveStudy(), null), id: '5d000000-0000-4000-8000-000000000002', name: null };
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path);
    return new Response(JSON.stringify([newer, summary(gridStudy(), 0.97)]), {
      status: 200, headers: { 'Content-Type': 'application/json', 'X-Total-Count': String(total) },
    });
  });
  return asked;
}

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes><Route path="/studies" element={<StudiesPage />} /></Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('StudiesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the studies in the server's order with their template, objectives, progress and best score", async () => {
    fakeServer(2);
    renderAt('/studies');
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0].textContent)).toEqual(['Study 5d000000', 'x264 speed']);
    expect(within(rows[0]).getByText('max ssim, min bytes')).toBeTruthy();
    expect(rows[1].textContent).toContain('running');
    expect(rows[1].textContent).toContain('3 of 4 trials ended, 1 failed');
    expect(rows[1].textContent).toContain('0.97');
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe('/studies/5d000000-0000-4000-8000-000000000001');
    expect(screen.getByRole('link', { name: 'New study' }).getAttribute('href')).toBe('/studies/new');
  });

  it('pages through the list with the offset in the address', async () => {
    const asked = fakeServer(45);
    renderAt('/studies?offset=20');
    expect(await screen.findByText('Page 2 of 3 (21–40 of 45)')).toBeTruthy();
    expect(asked[0]).toBe('/api/studies?offset=20&limit=20');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next ›' }));
    expect(await screen.findByText('Page 3 of 3 (41–45 of 45)')).toBeTruthy();
  });
});
