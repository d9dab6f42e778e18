import { useEffect } from 'react';
import { setLeaveGuard } from '../router';

export const LEAVE_QUESTION = 'Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?';

/**
 * While `dirty`, leaving the page asks first: a link inside the portal (a confirmation) and a reload, a typed
 * address or a closed tab (the browser's own question).
 */
export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a value; the text itself is the browser's.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    setLeaveGuard(() => window.confirm(LEAVE_QUESTION));
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      setLeaveGuard(undefined);
    };
  }, [dirty]);
}
