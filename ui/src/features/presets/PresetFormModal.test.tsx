import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ToastProvider } from '../../components/Toast';
import { PresetFormModal } from './PresetFormModal';

/** A server that refuses every create with one problem at the name and one in the parameters. */
function refusingServer() {
  vi.stubGlobal('fetch', async (path: string) => {
    if (path.startsWith('/api/presets') && !path.includes('?') && !path.includes('categories')) {
      return new Response(JSON.stringify({ title: 'Bad Request', status: 400, errors: [
        { pointer: '/name', message: 'a name cannot contain a line break' },
        { pointer: '/parameters/tp-size', message: "Parameter 'tp-size' must be a list" },
      ] }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    }
    return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
}

function renderForm() {
  // jsdom lays nothing out; CodeMirror measures text ranges, and <dialog> is not opened as a modal.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><ToastProvider><PresetFormModal onClose={() => {}} /></ToastProvider></QueryClientProvider>);
}

const errorsOf = (id: string) => document.getElementById(`${id}-errors`)?.textContent ?? '';

describe('PresetFormModal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the field in words and drops a server error once its field changes, keeping the others', async () => {
    refusingServer();
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Name/), 'Fast');
    await user.click(screen.getByRole('button', { name: 'Create preset', hidden: true }));
    await waitFor(() => expect(errorsOf('preset-name')).toBe('Name: a name cannot contain a line break'));
    expect(errorsOf('preset-parameters')).toBe("Parameters: Parameter 'tp-size' must be a list");

    await user.type(screen.getByLabelText(/^Name/), 'er');

    expect(errorsOf('preset-name')).toBe('');
    expect(screen.getByLabelText(/^Name/).getAttribute('aria-invalid')).toBe('false');
    expect(errorsOf('preset-parameters')).toBe("Parameters: Parameter 'tp-size' must be a list");
  });
});
