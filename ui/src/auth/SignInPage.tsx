import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError } from '../api/http';
import { keys, useMe } from '../api/queries';
import { Field } from '../components/Field';
import { sameSitePath } from '../lib/sameSitePath';
import { usePageTitle } from '../lib/usePageTitle';

/** The sign-in form. The first start of `setpoint serve` prints admin's password. */
export function SignInPage() {
  usePageTitle('Sign in');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const me = useMe();
  const next = sameSitePath(params.get('next'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.signIn(username, password);
      queries.clear();
      await queries.fetchQuery({ queryKey: keys.me, queryFn: api.me });
      void navigate(next, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401
        ? 'Wrong username or password. Check them and try again.'
        : e instanceof ApiError ? e.messages().join(' ') : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="card signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in to Setpoint</h1>
        {params.has('logout') && <p className="notice">You are signed out.</p>}
        {me.data && !me.error && (
          <p className="notice">
            You are signed in as {me.data.username}. <Link to={next}>Go on</Link>, or sign in as someone else.
          </p>
        )}
        <Field id="username" label="Username">
          <input id="username" name="username" autoComplete="username" required autoFocus
            value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field id="password" label="Password">
          <input id="password" name="password" type="password" autoComplete="current-password" required
            value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">
          First start? <code>setpoint serve</code> printed the password of <code>admin</code> once. Other users get
          theirs from an admin.
        </p>
      </form>
    </main>
  );
}
