interface Props {
  /** The whole sentence, e.g. "Could not load the products: …". */
  message: string;
  /** Shown as a "try again" button when given. */
  onRetry?: (() => void) | undefined;
  retryLabel?: string | undefined;
  /** Inline: a line above content still shown; otherwise the block that replaces the content. */
  inline?: boolean;
  testId?: string;
}

/** "Failed to load, try again": the alert every page shows when a query fails. */
export function LoadFailed({ message, onRetry, retryLabel, inline = false, testId }: Props) {
  if (inline) {
    return (
      <div className="inline-error" role="alert" data-testid={testId}>
        {message}{' '}
        {onRetry ? (
          <button type="button" className="button button-small" onClick={onRetry}>
            {retryLabel}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="state-message state-error" role="alert" data-testid={testId}>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
