/** A failure under a form or in a dialog, announced to screen readers as it appears. */
export function ErrorLine({ error }: { error: string | undefined }) {
  return error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;
}
