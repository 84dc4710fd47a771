// Types of the cais api (openapi-typescript).
// Generated from the api's OpenAPI document by `npm run generate -w apps/web`: do not edit.

export interface paths {
    "/alerts/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alerts fired, newest trigger first
         * @description Each event is placed at the point that triggered it (`trigger_at`, `trigger_value`): the dashboard draws them on the chart and lists the open ones.
         */
        get: operations["listAlertEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the alert rules with their state */
        get: operations["listAlertRules"];
        put?: never;
        /**
         * Add an alert rule
         * @description The etl worker evaluates every enabled rule after each run (docs/alerts.md). Fields a kind does not use are refused, naming them.
         */
        post: operations["createAlertRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an alert rule’s definition (edit, enable, disable)
         * @description The body is a whole rule, as for a new one. Its state stays, so a firing rule keeps firing until the new condition clears; disabling a firing rule closes its open event without a message, since no evaluation will recover it.
         */
        put: operations["updateAlertRule"];
        post?: never;
        /** Remove an alert rule and its events */
        delete: operations["deleteAlertRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/rules/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a sample message of a rule to every configured channel
         * @description The sample carries what the rule sees now; the rule’s state does not change. An empty list: no channel is configured (ALERT_* variables).
         */
        post: operations["testAlertRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the request is signed in as */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a user name and password (browser session)
         * @description Sets the HttpOnly session cookie and a `cais_csrf` cookie. Failures are limited per account and per address; past the limit the answer is 429 with Retry-After.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this browser session
         * @description Signed in with the cookie, a write needs the x-csrf-token header
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in user, on every device */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's API tokens (never the tokens themselves) */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a personal API token (shown once)
         * @description Use it as `Authorization: Bearer <token>`; it acts with your role. Signed in with the cookie, a write needs the x-csrf-token header.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the categories */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every history entry as CSV (admin)
         * @description Columns: id, product_id, action, actor, request_id, at, before, after; before and after are JSON.
         */
        get: operations["exportHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the pipeline is healthy: freshness, runs, credits and gaps
         * @description Gaps are consecutive quotes of the series more than 1.5 schedule intervals apart, in [from, to] (default: the last 24 h).
         */
        get: operations["getPipelineHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last extractions, newest first */
        get: operations["listPipelineRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prices/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest quote, its change and how fresh it is
         * @description `stale` is true when the newest quote is older than two intervals of ETL_SCHEDULE.
         */
        get: operations["getLatestPrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prices/markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the series stored
         * @description Every coin and currency with quotes, for pickers and the empty state; `[]` when there is no quote. Counts come from the daily rollup, which the loader keeps current.
         */
        get: operations["listMarkets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prices/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of stored quotes
         * @description A JSON array; the total goes in `X-Total-Count`, links in `Link`.
         */
        get: operations["listPriceRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prices/rows.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a series as CSV
         * @description Comma-separated, header first, oldest first, decimals exactly as stored; streamed, so millions of rows download in constant memory.
         */
        get: operations["downloadPriceRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prices/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A price series downsampled to at most `points` buckets
         * @description Buckets are `bucket_seconds` = max(1, ceil((to - from) / points)) wide, starting at `from`; a quote at exactly `to` joins the last bucket. Only non-empty buckets are returned. Long ranges are read from rollups (`source`), so a year costs the same as a day.
         */
        get: operations["getPriceSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description A page of products as a JSON array, filtered, searched and sorted. The total goes in `X-Total-Count` (exact up to 50,000 matches, 1,000 for a search, the database planner's estimate above; `X-Total-Count-Kind` says which), links to other pages in `Link`. Deep pages are fast by `cursor`: every page names its neighbours in `X-Next-Cursor` and `X-Prev-Cursor`, and a page read by cursor links to them in `Link`.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Answers 201 with the new product (the original service answered 200). With an `Idempotency-Key`, a retry of the same request replays the first response instead of creating a duplicate.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the products as CSV (or JSON lines)
         * @description Every product the filters match, in the chosen order (`sort`, or relevance with `q`), streamed: header first, `,`-separated, prices with a decimal point. With `Accept: application/x-ndjson`, one JSON product per line instead. Read in keyset batches, so a million products come out in flat memory, each once.
         */
        get: operations["exportProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product */
        get: operations["getProduct"];
        /**
         * Update a product (partial, as the original service)
         * @description Changes the fields sent; absent or null fields keep their value.
         */
        put: operations["updateProduct"];
        post?: never;
        /**
         * Delete a product
         * @description Answers 200 with the deleted product, as the original service; the id then answers 404. The product goes to the trash (`GET /trash`), from which an editor can restore it.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Patch a product (JSON merge patch)
         * @description Changes the fields sent, as `application/json` or `application/merge-patch+json`; `description: null` clears the description.
         */
        patch: operations["patchProduct"];
        trace?: never;
    };
    "/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes of a product, newest first
         * @description Every create, update, delete, restore, revert and purge: who, when, the request id, and the product before and after. Also for products in the trash or purged.
         */
        get: operations["getProductHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/history/{entry}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the product as it was after a history entry
         * @description Writes the fields of that version (a new `revert` entry; the history is never rewritten). With If-Match, only if the product has not changed since it was read.
         */
        post: operations["revertProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a product out of the trash
         * @description It answers again under its id, as it was when deleted.
         */
        post: operations["restoreProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from CSV or JSON lines
         * @description Columns by header name, in Portuguese or English (`nome`/`name`, `descricao`/`description`, `preco`/`price`, `categoria`/`category`, `email_fornecedor`/`email`, `sku`/`codigo`); `,` or `;` separated; UTF-8 with or without BOM; prices with a decimal comma or point. The columns an export adds (`id`, `created_at`, `updated_at`) are ignored. A row with a `sku` a product already has updates that product, so re-importing a file creates no duplicates. `mode=dry-run` (the default) writes nothing and reports every invalid row; `all-or-nothing` writes only a file without invalid rows; `valid-rows` writes the valid ones. Writes are one transaction.
         */
        post: operations["importProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and migrated */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted products, most recently deleted first
         * @description They are purged for good after TRASH_DAYS (now 30) days.
         */
        get: operations["listTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trash/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a product in the trash for good (admin)
         * @description Its history stays, ending with a `purge` entry.
         */
        delete: operations["purgeProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users */
        get: operations["listUsers"];
        put?: never;
        /** Add a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's role, password or disabled state
         * @description A new password or disabling ends the user’s sessions.
         */
        patch: operations["changeUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAlertEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only this currency’s events and those of no coin
                 * @example BTC
                 */
                convert?: string;
                /** @description Events triggered at or after this time */
                from?: string;
                limit?: number;
                /** @description true: only those not recovered yet */
                open?: boolean;
                /**
                 * @description Only this coin’s events and those of no coin
                 * @example BTC
                 */
                symbol?: string;
                /** @description Events triggered at or before this time */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        convert: string | null;
                        /**
                         * Format: date-time
                         * @description When the evaluation fired it
                         */
                        fired_at: string;
                        id: number;
                        /** @enum {string} */
                        kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                        message: string;
                        resolved_at: string | null;
                        rule_id: number;
                        rule_name: string;
                        symbol: string | null;
                        /**
                         * Format: date-time
                         * @description The point that triggered it: the quote or run it looked at
                         */
                        trigger_at: string;
                        trigger_value: number | null;
                    }[];
                };
            };
            /** @description A query parameter is invalid, or `from` is after `to` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listAlertRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        convert: string | null;
                        /**
                         * Format: date-time
                         * @description When it was added
                         */
                        created_at: string;
                        enabled: boolean;
                        evaluated_at: string | null;
                        fire_after: number;
                        id: number;
                        /**
                         * @description `stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last `threshold` finished runs all failed; `credits_low`: credits left this month below `threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond `threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; `error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, counted once at least `min_requests` requests were answered
                         * @enum {string}
                         */
                        kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                        min_requests: number | null;
                        /**
                         * @description A unique name, shown in every message
                         * @example btc-stale
                         */
                        name: string;
                        plan_credits: number | null;
                        recover_after: number;
                        /**
                         * @description As of the last evaluation
                         * @enum {string}
                         */
                        state: "ok" | "firing";
                        state_since: string | null;
                        symbol: string | null;
                        /**
                         * @description Intervals, runs, percent or a price, by kind (see `kind`)
                         * @example 3
                         */
                        threshold: number;
                        window_minutes: number | null;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    createAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Its quote currency; default: ETL_CONVERT
                     * @example BTC
                     */
                    convert?: string;
                    /** @default true */
                    enabled?: boolean;
                    /**
                     * @description Evaluations in a row the condition must hold before it fires
                     * @default 1
                     */
                    fire_after?: number;
                    /**
                     * @description `stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last `threshold` finished runs all failed; `credits_low`: credits left this month below `threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond `threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; `error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, counted once at least `min_requests` requests were answered
                     * @enum {string}
                     */
                    kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                    /** @description error_rate only: fewer requests in the window never fire (default 20), so one failed request of two pages no one */
                    min_requests?: number;
                    /**
                     * @description A unique name, shown in every message
                     * @example btc-stale
                     */
                    name: string;
                    /** @description credits_low only: the key's monthly credits (the plan's limit) */
                    plan_credits?: number;
                    /**
                     * @description Evaluations in a row the condition must be clear before it recovers (damps flapping)
                     * @default 2
                     */
                    recover_after?: number;
                    /**
                     * @description The coin a quote rule watches; default: the first of ETL_SYMBOLS
                     * @example BTC
                     */
                    symbol?: string;
                    /**
                     * @description Intervals, runs, percent or a price, by kind (see `kind`)
                     * @example 3
                     */
                    threshold: number;
                    /** @description price_move and error_rate only: the window */
                    window_minutes?: number;
                };
            };
        };
        responses: {
            /** @description The new rule */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        convert: string | null;
                        /**
                         * Format: date-time
                         * @description When it was added
                         */
                        created_at: string;
                        enabled: boolean;
                        evaluated_at: string | null;
                        fire_after: number;
                        id: number;
                        /**
                         * @description `stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last `threshold` finished runs all failed; `credits_low`: credits left this month below `threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond `threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; `error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, counted once at least `min_requests` requests were answered
                         * @enum {string}
                         */
                        kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                        min_requests: number | null;
                        /**
                         * @description A unique name, shown in every message
                         * @example btc-stale
                         */
                        name: string;
                        plan_credits: number | null;
                        recover_after: number;
                        /**
                         * @description As of the last evaluation
                         * @enum {string}
                         */
                        state: "ok" | "firing";
                        state_since: string | null;
                        symbol: string | null;
                        /**
                         * @description Intervals, runs, percent or a price, by kind (see `kind`)
                         * @example 3
                         */
                        threshold: number;
                        window_minutes: number | null;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A rule has this name already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid, or not one this kind uses */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    updateAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Its quote currency; default: ETL_CONVERT
                     * @example BTC
                     */
                    convert?: string;
                    /** @default true */
                    enabled?: boolean;
                    /**
                     * @description Evaluations in a row the condition must hold before it fires
                     * @default 1
                     */
                    fire_after?: number;
                    /**
                     * @description `stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last `threshold` finished runs all failed; `credits_low`: credits left this month below `threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond `threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; `error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, counted once at least `min_requests` requests were answered
                     * @enum {string}
                     */
                    kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                    /** @description error_rate only: fewer requests in the window never fire (default 20), so one failed request of two pages no one */
                    min_requests?: number;
                    /**
                     * @description A unique name, shown in every message
                     * @example btc-stale
                     */
                    name: string;
                    /** @description credits_low only: the key's monthly credits (the plan's limit) */
                    plan_credits?: number;
                    /**
                     * @description Evaluations in a row the condition must be clear before it recovers (damps flapping)
                     * @default 2
                     */
                    recover_after?: number;
                    /**
                     * @description The coin a quote rule watches; default: the first of ETL_SYMBOLS
                     * @example BTC
                     */
                    symbol?: string;
                    /**
                     * @description Intervals, runs, percent or a price, by kind (see `kind`)
                     * @example 3
                     */
                    threshold: number;
                    /** @description price_move and error_rate only: the window */
                    window_minutes?: number;
                };
            };
        };
        responses: {
            /** @description The rule as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        convert: string | null;
                        /**
                         * Format: date-time
                         * @description When it was added
                         */
                        created_at: string;
                        enabled: boolean;
                        evaluated_at: string | null;
                        fire_after: number;
                        id: number;
                        /**
                         * @description `stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last `threshold` finished runs all failed; `credits_low`: credits left this month below `threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond `threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; `error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, counted once at least `min_requests` requests were answered
                         * @enum {string}
                         */
                        kind: "stale" | "failed_runs" | "credits_low" | "price_above" | "price_below" | "price_move" | "error_rate";
                        min_requests: number | null;
                        /**
                         * @description A unique name, shown in every message
                         * @example btc-stale
                         */
                        name: string;
                        plan_credits: number | null;
                        recover_after: number;
                        /**
                         * @description As of the last evaluation
                         * @enum {string}
                         */
                        state: "ok" | "firing";
                        state_since: string | null;
                        symbol: string | null;
                        /**
                         * @description Intervals, runs, percent or a price, by kind (see `kind`)
                         * @example 3
                         */
                        threshold: number;
                        window_minutes: number | null;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No rule has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Another rule has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid, or not one this kind uses */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    deleteAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No rule has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a number */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    testAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What each channel did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            /** @description slack, telegram, webhook or sns */
                            channel: string;
                            error: string | null;
                            ok: boolean;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No rule has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a number */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As recorded in the history */
                        name: string;
                        /** @description true while no user and no API_TOKEN exist: the local default, open to anyone */
                        open: boolean;
                        /** @description null: not signed in */
                        role: ("viewer" | "editor" | "admin") | null;
                        /** @description true once a user exists: people sign in (POST /auth/sign-in) rather than paste API_TOKEN */
                        sign_in: boolean;
                        user: {
                            /** Format: date-time */
                            created_at: string;
                            /** @description A disabled user cannot sign in; their tokens stop */
                            disabled: boolean;
                            id: number;
                            /**
                             * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                             * @enum {string}
                             */
                            role: "viewer" | "editor" | "admin";
                            username: string;
                        } | null;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send it back in X-CSRF-Token with every write (also in the cais_csrf cookie) */
                        csrf_token: string;
                        /**
                         * Format: date-time
                         * @description Absolute end of the session
                         */
                        expires_at: string;
                        user: {
                            /** Format: date-time */
                            created_at: string;
                            /** @description A disabled user cannot sign in; their tokens stop */
                            disabled: boolean;
                            id: number;
                            /**
                             * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                             * @enum {string}
                             */
                            role: "viewer" | "editor" | "admin";
                            username: string;
                        };
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Wrong user name or password, or a disabled account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is missing or invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Too many failed sign-ins from this account or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Signed in with the cookie, a write needs the x-csrf-token header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Signed in with the cookie, a write needs the x-csrf-token header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        expires_at: string;
                        id: number;
                        name: string;
                        revoked: boolean;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The shared API_TOKEN has no tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Days until it expires
                     * @default 90
                     */
                    days?: number;
                    /** @description What it is for */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The token, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info: {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            expires_at: string;
                            id: number;
                            name: string;
                            revoked: boolean;
                        };
                        /** @description Shown this once; only its hash is kept */
                        token: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Signed in with the cookie, a write needs the x-csrf-token header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        expires_at: string;
                        id: number;
                        name: string;
                        revoked: boolean;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Signed in with the cookie, a write needs the x-csrf-token header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description You have no token with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1 */
                        id: number;
                        /** @example Eletrônico */
                        name: string;
                    }[];
                };
            };
            /** @description CATALOG_READS is signed-in and the request is not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where the data lives
                         * @example PGlite in /app/data/pglite
                         */
                        database?: string;
                        /** @example ok */
                        status: string;
                    };
                };
            };
        };
    };
    exportHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getPipelineHealth: {
        parameters: {
            query?: {
                /**
                 * @description Quote currency (case-insensitive); default: ETL_CONVERT
                 * @example BRL
                 */
                convert?: string;
                /** @description Start of the range searched for gaps; default: 24 h before `to` */
                from?: string;
                /**
                 * @description Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS
                 * @example BTC
                 */
                symbol?: string;
                /** @description End of the range searched for gaps; default: now */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age_seconds: number | null;
                        credits: {
                            /** @description Credits spent this UTC month */
                            month: number;
                            /** @description Credits spent this UTC day */
                            today: number;
                        };
                        /** @description Whether this process has CMC_API_KEY (false in the web role) */
                        etl_enabled: boolean;
                        /** @description Failed runs started in the last 24 h */
                        failures_24h: number;
                        gaps: {
                            /** @description Schedule slots in the range */
                            expected_slots: number;
                            /**
                             * Format: date-time
                             * @description Start of the range searched
                             */
                            from: string;
                            /** @description Slots without a quote, over every gap */
                            missing_slots: number;
                            /** @description At most 100 gaps, largest first */
                            ranges: {
                                /**
                                 * Format: date-time
                                 * @description The quote before the gap
                                 */
                                from: string;
                                /** @description Schedule slots without a quote */
                                missing: number;
                                /**
                                 * Format: date-time
                                 * @description The quote after the gap
                                 */
                                to: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description End of the range searched
                             */
                            to: string;
                        };
                        /** @description Seconds between two runs of the schedule */
                        interval_seconds: number;
                        last_failure: {
                            /**
                             * Format: date-time
                             * @description When the last failed run ended
                             */
                            at: string;
                            error: string;
                        } | null;
                        last_run: {
                            /** @description CoinMarketCap credits spent */
                            credits_used: number;
                            error: string | null;
                            finished_at: string | null;
                            id: number;
                            /** @description New quotes loaded */
                            rows_inserted: number;
                            /**
                             * Format: date-time
                             * @description When the run started
                             */
                            started_at: string;
                            /**
                             * @description `pending`: written to the lake, not loaded yet (the database was unavailable)
                             * @enum {string}
                             */
                            status: "running" | "succeeded" | "pending" | "failed" | "interrupted";
                            /**
                             * @example [
                             *       "BTC"
                             *     ]
                             */
                            symbols: string[];
                        } | null;
                        last_success_at: string | null;
                        newest_quote_at: string | null;
                        /** @description Bad lake objects, skipped by later loads until retried */
                        rejected_objects: {
                            /** @description Lake objects a load rejected (not loaded) */
                            count: number;
                            /** @description The newest 20; `cais etl replay --retry-rejected` reads them again */
                            recent: {
                                /** @description The lake key */
                                key: string;
                                /** @description Why, in short */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description When it was rejected
                                 */
                                rejected_at: string;
                            }[];
                        };
                        /**
                         * @description ETL_SCHEDULE
                         * @example *\/5 * * * *
                         */
                        schedule: string;
                        /** @description age_seconds > 2 × interval_seconds (true when empty) */
                        stale: boolean;
                        /**
                         * @description `empty`: no quote; `stale`: the newest quote is older than 2 intervals; `failing`: the last finished run failed; else `ok`
                         * @enum {string}
                         */
                        status: "empty" | "stale" | "failing" | "ok";
                    };
                };
            };
            /** @description A query parameter is invalid, or `from` is after `to` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listPipelineRuns: {
        parameters: {
            query?: {
                /** @description Runs to return (1 to 200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CoinMarketCap credits spent */
                        credits_used: number;
                        error: string | null;
                        finished_at: string | null;
                        id: number;
                        /** @description New quotes loaded */
                        rows_inserted: number;
                        /**
                         * Format: date-time
                         * @description When the run started
                         */
                        started_at: string;
                        /**
                         * @description `pending`: written to the lake, not loaded yet (the database was unavailable)
                         * @enum {string}
                         */
                        status: "running" | "succeeded" | "pending" | "failed" | "interrupted";
                        /**
                         * @example [
                         *       "BTC"
                         *     ]
                         */
                        symbols: string[];
                    }[];
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getLatestPrice: {
        parameters: {
            query?: {
                /**
                 * @description Quote currency (case-insensitive); default: ETL_CONVERT
                 * @example BRL
                 */
                convert?: string;
                /**
                 * @description Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS
                 * @example BTC
                 */
                symbol?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Seconds since last_updated */
                        age_seconds: number;
                        change: number | null;
                        change_percent: number | null;
                        /** @example BRL */
                        convert: string;
                        /** @description Seconds between two runs of ETL_SCHEDULE */
                        interval_seconds: number;
                        /**
                         * Format: date-time
                         * @description When CoinMarketCap updated the newest quote
                         */
                        last_updated: string;
                        market_cap: number | null;
                        percent_change_24h: number | null;
                        previous_price: number | null;
                        previous_updated: string | null;
                        /** @description Newest price */
                        price: number;
                        /** @description age_seconds > 2 × interval_seconds */
                        stale: boolean;
                        /** @example BTC */
                        symbol: string;
                        volume_24h: number | null;
                    };
                };
            };
            /** @description The series has no quote (unknown symbol or currency, or no data yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listMarkets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, by symbol and currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example BRL */
                        convert: string;
                        /**
                         * Format: date-time
                         * @description Oldest quote
                         */
                        first: string;
                        /**
                         * Format: date-time
                         * @description Newest quote
                         */
                        last: string;
                        /** @description Quotes stored for this series */
                        rows: number;
                        /** @example BTC */
                        symbol: string;
                    }[];
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listPriceRows: {
        parameters: {
            query?: {
                /**
                 * @description Quote currency (case-insensitive); default: ETL_CONVERT
                 * @example BRL
                 */
                convert?: string;
                /** @description Page size (1 to 1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description One of last_updated, price, volume_24h, market_cap, `-` for descending */
                sort?: "last_updated" | "-last_updated" | "price" | "-price" | "volume_24h" | "-volume_24h" | "market_cap" | "-market_cap";
                /**
                 * @description Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS
                 * @example BTC
                 */
                symbol?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    /** @description For example `items 0-99/105120` */
                    "Content-Range"?: string;
                    /** @description first, prev, next and last pages (RFC 8288) */
                    Link?: string;
                    /** @description Quotes in the series */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example BRL */
                        convert: string;
                        /**
                         * Format: date-time
                         * @description When the row was loaded
                         */
                        inserted_at: string;
                        /**
                         * Format: date-time
                         * @description When CoinMarketCap updated the quote
                         */
                        last_updated: string;
                        market_cap: number | null;
                        percent_change_1h: number | null;
                        percent_change_7d: number | null;
                        percent_change_24h: number | null;
                        /** @description Price */
                        price: number;
                        /** @example BTC */
                        symbol: string;
                        volume_24h: number | null;
                    }[];
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    downloadPriceRows: {
        parameters: {
            query?: {
                /**
                 * @description Quote currency (case-insensitive); default: ETL_CONVERT
                 * @example BRL
                 */
                convert?: string;
                /** @description Start of the range, inclusive; an offset is allowed (`+03:00`). Default: the first quote */
                from?: string;
                /**
                 * @description Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS
                 * @example BTC
                 */
                symbol?: string;
                /** @description End of the range, inclusive; an offset is allowed. Default: the newest quote */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotes as CSV */
            200: {
                headers: {
                    /** @description attachment; filename="cais-<SYMBOL>-<CONVERT>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The series has no quote (unknown symbol or currency, or no data yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid, or `from` is after `to` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getPriceSeries: {
        parameters: {
            query?: {
                /**
                 * @description Quote currency (case-insensitive); default: ETL_CONVERT
                 * @example BRL
                 */
                convert?: string;
                /** @description Start of the range, inclusive; an offset is allowed (`+03:00`). Default: the first quote */
                from?: string;
                /** @description Most buckets to return (1 to 5000) */
                points?: number;
                /**
                 * @description Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS
                 * @example BTC
                 */
                symbol?: string;
                /** @description End of the range, inclusive; an offset is allowed. Default: the newest quote */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The buckets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Bucket width: max(1, ceil((to - from) / points)) seconds */
                        bucket_seconds: number;
                        /** @description Non-empty buckets, oldest first */
                        buckets: {
                            /** @description Last price in the bucket */
                            close: number;
                            /** @description Quotes in the bucket */
                            count: number;
                            /** @description Highest price */
                            high: number;
                            /** @description Lowest price */
                            low: number;
                            /** @description First price in the bucket */
                            open: number;
                            /**
                             * Format: date-time
                             * @description Start of the bucket
                             */
                            time: string;
                        }[];
                        /** @example BRL */
                        convert: string;
                        /**
                         * Format: date-time
                         * @description Start of the range (UTC)
                         */
                        from: string;
                        /**
                         * @description The table that answered: the coarsest rollup no wider than a bucket
                         * @enum {string}
                         */
                        source: "quotes" | "rollup_1h" | "rollup_3h" | "rollup_1d";
                        /** @example BTC */
                        symbol: string;
                        /**
                         * Format: date-time
                         * @description End of the range (UTC)
                         */
                        to: string;
                    };
                };
            };
            /** @description The series has no quote (unknown symbol or currency, or no data yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid, or `from` is after `to` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description One of the catalog categories (see GET /categories)
                 * @example Eletrônico
                 */
                categoria?: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                /** @description Opaque position from the `Link` or `X-Next-Cursor`/`X-Prev-Cursor` headers of a previous page; pages by key (fast at any depth, stable while products are added or removed). Valid only with the same filters and sort it was made for; a forged or foreign cursor is a 422. */
                cursor?: string;
                /** @description Page size (1 to 500) */
                limit?: number;
                /** @description Products to skip. Fine for the first pages; deep pages are faster by `cursor`. Ignored with `cursor`. */
                offset?: number;
                /** @description Highest price, inclusive */
                price_max?: number;
                /** @description Lowest price, inclusive */
                price_min?: number;
                /**
                 * @description Words searched in name and description: every word must match, in any order, ignoring case and accents (`tenis` finds "Tênis"), as a part of a word (`algod` finds "algodão") or a near spelling (`cadera` finds "Cadeira").
                 * @example geladeira
                 */
                q?: string;
                /**
                 * @description Comma-separated fields, `-` for descending: id, name, price, categoria, created_at, updated_at, or `relevance` (best match first among the first 1,000 matches by id, only with `q`). Default `id`, or `relevance` when `q` is given. Ties are broken by id, in the direction of the first field (ascending after relevance).
                 * @example price,-created_at
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    /** @description For example `items 0-49/1234`; absent on pages read by cursor */
                    "Content-Range"?: string;
                    /** @description first, prev, next and last pages by offset (RFC 8288); on a page read by cursor, first, prev and next by cursor */
                    Link?: string;
                    /** @description Cursor of the next page, if there is one */
                    "X-Next-Cursor"?: string;
                    /** @description Cursor of the previous page, if there is one */
                    "X-Prev-Cursor"?: string;
                    /** @description Products matching the filters: exact up to 50,000, an estimate above */
                    "X-Total-Count"?: number;
                    /** @description `estimate` when X-Total-Count is the planner's estimate */
                    "X-Total-Count-Kind"?: "exact" | "estimate";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    }[];
                };
            };
            /** @description CATALOG_READS is signed-in and the request is not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid, or the cursor is forged or of another list */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key of this create request (for example a UUID), kept 24 hours */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new product. Unknown fields are ignored, as by the original service. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description One of the catalog categories (see GET /categories)
                     * @example Eletrônico
                     * @enum {string}
                     */
                    categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    /**
                     * Format: email
                     * @description Supplier's email address
                     * @example vendas@fornecedor.com.br
                     */
                    email_fornecedor: string;
                    /**
                     * @description Product name, 1 to 200 characters
                     * @example Smartphone Galaxy A55 128 GB
                     */
                    name: string;
                    /**
                     * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                     * @example 1899.9
                     */
                    price: number;
                    /**
                     * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                     * @example GEL-FF-400-INOX
                     */
                    sku?: string;
                };
            };
        };
        responses: {
            /** @description The created product */
            201: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    /** @description `true` when this is the replay of an earlier response */
                    "Idempotent-Replayed"?: string;
                    /** @description URL of the new product */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The role is not editor or admin, or a cookie write lacks X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    exportProducts: {
        parameters: {
            query?: {
                /**
                 * @description One of the catalog categories (see GET /categories)
                 * @example Eletrônico
                 */
                categoria?: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                /** @description Highest price, inclusive */
                price_max?: number;
                /** @description Lowest price, inclusive */
                price_min?: number;
                /**
                 * @description Words searched in name and description: every word must match, in any order, ignoring case and accents (`tenis` finds "Tênis"), as a part of a word (`algod` finds "algodão") or a near spelling (`cadera` finds "Cadeira").
                 * @example geladeira
                 */
                q?: string;
                /**
                 * @description Comma-separated fields, `-` for descending: id, name, price, categoria, created_at, updated_at, or `relevance` (best match first among the first 1,000 matches by id, only with `q`). Default `id`, or `relevance` when `q` is given. Ties are broken by id, in the direction of the first field (ascending after relevance).
                 * @example price,-created_at
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The products */
            200: {
                headers: {
                    /** @description attachment; filename="cais-products.csv" (or .ndjson) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description CATALOG_READS is signed-in and the request is not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified since the ETag in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description CATALOG_READS is signed-in and the request is not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        /** @description Fields to change; absent or null fields keep their value (the original service's partial PUT). Read-only fields (`id`, `created_at`, `updated_at`) and unknown fields are ignored, so a product read with GET can be sent back as it is. */
        requestBody: {
            content: {
                "application/json": {
                    categoria?: ("Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados") | null;
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    email_fornecedor?: string | null;
                    name?: string | null;
                    price?: number | null;
                    sku?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The role is not editor or admin, or a cookie write lacks X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The role is not editor or admin, or a cookie write lacks X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    patchProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the product changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        /** @description Fields to change (JSON merge patch); `description: null` clears the description, `sku: null` the sku. Read-only fields (`id`, `created_at`, `updated_at`) and unknown fields are ignored, so a product read with GET can be sent back as it is. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description One of the catalog categories (see GET /categories)
                     * @example Eletrônico
                     * @enum {string}
                     */
                    categoria?: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                    /**
                     * @description Free text, at most 5,000 characters
                     * @example Tela de 6,6", câmera tripla de 50 MP
                     */
                    description?: string | null;
                    /**
                     * Format: email
                     * @description Supplier's email address
                     * @example vendas@fornecedor.com.br
                     */
                    email_fornecedor?: string;
                    /**
                     * @description Product name, 1 to 200 characters
                     * @example Smartphone Galaxy A55 128 GB
                     */
                    name?: string;
                    /**
                     * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                     * @example 1899.9
                     */
                    price?: number;
                    sku?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The role is not editor or admin, or a cookie write lacks X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid; `errors` names each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    getProductHistory: {
        parameters: {
            query?: {
                /** @description Page size (1 to 500) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    /** @description For example `items 0-49/1234` */
                    "Content-Range"?: string;
                    /** @description first, prev, next and last pages (RFC 8288) */
                    Link?: string;
                    /** @description Entries in all */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description `create`, `update`, `delete` (to the trash), `restore` (from the trash), `revert` (to an earlier version) or `purge` (gone for good)
                         * @enum {string}
                         */
                        action: "create" | "update" | "delete" | "restore" | "revert" | "purge";
                        /** @description User name, `user (token "name")`, or `API_TOKEN` */
                        actor: string;
                        /** @description null for a purge */
                        after: {
                            /**
                             * @description One of the catalog categories (see GET /categories)
                             * @example Eletrônico
                             * @enum {string}
                             */
                            categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                            /**
                             * Format: date-time
                             * @description When it was created (UTC)
                             */
                            created_at: string;
                            /**
                             * @description Free text, at most 5,000 characters
                             * @example Tela de 6,6", câmera tripla de 50 MP
                             */
                            description: string | null;
                            /**
                             * Format: email
                             * @description Supplier's email address
                             * @example vendas@fornecedor.com.br
                             */
                            email_fornecedor: string;
                            /**
                             * @description Product id
                             * @example 42
                             */
                            id: number;
                            /**
                             * @description Product name, 1 to 200 characters
                             * @example Smartphone Galaxy A55 128 GB
                             */
                            name: string;
                            /**
                             * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                             * @example 1899.9
                             */
                            price: number;
                            /**
                             * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                             * @example GEL-FF-400-INOX
                             */
                            sku?: string;
                            /**
                             * Format: date-time
                             * @description When it last changed (UTC)
                             */
                            updated_at: string;
                        } | null;
                        /** Format: date-time */
                        at: string;
                        /** @description null for a create */
                        before: {
                            /**
                             * @description One of the catalog categories (see GET /categories)
                             * @example Eletrônico
                             * @enum {string}
                             */
                            categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                            /**
                             * Format: date-time
                             * @description When it was created (UTC)
                             */
                            created_at: string;
                            /**
                             * @description Free text, at most 5,000 characters
                             * @example Tela de 6,6", câmera tripla de 50 MP
                             */
                            description: string | null;
                            /**
                             * Format: email
                             * @description Supplier's email address
                             * @example vendas@fornecedor.com.br
                             */
                            email_fornecedor: string;
                            /**
                             * @description Product id
                             * @example 42
                             */
                            id: number;
                            /**
                             * @description Product name, 1 to 200 characters
                             * @example Smartphone Galaxy A55 128 GB
                             */
                            name: string;
                            /**
                             * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                             * @example 1899.9
                             */
                            price: number;
                            /**
                             * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                             * @example GEL-FF-400-INOX
                             */
                            sku?: string;
                            /**
                             * Format: date-time
                             * @description When it last changed (UTC)
                             */
                            updated_at: string;
                        } | null;
                        /** @description Entry id, increasing in the order of changes */
                        id: number;
                        product_id: number;
                        /** @description X-Request-Id of the change; null when made by a command */
                        request_id: string | null;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product with this id has a history */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id or a query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    revertProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read */
                "if-match"?: string;
            };
            path: {
                /** @description History entry id */
                entry: number;
                /** @description Product id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product as restored */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor or admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No such product (or it is in the trash), or no such entry */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    restoreProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored product */
            200: {
                headers: {
                    /** @description Strong validator of this version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor or admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product with this id is in the trash */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    importProducts: {
        parameters: {
            query?: {
                /** @description dry-run (default), all-or-nothing or valid-rows */
                mode?: "dry-run" | "all-or-nothing" | "valid-rows";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description True when the valid rows were written */
                        committed: boolean;
                        /** @description Products created */
                        created: number;
                        /** @description Every invalid row */
                        errors: {
                            /** @description The column, or `row` for the row as a whole */
                            field: string;
                            /** @description Line of the file the row starts on (1 is the header) */
                            line: number;
                            message: string;
                        }[];
                        invalid: number;
                        /** @enum {string} */
                        mode: "dry-run" | "all-or-nothing" | "valid-rows";
                        /** @description Rows read from the file, valid or not */
                        rows: number;
                        /** @description Products (matched by sku) already as in the file */
                        unchanged: number;
                        /** @description Products (matched by sku) whose values changed */
                        updated: number;
                        valid: number;
                    };
                };
            };
            /** @description Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The role is not editor or admin, or a cookie write lacks X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The file is larger than 256 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not text/csv or application/x-ndjson */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The file is not readable: bad UTF-8 or CSV, an unknown or missing column */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where the data lives
                         * @example PGlite in /app/data/pglite
                         */
                        database?: string;
                        /** @example ok */
                        status: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database is unreachable or not migrated */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listTrash: {
        parameters: {
            query?: {
                /** @description Page size (1 to 500) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the trash */
            200: {
                headers: {
                    /** @description For example `items 0-49/1234` */
                    "Content-Range"?: string;
                    /** @description first, prev, next and last pages (RFC 8288) */
                    Link?: string;
                    /** @description Products in the trash */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * Format: date-time
                         * @description When it went to the trash
                         */
                        deleted_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an editor or admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A query parameter is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    purgeProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product id
                 * @example 42
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purged product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description One of the catalog categories (see GET /categories)
                         * @example Eletrônico
                         * @enum {string}
                         */
                        categoria: "Eletrônico" | "Eletrodoméstico" | "Móveis" | "Roupas" | "Calçados";
                        /**
                         * Format: date-time
                         * @description When it was created (UTC)
                         */
                        created_at: string;
                        /**
                         * @description Free text, at most 5,000 characters
                         * @example Tela de 6,6", câmera tripla de 50 MP
                         */
                        description: string | null;
                        /**
                         * Format: email
                         * @description Supplier's email address
                         * @example vendas@fornecedor.com.br
                         */
                        email_fornecedor: string;
                        /**
                         * @description Product id
                         * @example 42
                         */
                        id: number;
                        /**
                         * @description Product name, 1 to 200 characters
                         * @example Smartphone Galaxy A55 128 GB
                         */
                        name: string;
                        /**
                         * @description Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))
                         * @example 1899.9
                         */
                        price: number;
                        /**
                         * @description Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku
                         * @example GEL-FF-400-INOX
                         */
                        sku?: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (UTC)
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No product with this id is in the trash */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        /** @description A disabled user cannot sign in; their tokens stop */
                        disabled: boolean;
                        id: number;
                        /**
                         * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                         * @enum {string}
                         */
                        role: "viewer" | "editor" | "admin";
                        username: string;
                    }[];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters; stored only as a scrypt hash */
                    password: string;
                    /**
                     * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                     * @enum {string}
                     */
                    role: "viewer" | "editor" | "admin";
                    /** @description Sign-in name (kept in lower case) */
                    username: string;
                };
            };
        };
        responses: {
            /** @description The new user */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        /** @description A disabled user cannot sign in; their tokens stop */
                        disabled: boolean;
                        id: number;
                        /**
                         * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                         * @enum {string}
                         */
                        role: "viewer" | "editor" | "admin";
                        username: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A user already has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
    changeUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sign-in name (kept in lower case) */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled?: boolean;
                    /** @description At least 12 characters; stored only as a scrypt hash */
                    password?: string;
                    /**
                     * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                     * @enum {string}
                     */
                    role?: "viewer" | "editor" | "admin";
                };
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        /** @description A disabled user cannot sign in; their tokens stop */
                        disabled: boolean;
                        id: number;
                        /**
                         * @description `viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges
                         * @enum {string}
                         */
                        role: "viewer" | "editor" | "admin";
                        username: string;
                    };
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description Not an admin, or a cookie write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description No user has this name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description A field is invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description An unexpected error; it has been logged (the detail says no more) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
            /** @description The database cannot be reached, or the server is shutting down; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @description Stable machine-readable code
                         * @example not_found
                         */
                        code: string;
                        /**
                         * @description What went wrong, for a person
                         * @example Product not found
                         */
                        detail: string;
                        /** @description One entry per invalid field (422 only) */
                        errors?: {
                            /**
                             * @description Name of the body, query or path field
                             * @example price
                             */
                            field: string;
                            /** @example must be greater than 0 */
                            message: string;
                        }[];
                        /** @description The request path */
                        instance?: string;
                        request_id?: string;
                        /** @example 404 */
                        status: number;
                        /** @example Not found */
                        title: string;
                        /**
                         * @description URI naming the kind of problem
                         * @example urn:cais:problem:not_found
                         */
                        type: string;
                    };
                };
            };
        };
    };
}
