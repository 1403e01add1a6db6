import { useEffect, useRef } from "react";
import { useSubmit } from "@remix-run/react";

/** Whether a control holds something other than what the server rendered (its default). */
function edited(form: HTMLFormElement): boolean {
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked !== el.defaultChecked) return true;
      } else if (el.type !== "hidden" && el.type !== "submit" && el.value !== el.defaultValue) return true;
    } else if (el instanceof HTMLSelectElement) {
      if (Array.from(el.options).some((o) => o.selected !== o.defaultSelected)) return true;
    } else if (el instanceof HTMLTextAreaElement && el.value !== el.defaultValue) return true;
  }
  return false;
}

/**
 * Props for GET forms that recompute a quote: the form resubmits itself on every change (typing in
 * a number or date field waits 400 ms), replacing the history entry and keeping the scroll position.
 * Without script the form's own submit button does the same. What the visitor changed before the
 * script took over (a slow connection) is kept and quoted once it has: the controls are uncontrolled,
 * and the form resubmits on hydration when any of them differs from what the server rendered.
 */
export function useAutoSubmit() {
  const submit = useSubmit();
  const ref = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    const form = ref.current;
    if (form && edited(form)) submit(form, { replace: true, preventScrollReset: true });
    return () => clearTimeout(timer.current);
    // Once, on hydration: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const target = event.target as HTMLInputElement;
    const delay = target.tagName === "INPUT" && (target.type === "number" || target.type === "date") ? 400 : 0;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), delay);
  };
  return { ref, onChange };
}
