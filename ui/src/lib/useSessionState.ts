import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State kept in the tab's sessionStorage under `key`, so that a reload, or Back from another page,
 * returns to the form as it was left. Storage that is full or switched off only means it is not kept.
 */
export function useSessionState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
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
