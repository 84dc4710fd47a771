/** A spinner and what is being loaded, announced politely to screen readers. */
export function Loading({ text }: { text?: string }) {
  return (
    <p className="state-message" role="status">
      <span className="spinner" aria-hidden="true" />
      {text ? ` ${text}` : null}
    </p>
  );
}
