import { useState } from 'react';

/**
 * State that starts from a prop and follows it when the prop changes, while the user can still change it (a
 * custom element's attribute sets it; the widget's own controls change it too).
 */
export function useSyncedState<T>(value: T | undefined, fallback: T): [T, (next: T) => void] {
  const [state, setState] = useState<T>(value ?? fallback);
  const [seen, setSeen] = useState<T | undefined>(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    setState(value ?? fallback);
  }
  return [state, setState];
}
