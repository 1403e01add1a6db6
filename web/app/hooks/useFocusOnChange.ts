import { useEffect, useRef } from "react";

/**
 * Moves focus to the returned element (give it tabIndex={-1}) whenever `token` changes to a truthy
 * value: after a submission, to its result or error summary, so that keyboard and screen-reader
 * users land on what their action produced instead of <body>.
 */
export function useFocusOnChange<T extends HTMLElement>(token: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (token) ref.current?.focus();
  }, [token]);
  return ref;
}
