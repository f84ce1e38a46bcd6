import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State kept in the tab's sessionStorage under `key`, so that a reload, or Back from another page,
 * returns to the form as it was left. Storage that is full or switched off only means it is not kept.
 * `adjust`, read on the first render only, changes what was kept (a link that fills the form in).
 */
export function useSessionState<T>(key: string, initial: T, adjust?: (kept: T) => T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    let kept = initial;
    try {
      const stored = sessionStorage.getItem(key);
      if (stored !== null) kept = JSON.parse(stored) as T;
    } catch {
      // Nothing kept: the initial value.
    }
    return adjust ? adjust(kept) : kept;
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Not kept; the page works as before.
    }
  }, [key, value]);
  return [value, setValue];
}
