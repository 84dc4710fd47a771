import { useMemo } from 'react';
import { highlightParts } from './highlight';

/** A product's text with the words a search matched marked. */
export function Highlight({ text, q }: { text: string; q: string }) {
  const parts = useMemo(() => highlightParts(text, q), [text, q]);
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
