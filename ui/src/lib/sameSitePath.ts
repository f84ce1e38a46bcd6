/** A stand-in origin: a path is on this site when resolving it against any origin keeps that origin. */
const HERE = 'https://setpoint.invalid';

/**
 * Where to go after signing in: `next` when it is a path on this site, else `fallback`. A link off
 * the site would let anyone send a signed-in user to a page of theirs that looks like this one, so
 * only a path from the root is followed: not `https://…`, `//host`, `/\host` (browsers read a
 * backslash as a slash), `javascript:`, nor anything with a control character or a space, which
 * browsers drop or trim before they read the URL.
 */
export function sameSitePath(next: string | null | undefined, fallback = '/presets'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return fallback;
  if (/[\\\s\p{Cc}]/u.test(next)) return fallback;
  try {
    return new URL(next, HERE).origin === HERE ? next : fallback;
  } catch {
    return fallback;
  }
}
