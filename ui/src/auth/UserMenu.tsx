import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useMe } from '../api/queries';
import { Modal } from '../components/Modal';
import { ErrorList } from '../components/States';
import { ApiError } from '../api/http';

/** The signed-in user, a personal API token for the command line, and sign out. */
export function UserMenu() {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [tokenOpen, setTokenOpen] = useState(false);
  const queries = useQueryClient();
  const navigate = useNavigate();
  if (!me.data) return null;

  async function signOut() {
    await api.signOut().catch(() => undefined);
    queries.clear();
    void navigate('/login?logout', { replace: true });
  }

  return (
    <div className="user-menu" onBlur={(e) => {
      // Focus leaving the menu (a click or Tab elsewhere) closes it.
      if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
    }}>
      <button type="button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <span aria-hidden="true">●</span> {me.data.username}
      </button>
      {open && (
        <div className="menu" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <p className="menu-note">Signed in as {me.data.username} ({me.data.role})</p>
          <button type="button" role="menuitem" autoFocus onClick={() => { setTokenOpen(true); setOpen(false); }}>
            API token for the command line…
          </button>
          <button type="button" role="menuitem" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      )}
      {tokenOpen && <TokenDialog onClose={() => setTokenOpen(false)} />}
    </div>
  );
}

function TokenDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('cli');
  const create = useMutation({ mutationFn: () => api.createToken(name) });
  const server = window.location.origin;
  return (
    <Modal title="API token for the command line" onClose={onClose}>
      <p>
        A personal token lets <code>setpoint</code> and scripts act as you. It is shown once; the server keeps only its
        hash. Create one per machine and keep it secret.
      </p>
      {!create.data && (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
          <label htmlFor="token-name">Token name</label>
          <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={create.isPending}>Create token</button>
        </form>
      )}
      {create.error && <ErrorList messages={create.error instanceof ApiError ? create.error.messages() : [String(create.error)]} />}
      {create.data && (
        <>
          <label htmlFor="token-value">Your new token ({create.data.name})</label>
          <input id="token-value" className="mono" readOnly value={create.data.token} onFocus={(e) => e.target.select()} />
          <p>Use it from a shell:</p>
          <pre className="code">{`export SETPOINT_SERVER=${server} SETPOINT_TOKEN=${create.data.token}\n./setpoint presets list`}</pre>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(create.data.token)}>Copy token</button>
        </>
      )}
    </Modal>
  );
}
