import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { refreshAfterWrite } from './queries';

/** A server whose reads see the state at the moment they start and answer a little later. */
function slowServer() {
  const server = { revision: 1, reads: 0 };
  const read = () => {
    server.reads++;
    const seen = server.revision;
    return new Promise<number>((resolve) => setTimeout(() => resolve(seen), 20));
  };
  return { server, read };
}

describe('refreshAfterWrite', () => {
  it('shows the write even when a first read begun before it is still in flight', async () => {
    const { server, read } = slowServer();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const key = ['presets', 'list', { q: 'new search' }];
    const unsubscribe = new QueryObserver(client, { queryKey: key, queryFn: read }).subscribe(() => {});

    server.revision = 2; // committed while the list's first read is on its way
    await refreshAfterWrite(client, ['presets']);

    expect(client.getQueryData(key)).toBe(2);
    expect(server.reads).toBe(2);
    unsubscribe();
  });

  it('re-reads a list that already has data', async () => {
    const { server, read } = slowServer();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const key = ['jobs', 'list', {}];
    const unsubscribe = new QueryObserver(client, { queryKey: key, queryFn: read }).subscribe(() => {});
    await vi.waitFor(() => expect(client.getQueryData(key)).toBe(1));

    server.revision = 2;
    await refreshAfterWrite(client, ['jobs']);

    expect(client.getQueryData(key)).toBe(2);
    unsubscribe();
  });
});
