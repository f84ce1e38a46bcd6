import { useEffect } from 'react';

/** The window's title names the page, so that tabs, history and screen readers tell pages apart. */
export function usePageTitle(page: string) {
  useEffect(() => {
    document.title = `${page} · Setpoint`;
  }, [page]);
}
