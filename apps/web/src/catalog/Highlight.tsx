import { useMemo } from 'react';
import { excerpt, highlightParts } from './highlight';

/**
 * A product's text with the words a search matched marked; with `clip`, from a little before the
 * first match (for a text shown on one line).
 */
export function Highlight({ text, q, clip = false }: { text: string; q: string; clip?: boolean }) {
  const parts = useMemo(() => {
    const all = highlightParts(text, q);
    return clip ? excerpt(all) : all;
  }, [text, q, clip]);
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
