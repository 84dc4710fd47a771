/**
 * A failure, announced to screen readers as it appears: under a field or in a dialog, or as a
 * notice of a whole page or form (`notice`).
 */
export function ErrorLine({ error, notice }: { error: string | undefined; notice?: boolean }) {
  return error ? (
    <p className={notice ? 'notice notice-error' : 'field-error'} role="alert">
      {error}
    </p>
  ) : null;
}
