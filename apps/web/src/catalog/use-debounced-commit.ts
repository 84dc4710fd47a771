import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How long typing may pause before a search runs: fast enough to feel live, few requests. */
export const TYPING_DEBOUNCE_MS = 300;

/**
 * Text a person types that drives the URL: local while typing, committed after a pause (or at
 * once with `flush`), and replaced when the URL changes from elsewhere (Back, "Clear filters").
 * `same` says whether the text already means the committed value ("tv " and "tv", "100" and
 * "100,00"), so the URL catching up never rewrites what is being typed.
 */
export function useDebouncedCommit(
  committed: string,
  commit: (text: string) => void,
  same: (text: string, committed: string) => boolean = (a, b) => a === b,
  delay = TYPING_DEBOUNCE_MS,
): { text: string; setText: (text: string) => void; flush: () => void } {
  const [text, setText] = useState(committed);
  const latest = useRef({ text, committed, commit, same });
  // Timers and handlers read the values of the last render, whatever render created them.
  useLayoutEffect(() => {
    latest.current = { text, committed, commit, same };
  });

  useEffect(() => {
    const { text: typed, same: equal } = latest.current;
    if (!equal(typed, committed)) setText(committed);
  }, [committed]);

  useEffect(() => {
    if (latest.current.same(text, latest.current.committed)) return;
    const timer = setTimeout(() => {
      latest.current.commit(text);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [text, delay]);

  return {
    text,
    setText,
    flush: () => {
      const current = latest.current;
      if (!current.same(current.text, current.committed)) current.commit(current.text);
    },
  };
}
