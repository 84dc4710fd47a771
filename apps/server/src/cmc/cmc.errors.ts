/** Why a call to CoinMarketCap failed, with what to do about it. */
export class CmcError extends Error {
  /** True when repeating the call cannot help until a person acts. */
  readonly stopsSchedule: boolean = false;

  constructor(
    message: string,
    /** CoinMarketCap's status.error_code, when it sent one. */
    readonly code?: number,
  ) {
    super(message);
  }
}

/** 401, 402, 403: the key is missing, wrong, expired or not allowed this endpoint. */
export class CmcKeyError extends CmcError {
  override readonly stopsSchedule = true;
}

/** 429 with 1009 (day), 1010 (month) or 1011 (IP): no calls until the window resets. */
export class CmcCreditLimitError extends CmcError {
  constructor(
    message: string,
    readonly window: 'day' | 'month' | 'ip',
    code?: number,
  ) {
    super(message, code);
  }
}

/** 400 and other refusals of the request itself (an unknown symbol or currency). */
export class CmcRequestError extends CmcError {}

/** 5xx, timeouts and network failures that outlasted the retries. */
export class CmcUnavailableError extends CmcError {}

/**
 * A body that is not the documented shape, or whose values no row can hold: nothing of it may
 * reach raw/ or the database. The extraction keeps `body` for audit under a prefix of its own.
 */
export class CmcResponseError extends CmcError {
  /** The untouched body, when one was read. */
  body: string | undefined;
  /** Credits the call cost anyway (status.credit_count), when the body said. */
  credits = 0;
}
