import { useEffect, useRef } from "react";
import { useSubmit } from "@remix-run/react";

/**
 * An onChange handler for GET forms that recompute a quote: the form resubmits itself on every
 * change (typing in a number or date field waits 400 ms), replacing the history entry and keeping
 * the scroll position. Without script the form's own submit button does the same.
 */
export function useAutoSubmit() {
  const submit = useSubmit();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const target = event.target as HTMLInputElement;
    const delay = target.tagName === "INPUT" && (target.type === "number" || target.type === "date") ? 400 : 0;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), delay);
  };
}
