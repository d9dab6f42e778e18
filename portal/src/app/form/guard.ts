import { useEffect } from 'react';
import { setLeaveGuard } from '../router';

export const LEAVE_QUESTION = 'Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?';

/** The forms of the page with something typed: one page may hold several (a person's file). */
const dirtyForms = new Set<symbol>();

const beforeUnload = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Older browsers need a value; the text itself is the browser's.
  event.returnValue = '';
};

function update(): void {
  if (dirtyForms.size > 0) {
    window.addEventListener('beforeunload', beforeUnload);
    setLeaveGuard(() => window.confirm(LEAVE_QUESTION));
  } else {
    window.removeEventListener('beforeunload', beforeUnload);
    setLeaveGuard(undefined);
  }
}

/**
 * While `dirty`, leaving the page asks first: a link inside the portal (a confirmation) and a reload, a typed
 * address or a closed tab (the browser's own question). Several forms of one page each say whether they are
 * dirty; the question is asked while any of them is.
 */
export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const form = Symbol('form');
    dirtyForms.add(form);
    update();
    return () => {
      dirtyForms.delete(form);
      update();
    };
  }, [dirty]);
}
